"""nqextract: facts from Vietnamese political news, as pydantic records and DuckDB rows.

>>> import nqextract
>>> art = nqextract.extract("Chiều 4/3, Tổng Bí thư Tô Lâm chủ trì ...", published="2025-03-04")
>>> art.persons[0].name
"""

from .models import Article, Body, DateExpr, Document, Meeting, Mention, Person, Position, Task
from .pipeline import Extractor, extract
from .settings import Settings
from .version import __version__

__all__ = [
    "Article", "Body", "DateExpr", "Document", "Extractor", "Meeting", "Mention", "Person",
    "Position", "Settings", "Task", "extract", "__version__",
]
