"""Batch runners: read -> extract -> store, one transaction per article, failures recorded."""
from .local import IngestSummary, ingest  # noqa: F401
from .write import store_article  # noqa: F401
