"""The small public API the README shows: `datelines.read(text, published)` and `datelines.Store`."""

from __future__ import annotations

import subprocess
import sys
from datetime import date


def test_read_stays_callable_after_the_pipeline_modules_are_imported():
    import datelines.read.pipeline  # this import used to shadow the function with the package

    first = datelines.read("Russia attacked Turkey on Monday.", date(2018, 4, 3))
    second = datelines.read("Turkey condemned Russia on Tuesday.", date(2018, 4, 3))
    assert [e.root for e in first.events] == ["19"]
    assert [e.root for e in second.events] == ["11"]


def test_from_import_gives_the_same_callable():
    from datelines import read

    assert read("Turkey condemned Russia on Tuesday.", date(2018, 4, 3)).events[0].source.startswith("TUR")


def test_importing_datelines_does_not_load_spacy():
    code = "import sys, datelines; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
