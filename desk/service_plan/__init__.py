"""Proactive service (domain §2.5): quarterly inspections a contract's service plan owes, and
the readiness plan the desk makes for each hospital before a public holiday."""
