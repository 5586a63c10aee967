"""The reading pipeline: spaCy plus one package per datelines component.

`datelines.read` is both this package and the public function `datelines.read(text, published)`.
A plain function of that name would be shadowed by the package as soon as any submodule is
imported, so the package module itself is made callable.
"""

from __future__ import annotations

import sys
import types
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datelines.model import Reading
    from datelines.read.pipeline import ReadSettings


class _CallablePackage(types.ModuleType):
    def __call__(self, text: str, published: date, settings: ReadSettings | None = None) -> Reading:
        """Read one article: `datelines.read(text, published)`."""
        from datelines.read.reading import read

        return read(text, published, settings)


sys.modules[__name__].__class__ = _CallablePackage
