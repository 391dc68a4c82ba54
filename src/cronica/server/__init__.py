"""The HTTP API (``/api/...``, OpenAPI at ``/openapi.json``, docs at ``/docs``) and the web
pages (``/``, ``/articles/{id}``, ``/entities/{id}``, ``/claims``), read-only over the store.

    from cronica.server import create_app
    app = create_app("cronica.db")      # or a postgresql:// URL; serve with uvicorn
"""
from .app import create_app  # noqa: F401

__all__ = ["create_app"]
