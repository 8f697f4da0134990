"""The desk: tickets, routing, SLA clocks, audit trail, reports and the web service."""
