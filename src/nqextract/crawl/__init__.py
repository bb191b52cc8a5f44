"""The nightly batch: feeds -> raw archive -> ingest (issue: nightly batch)."""
