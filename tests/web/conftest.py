"""The session's demo store (tests/query/conftest.py), read once per test run: the browser tests
serve a copy of it."""

from tests.query.conftest import demo_store  # noqa: F401
