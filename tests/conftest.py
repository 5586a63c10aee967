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
