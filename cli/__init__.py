"""The `careline` command: build artifacts, run the support line, script its parts."""
