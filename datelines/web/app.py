"""The REST API (FastAPI): reads are open, writes need the bearer token given at start.

    create_app("datelines.db", token=None)   # read-only: POST /api/ingest answers 403
    datelines serve --db datelines.db --port 8000 --token SECRET

Every answer comes from datelines.query and datelines.store.queries (the store keeps the SQL, all of
it parameterized); this module only checks parameters and shapes pages. Errors are JSON
`{"detail": message}` with a 4xx code: a bad filter value (QueryError) is 400, a parameter of the
wrong type or out of range 422, an unknown article 404, a missing token 401, a wrong one 403. A 500
is a bug. The OpenAPI description is at /openapi.json, its pages at /docs. The same app serves the
web UI (datelines.web.ui): pages under /ui/ that read these endpoints, assets under /static/.
"""

from __future__ import annotations

import json
import secrets
from datetime import date
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from datelines.ontology import cameo
from datelines.query import QueryError, event_filter
from datelines.query import events as query_events
from datelines.query import network as query_network
from datelines.query import search as query_search
from datelines.query import series as query_series
from datelines.query import timeline as query_timeline
from datelines.store import Store, queries
from datelines.web.cache import AnswerCache
from datelines.web.ui import mount_ui

MAX_PAGE = 1000  # the largest page any listing serves
MAX_OFFSET = 1_000_000_000  # rows a listing may skip (SQLite integers are 64-bit: a larger one was a 500)
MAX_INGEST = 100  # articles in one POST /api/ingest
MAX_TEXT = 1_000_000  # characters of one posted article

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (pages of a listing).")]
Actors = Annotated[list[str], Query(description="Actor code or pattern (TUR, TURGOV, TUR*, *GOV); repeat for all of several.")]
Roots = Annotated[list[str], Query(description="CAMEO root(s), e.g. 19; repeatable.")]
Since = Annotated[str | None, Query(description="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")]
Until = Annotated[str | None, Query(description="Event date on or before, at its own precision.")]
Modalities = Annotated[list[str], Query(description="Only these modalities (default: asserted); repeatable.")]
AllModalities = Annotated[bool, Query(description="Include negated, planned, expected, hypothetical and reported events.")]
AllConfidences = Annotated[bool, Query(description="Include events below the record's confidence threshold.")]
# Module level: with postponed annotations FastAPI resolves these names in the module's namespace.
BEARER = HTTPBearer(auto_error=False)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]


class ArticleIn(BaseModel):
    """One article to read and store."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: str = Field(description="Publication date, ISO (YYYY-MM-DD or a datetime).", max_length=40)
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=2000)


def _message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _page(rows: list[dict[str, Any]], name: str, limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    page: dict[str, Any] = {"limit": limit, "offset": offset}
    if total is not None:
        page["total"] = total
    page[name] = rows
    return page


def _full_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The API over the store at `db` (a SQLite path or a database URL). `token`: the bearer token
    writes need; None (or empty) refuses every write. There is no default token."""
    store = Store(db)
    answers = AnswerCache(store)  # timelines and series: recomputed only when the events change
    write_token = token or None

    def no_nul(request: Request) -> None:
        # SQLite's full-text search stops at a NUL (a 500 on /api/search?q=%00) and PostgreSQL
        # refuses NUL in any string: no parameter may hold one.
        for name, value in request.query_params.multi_items():
            if "\x00" in value or "\x00" in name:
                raise QueryError(f"{name}: a NUL character is not allowed")
        for name, value in request.path_params.items():
            if isinstance(value, str) and "\x00" in value:
                raise QueryError(f"{name}: a NUL character is not allowed")

    app = FastAPI(
        dependencies=[Depends(no_nul)],
        title="datelines",
        version="0.1.0",
        description="Who did what to whom, when and where: dated news read into events tied to their evidence.",
    )
    app.state.store = store

    def openapi() -> dict[str, Any]:
        """FastAPI's description, with the 422 body this app really sends: `detail` a message, the
        validation errors under `errors` (FastAPI documents `detail` as the list)."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            components = schema.get("components", {}).get("schemas", {})
            if "HTTPValidationError" in components:
                components["HTTPValidationError"] = {
                    "title": "HTTPValidationError",
                    "type": "object",
                    "required": ["detail"],
                    "properties": {
                        "detail": {"type": "string", "title": "Detail"},
                        "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ValidationError"},
                                   "title": "Errors"},
                    },
                }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.exception_handler(QueryError)
    async def _query_error(_: Request, error: QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        errors = jsonable_encoder(error.errors())
        return JSONResponse({"detail": _message(errors), "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": str(error.detail)}, status_code=error.status_code, headers=error.headers)

    @app.exception_handler(Exception)
    async def _bug(_: Request, error: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"internal error (a bug): {type(error).__name__}"}, status_code=500)

    def require_token(credentials: Credentials) -> None:
        if write_token is None:
            raise HTTPException(403, "writes are disabled: the server was started without a token")
        if credentials is None or not credentials.credentials:
            raise HTTPException(401, "writes need 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"})
        if not secrets.compare_digest(credentials.credentials.encode(), write_token.encode()):
            raise HTTPException(403, "wrong token")

    @app.get("/api/articles", tags=["articles"])
    def articles(limit: Limit = 50, offset: Offset = 0,
                 since: Annotated[str | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
                 until: Annotated[str | None, Query(description="Published on or before (YYYY-MM-DD).")] = None) -> dict[str, Any]:
        """Stored articles by publication date, a page at a time, with the total."""
        since, until = _full_date(since, "since"), _full_date(until, "until")
        rows = queries.list_articles(store, limit=limit, offset=offset, since=since, until=until)
        return _page(rows, "articles", limit, offset, queries.count_articles(store, since, until))

    @app.get("/api/articles/{article_id}", tags=["articles"], responses={404: {"description": "No such article"}})
    def article(article_id: str) -> dict[str, Any]:
        """One article (its id or a unique prefix of it) with its reading: sentences, entities,
        mentions, timexes, places, events (every modality) and quantities."""
        full_id = queries.resolve_article_id(store, article_id) if article_id.strip() else None
        found = queries.get_article(store, full_id) if full_id else None
        if found is None:
            raise HTTPException(404, f"no article with id {article_id!r} (or the prefix is ambiguous)")
        return found

    @app.get("/api/events", tags=["answers"])
    def events(
        actor: Actors = [],  # noqa: B006 - FastAPI copies defaults
        dyad: Annotated[list[str], Query(description="Two actor codes or patterns: dyad=TUR&dyad=RUS.")] = [],  # noqa: B006
        directed: Annotated[bool, Query(description="The dyad as given: the first acts on the second.")] = False,
        root: Roots = [],  # noqa: B006
        code: Annotated[list[str], Query(description="CAMEO code prefix(es); repeatable.")] = [],  # noqa: B006
        since: Since = None,
        until: Until = None,
        modality: Modalities = [],  # noqa: B006
        all_modalities: AllModalities = False,
        all_confidences: AllConfidences = False,
        text: Annotated[str | None, Query(description="Words the evidence sentence must hold.")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stored events (mentions) with their own dates, modality and evidence; the filters and
        defaults of `datelines events`: asserted events at or above the record's confidence."""
        if dyad and len(dyad) != 2:
            raise QueryError("a dyad is two actors: dyad=TUR&dyad=RUS")
        flt = event_filter(actors=actor, dyad=tuple(dyad) if dyad else None, directed=directed, roots=root,
                           codes=code, since=since, until=until, modalities=modality or None,
                           all_modalities=all_modalities, all_confidences=all_confidences, text=text,
                           limit=limit, offset=offset)
        return _page(query_events(store, flt), "events", limit, offset)

    @app.get("/api/timeline", tags=["answers"])
    def timeline(
        actor: Annotated[list[str], Query(description="One actor or two (a dyad, either direction unless directed).")] = [],  # noqa: B006
        topic: Annotated[str | None, Query(description="Words the evidence sentences must hold.")] = None,
        directed: Annotated[bool, Query(description="The dyad as given: the first acts on the second.")] = False,
        root: Roots = [],  # noqa: B006
        since: Since = None,
        until: Until = None,
        modality: Modalities = [],  # noqa: B006
        all_modalities: AllModalities = False,
        all_confidences: AllConfidences = False,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """The history of an actor, a dyad or a topic: one entry per real event (its reports
        clustered), by event date; `total` counts them all, `events` is the page."""
        key = ("timeline", tuple(actor), topic, directed, tuple(root), since, until, tuple(modality),
               all_modalities, all_confidences, limit, offset)
        answer = answers.get(key, lambda: query_timeline(
            store, actor, topic=topic, directed=directed, roots=root, since=since, until=until,
            modalities=modality or None, all_modalities=all_modalities, all_confidences=all_confidences,
            limit=limit, offset=offset))
        return {"limit": limit, "offset": offset, **answer}

    @app.get("/api/series", tags=["answers"])
    def series(
        source: Annotated[str, Query(description="First actor of the dyad (TUR, TURGOV, TUR*).")],
        target: Annotated[str, Query(description="Second actor of the dyad.")],
        by: Annotated[str, Query(description="week, month or year.")] = "month",
        directed: Annotated[bool, Query(description="Only the first actor acting on the second.")] = False,
        since: Since = None,
        until: Until = None,
        all_confidences: AllConfidences = False,
    ) -> dict[str, Any]:
        """A dyad over time: asserted events, each counted once, per period by quad class, with the
        Goldstein sum and mean."""
        key = ("series", source, target, by, directed, since, until, all_confidences)
        return answers.get(key, lambda: query_series(store, source, target, by=by, directed=directed, since=since,
                                                     until=until, all_confidences=all_confidences))

    @app.get("/api/search", tags=["answers"])
    def search(q: Annotated[str, Query(min_length=1, max_length=500, description="Words (FTS5 syntax where it parses).")],
               limit: Annotated[int, Query(ge=1, le=200, description="At most this many articles.")] = 20) -> dict[str, Any]:
        """Articles ranked by their words and the evidence sentences of their events."""
        return {"query": q, "limit": limit, "hits": query_search(store, q, limit)}

    @app.get("/api/actors", tags=["answers"])
    def actors(limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """The actor registry, most mentioned first: codes with counts, aliases, first and last seen."""
        rows = queries.list_actors(store, limit + offset)[offset:]
        return _page(rows, "actors", limit, offset)

    @app.get("/api/codes", tags=["answers"])
    def codes() -> dict[str, Any]:
        """The CAMEO event codes events carry, with their names, Goldstein scores, quad classes and
        PLOVER types (the UI labels codes with them)."""
        return {"quad_names": {str(q): name for q, name in cameo.QUAD_NAMES.items()},
                "codes": [{"code": c.code, "name": c.name, "root": c.root, "goldstein": c.goldstein, "quad": c.quad,
                           "plover": c.plover} for c in cameo.codes().values()]}

    @app.get("/api/graph", tags=["answers"])
    def graph(
        actor: Actors = [],  # noqa: B006
        root: Roots = [],  # noqa: B006
        since: Since = None,
        until: Until = None,
        level: Annotated[str, Query(description="actor (full codes) or country.")] = "actor",
        min_events: Annotated[int, Query(ge=1, le=1_000_000, description="Leave out dyads with fewer events.")] = 1,
        all_modalities: AllModalities = False,
        all_confidences: AllConfidences = False,
    ) -> dict[str, Any]:
        """Actors as nodes, dyads as edges weighted by their (clustered) events and signed by mean Goldstein."""
        flt = event_filter(actors=actor, roots=root, since=since, until=until, all_modalities=all_modalities,
                           all_confidences=all_confidences)
        return query_network(store, flt, level=level, min_events=min_events)

    @app.post("/api/ingest", tags=["write"], dependencies=[Depends(require_token)],
              responses={401: {"description": "No bearer token"}, 403: {"description": "Wrong token, or writes disabled"}})
    def ingest(items: Annotated[list[ArticleIn], Body(min_length=1, max_length=MAX_INGEST)]) -> dict[str, Any]:
        """Read articles and store them, as `datelines ingest` does with JSON Lines: `{run_id, inputs,
        counts, stored}`. Needs `Authorization: Bearer <token>`."""
        from datelines.ingest import IngestOptions
        from datelines.ingest.jsonl import record_to_article
        from datelines.ingest.run import Ingestor, ingest_items
        from datelines.read.pipeline import ModelMissingError

        options = IngestOptions(id_field=None)
        raw = [record_to_article(json.dumps(item.model_dump(), ensure_ascii=False).encode(), number,
                                 f"api#{number}", options)
               for number, item in enumerate(items, start=1)]
        try:
            report = ingest_items(Ingestor(store), raw)
        except ModelMissingError as error:
            raise HTTPException(503, str(error)) from None
        return {"run_id": report.run_id, "inputs": report.inputs, "counts": dict(sorted(report.counts.items())),
                "stored": report.stored_ids}

    mount_ui(app)
    return app
