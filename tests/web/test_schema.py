"""Property test of the REST API against its own OpenAPI description (schemathesis): every GET
endpoint of /openapi.json, called in-process (ASGI) with generated parameters on a real SQLite store of
a few demo articles (tests/query/stores.py). No answer may be a 5xx, and answers must match the
documented schema and content type. POST /api/ingest (slow: it reads articles) is left out; its
token rule and bad bodies are covered in test_api.py.

schemathesis' own pytest fixture loader (`schemathesis.pytest.from_fixture`) fails under pytest 9,
so each operation's case strategy is run with hypothesis directly, bounded per operation."""

from __future__ import annotations

from datetime import timedelta

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from datelines.web import create_app
from tests.query import stores

ARTICLES = stores.TURKEY_RUSSIA[:3]
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
EXAMPLES = 20  # per operation and generation mode
# Any string is a valid article id, and /api/codes takes no parameter, so no invalid request exists
# for them (they are tried in positive mode).
NO_NEGATIVE = {"GET /api/articles/{article_id}", "GET /api/codes"}


@pytest.fixture(scope="module")
def get_operations(tmp_path_factory) -> list:
    path = stores.store_file(tmp_path_factory.mktemp("schema") / "api.db", ARTICLES)
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(path, None))
    operations = [result.ok() for result in schema.include(method="GET").get_all_operations()]
    assert len(operations) >= 7, [op.label for op in operations]
    return operations


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_get_endpoints_never_fail_and_match_the_schema(get_operations, mode):
    failures = []
    for operation in get_operations:
        if mode is GenerationMode.NEGATIVE and operation.label in NO_NEGATIVE:
            continue

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=timedelta(seconds=2), database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(checks=CHECKS)

        try:
            check()
        except Exception as error:  # noqa: BLE001 - every operation is tried; all failures are reported together
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events?offset=99999999999999999999", 422),  # was a 500: beyond SQLite's 64-bit integers
    ("/api/actors?offset=99999999999999999999", 422),
    ("/api/search?q=%00", 400),  # was a 500: FTS5 stops at a NUL
    ("/api/events?text=gas%00", 400),
    ("/api/articles/abc%00", 400),
])
def test_what_schemathesis_found_is_a_4xx_json_error(get_operations, url, status):
    app = get_operations[0].schema.app
    response = TestClient(app).get(url)
    assert response.status_code == status, response.text
    assert isinstance(response.json()["detail"], str)
