"""Carries the actor registry across articles and runs: loaded from the store before reading,
fed with what each article says about its people and organizations, saved after each batch.

What one article said is also returned as plain data (`Observed`), so a distributed run can write
it beside the article and add it to the store's registry when, and only if, the article is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from datelines.store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from datelines.read.actors.registry import ActorRegistry


@dataclass
class Observed:
    """What one article said about named actors: (name, code) per mention and (name, alias) pairs."""

    published: date
    codes: list[tuple[str, str]] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)

    def apply(self, registry: ActorRegistry) -> None:
        for name, code in self.codes:
            registry.observe(name, code, self.published)
        for name, alias in self.aliases:
            registry.observe_alias(name, alias)


class ActorMemory:
    def __init__(self, store: Store | None = None, rows: list[dict[str, Any]] | None = None,
                 aliases: list[tuple[str, str]] | None = None) -> None:
        """From the store's registry, or from its rows and aliases (a snapshot sent to a worker)."""
        from datelines.read.actors.registry import ActorRegistry

        self.store = store
        if store is not None:
            rows, aliases = store.affiliation_rows(), store.alias_pairs()
        self.registry = ActorRegistry.from_rows(rows or [])
        for name, alias in aliases or []:
            self.registry.observe_alias(name, alias)

    def activate(self) -> None:
        """Make the actor component consult this registry for bare names."""
        from datelines.read.actors import set_registry

        set_registry(self.registry)

    def observe(self, doc: Doc) -> Observed:
        from datelines.read.actors import registry_aliases, registry_observations

        observed = Observed(doc._.published, registry_observations(doc), registry_aliases(doc))
        observed.apply(self.registry)
        return observed

    def rows(self) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        """The registry as the store keeps it: affiliation rows and (name, alias) pairs."""
        aliases = [(name, alias) for name, forms in self.registry.aliases.items() for alias in sorted(forms)]
        return self.registry.rows(), aliases

    def save(self) -> None:
        assert self.store is not None, "a snapshot has no store to save to"
        self.store.save_registry(*self.rows())
