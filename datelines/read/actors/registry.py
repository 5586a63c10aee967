"""What the texts have said about each named actor, across articles.

An article that names "Putin" without a title is coded from what earlier articles said about him.
Every (name, code) observation is kept with its count and first/last date, so conflicting evidence
stays visible; `best_code` picks the best-supported code for the date in question. Plain data: the
lead stores `rows()` in the table actor_affiliations(name, code, count, first_seen, last_seen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Affiliation:
    code: str
    count: int
    first_seen: date
    last_seen: date

    def covers(self, on: date) -> bool:
        return self.first_seen <= on <= self.last_seen

    def distance(self, on: date) -> int:
        """Days between `on` and the period this code was seen in (0 inside it)."""
        if on < self.first_seen:
            return (self.first_seen - on).days
        return max(0, (on - self.last_seen).days)


@dataclass
class ActorRegistry:
    """name -> code -> Affiliation. Names are canonical ("Vladimir Putin"); a surname resolves to the
    one registered name that ends with it."""

    affiliations: dict[str, dict[str, Affiliation]] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)  # name -> other surface forms seen

    def observe_alias(self, name: str, alias: str) -> None:
        if alias != name:
            self.aliases.setdefault(name, set()).add(alias)

    def observe(self, name: str, code: str, seen: date, count: int = 1) -> None:
        codes = self.affiliations.setdefault(name, {})
        known = codes.get(code)
        if known is None:
            codes[code] = Affiliation(code, count, seen, seen)
        else:
            known.count += count
            known.first_seen = min(known.first_seen, seen)
            known.last_seen = max(known.last_seen, seen)

    def resolve(self, name: str) -> str | None:
        """The registered name a mention refers to: itself, or the only name whose last words it is."""
        if name in self.affiliations:
            return name
        owners = [known for known in self._by_alias().get(name, ()) if known in self.affiliations]
        if len(owners) == 1:
            return owners[0]
        words = name.split()
        matches = [known for known in self._by_last_word().get(words[-1], ()) if known.split()[-len(words):] == words]
        return matches[0] if len(matches) == 1 else None

    def _by_alias(self) -> dict[str, list[str]]:
        size = sum(len(forms) for forms in self.aliases.values())
        if getattr(self, "_alias_size", -1) != size:
            index: dict[str, list[str]] = {}
            for known, forms in self.aliases.items():
                for form in forms:
                    index.setdefault(form, []).append(known)
            self._alias_index, self._alias_size = index, size
        return self._alias_index

    def _by_last_word(self) -> dict[str, list[str]]:
        """Last word -> registered names, rebuilt only when names were added (resolve runs per token)."""
        if getattr(self, "_index_size", -1) != len(self.affiliations):
            index: dict[str, list[str]] = {}
            for known in self.affiliations:
                index.setdefault(known.split()[-1], []).append(known)
            self._index, self._index_size = index, len(self.affiliations)
        return self._index

    def best_code(self, name: str, on: date | None = None) -> str | None:
        """Most-seen code; with a date, codes seen around that date win over codes seen far from it."""
        known = self.resolve(name)
        if known is None:
            return None
        options = list(self.affiliations[known].values())
        if on is None:
            return max(options, key=lambda a: (a.count, a.last_seen)).code
        covering = [a for a in options if a.covers(on)]
        if covering:
            return max(covering, key=lambda a: (a.count, a.last_seen)).code
        # Evidence decays with distance in time: a year away counts half as much.
        return max(options, key=lambda a: (a.count / (1 + a.distance(on) / 365), a.last_seen)).code

    def merge(self, other: ActorRegistry) -> ActorRegistry:
        """Add another registry's observations into this one (counts add, date bounds widen)."""
        for name, codes in other.affiliations.items():
            for a in codes.values():
                self.observe(name, a.code, a.first_seen, a.count)
                self.observe(name, a.code, a.last_seen, 0)
        for name, forms in other.aliases.items():
            self.aliases.setdefault(name, set()).update(forms)
        return self

    def rows(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "code": a.code, "count": a.count, "first_seen": a.first_seen, "last_seen": a.last_seen}
            for name, codes in sorted(self.affiliations.items()) for a in sorted(codes.values(), key=lambda a: -a.count)
        ]

    @classmethod
    def from_rows(cls, rows: list[dict[str, Any]]) -> ActorRegistry:
        registry = cls()
        for row in rows:
            first = _date(row["first_seen"])
            registry.observe(row["name"], row["code"], first, int(row["count"]))
            registry.observe(row["name"], row["code"], _date(row.get("last_seen") or first), 0)
        return registry

    def listing(self) -> list[dict[str, Any]]:
        """One entry per actor for `datelines actors --json`: codes with counts, first/last seen."""
        out = []
        for name, codes in sorted(self.affiliations.items()):
            items = sorted(codes.values(), key=lambda a: -a.count)
            out.append({
                "name": name,
                "aliases": sorted(self.aliases.get(name, ())),
                "best_code": self.best_code(name),
                "codes": [{"code": a.code, "count": a.count, "first_seen": a.first_seen.isoformat(),
                           "last_seen": a.last_seen.isoformat()} for a in items],
                "mentions": sum(a.count for a in items),
                "first_seen": min(a.first_seen for a in items).isoformat(),
                "last_seen": max(a.last_seen for a in items).isoformat(),
            })
        return out


def _date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
