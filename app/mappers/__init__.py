"""Row <-> response mapping, one module per resource."""
