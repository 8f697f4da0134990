"""Who takes a ticket: the roster (roster.py), the decision and its reasons (route.py), and
the roster kept in the desk database (store.py)."""
