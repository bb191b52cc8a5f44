"""nqextract: facts from Vietnamese political news, as pydantic records and DuckDB rows.

>>> import nqextract
>>> art = nqextract.extract("Chiều 4/3, Tổng Bí thư Tô Lâm chủ trì ...", published="2025-03-04")
>>> art.persons[0].name

The extraction names (``extract``, ``Extractor``) are loaded on first use, so that importing the
package (``nqextract --help``, ``nqextract query``) does not load spaCy and the underthesea models.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from .lazy import defer_spacy_cli
from .models import Article, Body, DateExpr, Document, Meeting, Mention, Person, Position, Task
from .settings import Settings
from .version import __version__

defer_spacy_cli()  # before anything imports spaCy

if TYPE_CHECKING:
    from .pipeline import Extractor, extract

__all__ = [
    "Article", "Body", "DateExpr", "Document", "Extractor", "Meeting", "Mention", "Person",
    "Position", "Settings", "Task", "extract", "__version__",
]


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from .pipeline import Extractor

        return Extractor
    raise AttributeError(f"module 'nqextract' has no attribute {name!r}")


class _Package(types.ModuleType):
    """``nqextract.extract`` is the function (as it always was), not the ``nqextract.extract`` subpackage
    that the import system binds on the package when it loads it (the subpackage stays importable)."""

    @property
    def extract(self) -> Any:
        from .pipeline import extract

        return extract

    @extract.setter
    def extract(self, value: Any) -> None:
        pass


sys.modules[__name__].__class__ = _Package
