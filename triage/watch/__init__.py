"""Watching a live log stream for episodes of trouble, and measuring how well it does."""
