"""Fixtures: real stores built by ingesting demo articles (see tests/query/stores.py)."""

from __future__ import annotations

import pytest

from datelines.store import Store
from tests.conftest import EXAMPLE, fresh_postgres_url
from tests.query import stores


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory) -> Store:
    return stores.demo_store(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="session")
def akkuyu_store(tmp_path_factory) -> Store:
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    return stores.akkuyu_store(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def turkey_store(request, tmp_path_factory):
    """The Turkey-Russia articles on both backends; PostgreSQL where DATELINES_TEST_POSTGRES_URL names one."""
    if request.param == "sqlite":
        store = Store(tmp_path_factory.mktemp("turkey") / "t.db")
    else:
        store = Store(fresh_postgres_url())
    stores.ingest(store, stores.TURKEY_RUSSIA)
    yield store
    store.close()
