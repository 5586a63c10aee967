"""The trained event judge as data: its features, weights and the record threshold (event_judge.json,
written by evaluation/real/train_judge.py). Reading it needs no NLP model, so listings and the API can
ask for the threshold without loading spaCy."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

JUDGE_PATH = Path(__file__).resolve().parent / "event_judge.json"


@lru_cache(maxsize=1)
def judge_data(path: Path = JUDGE_PATH) -> dict[str, Any] | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def record_threshold() -> float:
    """The confidence an event needs to be shown by default (0 when there is no trained judge)."""
    data = judge_data()
    return float(data["threshold"]) if data else 0.0
