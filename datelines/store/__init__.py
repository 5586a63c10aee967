"""The datelines store: SQLite by default, PostgreSQL by URL, one package owning all SQL."""

from datelines.store.store import Store, database_url

__all__ = ["Store", "database_url"]
