"""The query tests' stores (built by ingesting demo articles), shared with the export tests."""

from tests.query.conftest import akkuyu_store, demo_store, turkey_store  # noqa: F401
