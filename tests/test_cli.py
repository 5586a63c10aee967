"""The command line end to end, on the real pipeline and a real SQLite file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datelines.cli import app
from tests.conftest import EXAMPLE

runner = CliRunner()


def run(*args: str, code: int = 0):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def mixed_folder(tmp_path):
    """Good and bad inputs side by side."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2019-02-27\nPakistan said on Wednesday that its air force shot down two Indian jets over Kashmir.", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "nodate.txt").write_text("Officials in Brussels met on Monday to discuss the budget of the union.", encoding="utf-8")
    (folder / "baddate.txt").write_text(" date 2018-13-45\nThe ministers met in Paris.", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return folder


def test_ingest_example_then_list_and_show(tmp_path):
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    db = str(tmp_path / "a.db")
    run("ingest", str(EXAMPLE), "--db", db)
    listed = json.loads(run("articles", "--db", db, "--json").stdout)
    assert [a["published"] for a in listed] == ["2018-04-03"]
    shown = run("show", listed[0]["id"][:8], "--db", db)
    assert "Vladimir Putin" in shown.stdout and "[" in shown.stdout
    details = json.loads(run("show", listed[0]["id"], "--db", db, "--json").stdout)
    assert any(e["label"] == "PERSON" for e in details["entities"])


def test_ingest_twice_stores_nothing_new(tmp_path, mixed_folder):
    db = str(tmp_path / "b.db")
    first = json.loads(run("ingest", str(mixed_folder), "--db", db, "--json").stdout)
    second = json.loads(run("ingest", str(mixed_folder), "--db", db, "--json").stdout)
    assert first["counts"]["stored"] == 1
    assert "stored" not in second["counts"] and second["counts"]["already_stored"] == 1
    assert json.loads(run("stats", "--db", db, "--json").stdout)["counts"]["articles"] == 1


def test_mixed_folder_accounts_for_every_input(tmp_path, mixed_folder):
    db = str(tmp_path / "c.db")
    summary = json.loads(run("ingest", str(mixed_folder), "--db", db, "--json").stdout)
    assert summary["inputs"] == 6
    assert summary["counts"] == {
        "skipped:binary": 1,
        "skipped:empty": 1,
        "skipped:malformed_date": 1,
        "skipped:no_date": 1,
        "skipped:unsupported": 1,
        "stored": 1,
    }
    table = run("ingest", str(mixed_folder), "--db", str(tmp_path / "c2.db"))
    assert "skipped:no_date" in table.stdout


def test_strict_exits_non_zero_when_anything_was_skipped(tmp_path, mixed_folder):
    run("ingest", str(mixed_folder), "--db", str(tmp_path / "d.db"), "--strict", code=1)
    run("ingest", str(mixed_folder / "good.txt"), "--db", str(tmp_path / "e.db"), "--strict")


def test_published_fallback_rescues_undated_files(tmp_path, mixed_folder):
    summary = json.loads(run("ingest", str(mixed_folder / "nodate.txt"), "--db", str(tmp_path / "f.db"), "--published", "2019-03-04", "--json").stdout)
    assert summary["counts"] == {"stored": 1}


def test_bad_published_option_is_a_usage_error(tmp_path, mixed_folder):
    result = runner.invoke(app, ["ingest", str(mixed_folder), "--db", str(tmp_path / "g.db"), "--published", "March"])
    assert result.exit_code == 2


def test_show_unknown_id_exits_3(tmp_path):
    run("show", "deadbeef", "--db", str(tmp_path / "h.db"), code=3)


def test_search_finds_stored_words(tmp_path, mixed_folder):
    db = str(tmp_path / "i.db")
    run("ingest", str(mixed_folder), "--db", db)
    hits = json.loads(run("search", "Kashmir", "--db", db, "--json").stdout)
    assert len(hits) == 1


def test_missing_model_says_how_to_install(tmp_path, mixed_folder):
    result = runner.invoke(app, ["ingest", str(mixed_folder / "good.txt"), "--db", str(tmp_path / "m.db"), "--model", "en_core_web_nonexistent"])
    assert result.exit_code == 4
    assert "pip install" in result.output and "en_core_web_nonexistent" in result.output


def test_standard_input_through_the_console_script(tmp_path):
    import subprocess
    import sys

    text = " date 2017-12-06\nThe United States said on Wednesday it would move its embassy in Israel to Jerusalem."
    db = tmp_path / "s.db"
    done = subprocess.run([sys.executable, "-m", "datelines.cli", "ingest", "-", "--db", str(db), "--json"], input=text, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == {"stored": 1}
    listed = json.loads(run("articles", "--db", str(db), "--json").stdout)
    assert listed[0]["published"] == "2017-12-06" and listed[0]["source"] == "<stdin>"


def test_reprocess_rereads_articles_of_another_pipeline_version(tmp_path, mixed_folder):
    import sqlite3

    db = tmp_path / "r.db"
    run("ingest", str(mixed_folder / "good.txt"), "--db", str(db))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET pipeline_version = 'datelines-0.0.1+old'")
        conn.execute("DELETE FROM entities")
    assert "re-read 1 article" in run("reprocess", "--db", str(db)).stdout
    assert "re-read 0 article" in run("reprocess", "--db", str(db)).stdout
    with sqlite3.connect(db) as conn:
        version = conn.execute("SELECT pipeline_version FROM articles").fetchone()[0]
        entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert version.startswith("datelines-0.1.0") and entities > 0


def test_actor_registry_carries_codes_across_articles_and_runs(tmp_path):
    first = tmp_path / "first.txt"
    first.write_text(" date 2019-03-01\nChilean Finance Minister Mario Marcel met business leaders in Santiago on Friday to discuss copper exports.", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(" date 2019-03-08\nMarcel said on Thursday that the government would cut taxes on small firms next year.", encoding="utf-8")
    db = str(tmp_path / "reg.db")
    run("ingest", str(first), "--db", db)
    run("ingest", str(second), "--db", db)  # a separate run: the registry comes back from the store
    registry = {a["name"]: a for a in json.loads(run("actors", "--db", db, "--json").stdout)}
    marcel = registry["Mario Marcel"]
    assert marcel["best_code"] == "CHLGOV"
    assert marcel["first_seen"] == "2019-03-01"
    second_id = next(a["id"] for a in json.loads(run("articles", "--db", db, "--json").stdout) if a["published"] == "2019-03-08")
    mentions = json.loads(run("show", second_id, "--db", db, "--json").stdout)["mentions"]
    assert [m["code"] for m in mentions if m["text"] == "Marcel"] == ["CHLGOV"]


PETRARCH_ACTORS = """# an analyst's actor file, PETRARCH/TABARI style
JOHN_DOE_  [GBRGOV 100511-160713]
+DOE_
ACME_WIDGETS_ [GBRBUS]
"""


def test_petrarch_dictionary_converts_and_codes_an_unknown_person(tmp_path):
    source = tmp_path / "actors.txt"
    source.write_text(PETRARCH_ACTORS, encoding="utf-8")
    converted = tmp_path / "actors.yaml"
    run("dictionary", "convert", str(source), str(converted))
    assert json.loads(run("dictionary", "check", str(converted), "--json").stdout) == {
        "actors": 2, "surface_forms": 3, "agents": 0,
    }
    article = tmp_path / "a.txt"
    article.write_text(" date 2012-05-02\nJohn Doe met the Russian foreign minister in Moscow on Tuesday.\n", encoding="utf-8")
    db = str(tmp_path / "d.db")
    run("ingest", str(article), "--db", db, "--actor-dictionary", str(converted))
    events = json.loads(run("events", "--db", db, "--json", "--all-modalities").stdout)
    assert {(e["source"], e["target"]) for e in events} == {("GBRGOV", "RUSGOV")}
    # Without the dictionary the same text gives John Doe no code.
    plain = str(tmp_path / "p.db")
    run("ingest", str(article), "--db", plain)
    assert all(e["source"] != "GBRGOV" for e in json.loads(run("events", "--db", plain, "--json", "--all-modalities").stdout))


def test_malformed_dictionary_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [\n", encoding="utf-8")
    run("dictionary", "check", str(bad), code=2)
    run("ingest", str(bad), "--db", str(tmp_path / "x.db"), "--actor-dictionary", str(tmp_path / "none.yaml"), code=3)


def test_event_classifier_option_adds_marked_events(tmp_path):
    article = tmp_path / "batter.txt"
    article.write_text(" date 2019-10-10\nTurkish troops battered Kurdish militia positions in northern Syria.\n", encoding="utf-8")
    plain, classified = str(tmp_path / "plain.db"), str(tmp_path / "classified.db")
    run("ingest", str(article), "--db", plain)
    run("ingest", str(article), "--db", classified, "--event-classifier")
    assert json.loads(run("events", "--db", plain, "--json").stdout) == []
    events = json.loads(run("events", "--db", classified, "--json").stdout)
    assert [(e["source"], e["root"], e["classifier"]) for e in events] == [("TURMIL", "19", "embedding")]


def test_text_longer_than_the_parser_takes_is_a_recorded_skip(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(" date 2018-01-01\n" + "The minister met his counterpart in Paris. " * 25_000, encoding="utf-8")
    (folder / "short.txt").write_text(" date 2018-01-01\nThe minister met his counterpart in Paris.\n", encoding="utf-8")
    summary = json.loads(run("ingest", str(folder), "--db", str(tmp_path / "l.db"), "--json").stdout)
    assert summary["counts"] == {"skipped:too_large": 1, "stored": 1}


def test_evaluate_a_folder_of_examples_sums_them(tmp_path):
    folder = tmp_path / "examples"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(" date 2018-04-03\nRussian President Vladimir Putin visited Turkey on Tuesday.\n", encoding="utf-8")
        (folder / f"{name}.expected.yaml").write_text(
            "timexes:\n  must:\n    - {text: Tuesday, type: DATE, value: '2018-04-03'}\n"
            "actors:\n  must:\n    - {text: Turkey, code: TUR}\n    - {text: Putin, code: USAGOV}\n",
            encoding="utf-8",
        )
    figures = json.loads(run("evaluate", "example", str(folder), "--json").stdout)
    assert sorted(figures["articles"]) == ["a", "b"]
    assert figures["total"]["timexes"]["must"] == [2, 2]
    assert figures["total"]["actors"]["must"] == [2, 4]  # Putin is RUSGOV, not the USAGOV the key demands
    run("evaluate", "example", str(tmp_path / "nothing-here"), code=3)


def test_evaluate_example_takes_the_article_and_names_what_is_missing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2018-04-03\nRussian President Vladimir Putin visited Turkey on Tuesday.\n", encoding="utf-8")
    (tmp_path / "a.expected.yaml").write_text("timexes:\n  must:\n    - {text: Tuesday, type: DATE, value: '2018-04-03'}\n",
                                             encoding="utf-8")
    figures = json.loads(run("evaluate", "example", str(article), "--json").stdout)
    assert figures["timexes"]["must"] == [1, 1]
    lonely = tmp_path / "b.txt"
    lonely.write_text(" date 2018-04-03\nNothing to score.\n", encoding="utf-8")
    result = run("evaluate", "example", str(lonely), code=3)
    assert "b.expected.yaml: not found" in result.output


def test_verbless_headline_with_an_institution_is_read_in_bounded_time(tmp_path):
    """A headline whose root is a noun once sent the walk up to a verb round the root forever."""
    import subprocess
    import sys

    text = " date 2019-01-10\nParliament in uproar\n\nMPs rejected the deal on Tuesday."
    done = subprocess.run([sys.executable, "-m", "datelines.cli", "ingest", "-", "--db", str(tmp_path / "h.db"), "--json"],
                          input=text, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"] == {"stored": 1}
