"""Triage: description and log to subsystem, severity tier and the evidence for both."""
