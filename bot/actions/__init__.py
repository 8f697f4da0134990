"""Custom actions of the Careline assistant, served by the rasa-sdk action server; what they
work with is `bot.actions.runtime`."""
