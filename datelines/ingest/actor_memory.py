"""Carries the actor registry across articles and runs: loaded from the store before reading,
fed with what each article says about its people and organizations, saved after each batch."""

from __future__ import annotations

from spacy.tokens import Doc

from datelines.store import Store


class ActorMemory:
    def __init__(self, store: Store) -> None:
        from datelines.read.actors.registry import ActorRegistry

        self.store = store
        self.registry = ActorRegistry.from_rows(store.affiliation_rows())
        for name, alias in store.alias_pairs():
            self.registry.observe_alias(name, alias)

    def activate(self) -> None:
        """Make the actor component consult this registry for bare names."""
        from datelines.read.actors import set_registry

        set_registry(self.registry)

    def observe(self, doc: Doc) -> None:
        from datelines.read.actors import registry_aliases, registry_observations

        for name, code in registry_observations(doc):
            self.registry.observe(name, code, doc._.published)
        for name, alias in registry_aliases(doc):
            self.registry.observe_alias(name, alias)

    def save(self) -> None:
        aliases = [(name, alias) for name, forms in self.registry.aliases.items() for alias in sorted(forms)]
        self.store.save_registry(self.registry.rows(), aliases)
