"""The REST API (FastAPI; OpenAPI at /openapi.json) and the web UI (/ui/) served by `datelines serve`."""

from datelines.web.app import create_app

__all__ = ["create_app"]
