"""One 2-worker LocalCluster for the scale tests (each worker loads the model once), and stores
compared table by table."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

CORPUS = ROOT / "examples" / "corpus"
# Short demo articles (about 210 words each) that name the same actors, so the registry has work.
ARTICLES = [CORPUS / name for name in (
    "2014-03-18-crimea-treaty.txt",
    "2014-03-19-crimea-annexation-reaction.txt",
    "2015-09-30-russia-syria-airstrikes.txt",
    "2016-06-28-erdogan-apology.txt",
    "2015-11-25-jet-downing-moscow-response.txt",
)]


@pytest.fixture(scope="package")
def cluster():
    """A client on 2 local worker processes, closed after the scale tests."""
    from datelines.scale import close, connect

    client = connect(workers=2)
    yield client
    close(client)
