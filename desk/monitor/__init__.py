"""Watching hospital servers' logs: sources (files, syslog), episodes as proactive tickets."""
