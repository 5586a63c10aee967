"""The REST API served by `datelines serve` (FastAPI; OpenAPI at /openapi.json)."""

from datelines.web.app import create_app

__all__ = ["create_app"]
