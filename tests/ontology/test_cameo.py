"""The CAMEO code table: known codes, Goldstein values, quad classes, PLOVER types and data integrity."""

from __future__ import annotations

import pytest

from datelines.ontology import cameo


@pytest.mark.parametrize(
    ("code", "goldstein", "root", "quad", "plover"),
    [
        ("010", 0.0, "01", 1, None),
        ("0233", 3.4, "02", 1, "REQUEST"),
        ("036", 4.0, "03", 1, "AGREE"),
        ("042", 1.9, "04", 1, "CONSULT"),
        ("043", 2.8, "04", 1, "CONSULT"),
        ("046", 7.0, "04", 1, "CONSULT"),
        ("051", 3.4, "05", 1, "SUPPORT"),
        ("057", 8.0, "05", 1, "AGREE"),
        ("061", 6.4, "06", 2, "COOPERATE"),
        ("072", 8.3, "07", 2, "AID"),
        ("0841", 7.0, "08", 2, "CONCEDE"),
        ("0871", 9.0, "08", 2, "RETREAT"),
        ("0874", 10.0, "08", 2, "RETREAT"),
        ("091", -2.0, "09", 3, "ACCUSE"),
        ("1056", -5.0, "10", 3, "REQUEST"),
        ("112", -2.0, "11", 3, "ACCUSE"),
        ("125", -5.0, "12", 3, "REJECT"),
        ("130", -4.4, "13", 3, "THREATEN"),
        ("1384", -7.0, "13", 3, "THREATEN"),
        ("141", -6.5, "14", 4, "PROTEST"),
        ("145", -7.5, "14", 4, "PROTEST"),
        ("154", -7.2, "15", 4, "MOBILIZE"),
        ("161", -4.0, "16", 4, "SANCTION"),
        ("163", -6.5, "16", 4, "SANCTION"),
        ("166", -8.0, "16", 4, "SANCTION"),
        ("171", -9.2, "17", 4, "COERCE"),
        ("173", -5.0, "17", 4, "COERCE"),
        ("1823", -10.0, "18", 4, "ASSAULT"),
        ("186", -10.0, "18", 4, "ASSAULT"),
        ("190", -10.0, "19", 4, "ASSAULT"),
        ("195", -10.0, "19", 4, "ASSAULT"),
        ("196", -9.5, "19", 4, "ASSAULT"),
        ("202", -10.0, "20", 4, "ASSAULT"),
    ],
)
def test_known_codes(code: str, goldstein: float, root: str, quad: int, plover: str | None) -> None:
    entry = cameo.lookup(code)
    assert (entry.code, entry.goldstein, entry.root, entry.quad, entry.plover) == (
        code,
        goldstein,
        root,
        quad,
        plover,
    )
    assert entry.name


@pytest.mark.parametrize(
    ("root", "quad"),
    [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4), ("20", 4), ("0211", 1)],
)
def test_quad_class(root: str, quad: int) -> None:
    assert cameo.quad_class(root) == quad


@pytest.mark.parametrize("bad", ["00", "21", "xx", ""])
def test_quad_class_rejects_non_roots(bad: str) -> None:
    with pytest.raises(KeyError):
        cameo.quad_class(bad)


@pytest.mark.parametrize("bad", ["999", "21", "0", "4", "0429", "abc", "", "1"])
def test_lookup_unknown_code_names_it(bad: str) -> None:
    with pytest.raises(KeyError, match="unknown CAMEO event code"):
        cameo.lookup(bad)


def test_lookup_strips_whitespace() -> None:
    assert cameo.lookup(" 042 ").code == "042"


def test_every_root_is_present_with_its_own_children() -> None:
    roots = cameo.roots()
    assert [r.code for r in roots] == [f"{n:02d}" for n in range(1, 21)]
    for root in roots:
        assert cameo.children(root.code), f"root {root.code} has no codes under it"


def test_table_is_complete_and_well_formed() -> None:
    table = cameo.codes()
    assert len(table) >= 290
    for code, entry in table.items():
        assert entry.code == code
        assert entry.root == code[:2]
        assert entry.quad == cameo.quad_class(entry.root)
        assert -10.0 <= entry.goldstein <= 10.0
        if len(code) > 2:
            assert code[:-1] in table, f"{code} has no parent"


def test_cooperation_scores_above_conflict_on_average() -> None:
    """A sanity check of the Goldstein column: quad 1-2 average positive, quad 3-4 negative."""
    by_quad: dict[int, list[float]] = {}
    for entry in cameo.codes().values():
        by_quad.setdefault(entry.quad, []).append(entry.goldstein)
    mean = {quad: sum(values) / len(values) for quad, values in by_quad.items()}
    assert mean[1] > 0 and mean[2] > 0 and mean[3] < 0 and mean[4] < 0
    assert mean[4] < mean[3] and mean[2] > mean[1]


def test_plover_map_refers_to_real_codes_and_types() -> None:
    table = cameo.codes()
    for prefix, (plover, _mode) in cameo.plover_map().items():
        assert prefix in table, f"plover_map.tsv maps unknown code {prefix}"
        assert plover is None or plover in cameo.PLOVER_TYPES
    used = {entry.plover for entry in table.values()} - {None}
    assert used == cameo.PLOVER_TYPES, "every PLOVER event type should be reachable from some CAMEO code"


@pytest.mark.parametrize(
    ("code", "mode"), [("042", "visit"), ("071", "economic"), ("0871", "ceasefire"), ("195", "aerial")]
)
def test_plover_modes(code: str, mode: str) -> None:
    assert cameo.lookup(code).plover_mode == mode


def test_codes_are_cached() -> None:
    assert cameo.codes() is cameo.codes()
    assert cameo.lookup("042") is cameo.lookup("042")


def _write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def _shipped(path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text + "99\tno such root\t0.0\n", "not a CAMEO code"),
        (lambda text: text + "0479\torphan\t1.0\n", "parent"),
        (lambda text: text + "042\tvisit again\t1.9\n", "appears twice"),
        (
            lambda text: text.replace(
                "057\tsign a formal agreement\t8.0", "057\tsign a formal agreement\teight"
            ),
            "not a number",
        ),
        (
            lambda text: text.replace(
                "057\tsign a formal agreement\t8.0", "057\tsign a formal agreement\t12.0"
            ),
            "outside -10..10",
        ),
        (lambda text: text.replace("057\tsign a formal agreement\t8.0", "057\t\t8.0"), "has no name"),
        (
            lambda text: text.replace("057\tsign a formal agreement\t8.0", "057\tsign\t8.0\textra"),
            "3 tab-separated",
        ),
    ],
)
def test_broken_code_table_is_refused(tmp_path, edit, message):
    path = _write(tmp_path, "codes.tsv", edit(_shipped(cameo.CODES_FILE)))
    with pytest.raises(cameo.OntologyDataError, match=message):
        cameo.parse_codes(path, cameo.plover_map())


def test_code_table_without_a_root_is_refused(tmp_path):
    lines = [
        line for line in _shipped(cameo.CODES_FILE).splitlines(keepends=True) if not line.startswith("20")
    ]
    with pytest.raises(cameo.OntologyDataError, match="roots missing: 20"):
        cameo.parse_codes(_write(tmp_path, "codes.tsv", "".join(lines)), cameo.plover_map())


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda text: text + "042\tCONSULT\tagain\n", "mapped twice"),
        (lambda text: text.replace("042\tCONSULT\tvisit", "042\tMEET\tvisit"), "16 PLOVER event types"),
        (lambda text: text.replace("01\t\t", "01\t\tstatement"), "needs a PLOVER type"),
        (lambda text: text.replace("20\tASSAULT\t\n", ""), "roots without a row: 20"),
    ],
)
def test_broken_plover_map_is_refused(tmp_path, edit, message):
    path = _write(tmp_path, "plover.tsv", edit(_shipped(cameo.PLOVER_FILE)))
    with pytest.raises(cameo.OntologyDataError, match=message):
        cameo.parse_plover_map(path)


def test_shipped_files_parse_the_same_uncached():
    assert cameo.parse_codes(cameo.CODES_FILE, cameo.parse_plover_map(cameo.PLOVER_FILE)) == cameo.codes()
