"""Reports, one module per question: periods, SLA compliance, CSV, recurring faults, the
quarterly report, its charts and its PDF."""
