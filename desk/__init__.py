"""The desk: tickets, SLA clocks, audit trail and the web service."""
