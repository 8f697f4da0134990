"""Careline core: labels, settings, logging and redaction shared by every package."""
