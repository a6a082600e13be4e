"""Relations a table states by its layout: score tables (and, as they arrive, indicator and budget tables)."""
