"""Triage: description and log to severity tier, subsystem and engineer pool."""
