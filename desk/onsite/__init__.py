"""On-site service: travel to the sites, arrival estimates and the arrival clock."""
