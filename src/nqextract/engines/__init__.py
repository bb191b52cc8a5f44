"""Execution engines for ingest: local processes (default) and Dask (optional extra)."""
