"""The desk web service: REST API, ticket queue and the staff chat page."""
