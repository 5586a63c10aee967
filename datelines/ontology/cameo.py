"""CAMEO event codes, Goldstein values, quad classes and the PLOVER mapping, loaded from data files.

The facts live in `cameo_codes.tsv` and `plover_map.tsv` beside this module; this loader only parses,
validates and caches them, so the event coder, the store and the exporters share one code table.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
CODES_FILE = DATA_DIR / "cameo_codes.tsv"
PLOVER_FILE = DATA_DIR / "plover_map.tsv"

ROOTS: tuple[str, ...] = tuple(f"{n:02d}" for n in range(1, 21))

PLOVER_TYPES: frozenset[str] = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


class OntologyDataError(ValueError):
    """A data file of the ontology breaks its own rules (bad code, missing parent, value out of range)."""


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything a coded event needs to carry about it."""

    code: str
    name: str
    goldstein: float
    root: str
    quad: int
    plover: str | None
    plover_mode: str | None = None

    @property
    def quad_name(self) -> str:
        return QUAD_NAMES[self.quad]


def quad_class(root: str) -> int:
    """Quad class of a root (or of any code, by its root): 1 verbal coop (01-05), 2 material coop
    (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = str(root).strip()[:2]
    if root not in ROOTS:
        raise KeyError(f"'{root}' is not a CAMEO root: roots are the two-digit strings 01 to 20")
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a TSV with '#' comment lines and a header line; yields (line number, cells)."""
    with path.open(encoding="utf-8", newline="") as handle:
        seen_header = False
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            if not seen_header:
                seen_header = True
                continue
            yield number, next(csv.reader([line.rstrip("\n")], delimiter="\t"))


def _check_code(code: str, where: str) -> None:
    if not (code.isdigit() and 2 <= len(code) <= 4 and code[:2] in ROOTS):
        raise OntologyDataError(f"{where}: '{code}' is not a CAMEO code (2-4 digits under a root 01-20)")


def _parent(code: str) -> str | None:
    """The code one level up: 0211 -> 021, 021 -> 02, 02 -> None."""
    return code[:-1] if len(code) > 2 else None


@cache
def plover_map() -> dict[str, tuple[str | None, str | None]]:
    """CAMEO code or prefix -> (PLOVER type, mode), as written in plover_map.tsv."""
    return parse_plover_map(PLOVER_FILE)


def parse_plover_map(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """Read and validate a PLOVER map file; OntologyDataError names the file and line."""
    table: dict[str, tuple[str | None, str | None]] = {}
    for number, cells in _rows(path):
        where = f"{path.name}:{number}"
        cells = (cells + ["", ""])[:3]
        prefix, plover, mode = (c.strip() for c in cells)
        _check_code(prefix, where)
        if plover and plover not in PLOVER_TYPES:
            raise OntologyDataError(f"{where}: '{plover}' is not one of the 16 PLOVER event types")
        if mode and not plover:
            raise OntologyDataError(f"{where}: a mode needs a PLOVER type")
        if prefix in table:
            raise OntologyDataError(f"{where}: '{prefix}' is mapped twice")
        table[prefix] = (plover or None, mode or None)
    missing = [root for root in ROOTS if root not in table]
    if missing:
        raise OntologyDataError(f"{path.name}: roots without a row: {', '.join(missing)}")
    return table


def plover_for(
    code: str, table: dict[str, tuple[str | None, str | None]] | None = None
) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) of a CAMEO code by the longest prefix in the map."""
    table = plover_map() if table is None else table
    for length in range(len(code), 1, -1):
        if code[:length] in table:
            return table[code[:length]]
    return (None, None)


@cache
def codes() -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by its code string ("042"), loaded and validated once."""
    return parse_codes(CODES_FILE, plover_map())


def parse_codes(path: Path, plover: dict[str, tuple[str | None, str | None]]) -> dict[str, CameoCode]:
    """Read and validate a code table; OntologyDataError names the file and line of the first fault."""
    table: dict[str, CameoCode] = {}
    for number, cells in _rows(path):
        where = f"{path.name}:{number}"
        if len(cells) != 3:
            raise OntologyDataError(f"{where}: expected 3 tab-separated cells, got {len(cells)}")
        code, name, value = (c.strip() for c in cells)
        _check_code(code, where)
        if code in table:
            raise OntologyDataError(f"{where}: code '{code}' appears twice")
        parent = _parent(code)
        if parent is not None and parent not in table:
            raise OntologyDataError(f"{where}: '{code}' comes before (or without) its parent '{parent}'")
        if not name:
            raise OntologyDataError(f"{where}: code '{code}' has no name")
        try:
            goldstein = float(value)
        except ValueError as error:
            raise OntologyDataError(f"{where}: Goldstein value '{value}' is not a number") from error
        if not -10.0 <= goldstein <= 10.0:
            raise OntologyDataError(f"{where}: Goldstein value {goldstein} is outside -10..10")
        plover_type, mode = plover_for(code, plover)
        table[code] = CameoCode(code, name, goldstein, code[:2], quad_class(code[:2]), plover_type, mode)
    missing = [root for root in ROOTS if root not in table]
    if missing:
        raise OntologyDataError(f"{path.name}: roots missing: {', '.join(missing)}")
    return table


def lookup(code: str) -> CameoCode:
    """The CameoCode for a code string; KeyError naming the code and the data file if it is unknown."""
    key = str(code).strip()
    try:
        return codes()[key]
    except KeyError:
        raise KeyError(
            f"unknown CAMEO event code '{key}': expected a code from {CODES_FILE.name} "
            "(2-4 digits under a root 01-20, written with leading zeros, e.g. '042', '0211', '19')"
        ) from None


def children(code: str) -> list[CameoCode]:
    """The codes directly under a code ("04" -> 040..046), in file order."""
    key = str(code).strip()
    lookup(key)
    return [entry for entry in codes().values() if _parent(entry.code) == key]


def roots() -> list[CameoCode]:
    """The 20 root classes, 01 to 20."""
    return [lookup(root) for root in ROOTS]
