"""Shared fixtures: the real spaCy pipeline (loaded once per session) and paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "akkuyu-2018-04-03.txt"
EXAMPLE_GOLD = SHARED / "examples" / "akkuyu-2018-04-03.expected.yaml"


@pytest.fixture(scope="session")
def nlp():
    from datelines.read.pipeline import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def example_text() -> str:
    """The canonical article without its ' date YYYY-MM-DD' header."""
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    raw = EXAMPLE.read_text(encoding="utf-8")
    return raw.split("2018-04-03", 1)[1].lstrip()


def fresh_postgres_url() -> str:
    """An empty PostgreSQL database for one test, or a skip where none is configured.

    CI starts a server (.ci/postgres.sh) and sets DATELINES_TEST_POSTGRES_URL; there a missing URL is
    an error, not a skip, so the PostgreSQL tests cannot silently stop running.
    """
    import os

    from sqlalchemy import create_engine, text

    url = os.environ.get("DATELINES_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must set DATELINES_TEST_POSTGRES_URL (see .ci/run)")
        pytest.skip("no PostgreSQL configured (set DATELINES_TEST_POSTGRES_URL)")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url
