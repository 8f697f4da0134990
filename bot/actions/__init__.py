"""Custom actions of the Careline assistant, served by the rasa-sdk action server."""

from careline.logs import configure_logging

configure_logging("actions")
