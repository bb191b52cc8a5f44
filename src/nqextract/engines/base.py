"""What every engine shares: the per-process :class:`~nqextract.pipeline.Extractor`, one article
processed into an :class:`~nqextract.models.Article` or an :class:`~nqextract.models.IngestError`, and
the error that stops a whole run. The local engine (:mod:`nqextract.ingest`) and the Dask engine
(:mod:`nqextract.engines.dask`) both build on it; neither imports the other's internals."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from ..errors import ExtractError, NQError
from ..models import Article, IngestError, RawArticle
from ..regex_codes import serving
from ..settings import Settings
from ..sources import split_source

if TYPE_CHECKING:
    from ..pipeline import Extractor

Result = Article | IngestError
MAX_MESSAGE_CHARS = 500


class IngestAborted(ExtractError):
    """The whole run cannot go on (e.g. the extractor cannot be built from the given rules)."""


def one_line(message: str) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def error_for(raw: RawArticle, stage: str, error: str, message: str) -> IngestError:
    """An :class:`IngestError` for ``raw``; JSONL sources (``file:line``) keep file and line apart."""
    source, line = split_source(raw.source)
    message = one_line(message)
    for prefix in (f"{raw.source}: ", f"{source}: "):  # the line names the file already
        if message.startswith(prefix) and len(message) > len(prefix):
            message = message[len(prefix):]
    return IngestError(source=source, line=line, stage=stage, error=error, message=message)  # type: ignore[arg-type]


def process_one(extractor: Extractor, raw: RawArticle) -> Result:
    """Extract one article; never raises for a problem with that article."""
    try:
        return extractor.process(raw)
    except NQError as exc:
        return error_for(raw, exc.stage, type(exc).__name__, str(exc) or type(exc).__name__)
    except Exception as exc:  # a bug on one article must not sink the batch
        return error_for(raw, "extract", type(exc).__name__, f"{type(exc).__name__}: {exc}")


_extractors: dict[str, Extractor] = {}


def _extractor_key(settings: Settings) -> str:
    """The settings an Extractor is built from: one Extractor per distinct key."""
    return settings.model_dump_json(include={"published", "rules_dir", "max_chars"})


def local_extractor(settings: Settings, cache: dict[str, Extractor] | None = None) -> Extractor:
    """One Extractor per process (or per ``cache``) and rule set, reused across calls."""
    from ..pipeline import Extractor

    cache = _extractors if cache is None else cache
    key = _extractor_key(settings)
    if key not in cache:
        try:
            cache[key] = Extractor(settings)
        except Exception as exc:
            raise IngestAborted(f"cannot build the extractor: {type(exc).__name__}: {one_line(str(exc))}") from exc
    return cache[key]


def store_error(article: Article, exc: Exception) -> IngestError:
    """An :class:`IngestError` of the store stage for an article that could not be written."""
    source, line = split_source(article.source or article.url or article.id)
    return IngestError(source=source, line=line, stage="store", error=type(exc).__name__,
                       message=one_line(str(exc)))


def loaded_extractor(settings: Settings, *, freeze: bool = False) -> Extractor:
    """:func:`local_extractor` with everything the first article would load already loaded
    (:meth:`~nqextract.pipeline.Extractor.preload`), for a run of many articles in this process or in
    workers forked from it.

    The first time, the cyclic garbage collector is off while the models and rules load (its passes
    over the growing heap of long-lived objects find nothing to free). With ``freeze`` what was loaded
    is then frozen (``gc.freeze``): later collections do not scan it again, nor write to its pages in a
    forked worker. The caller asks for it when worker processes will be forked from this one, and the
    command line's one-process runs (``nqextract ingest``/``extract``, and the bench that measures them)
    ask for it too: on 60 short news in one process the collector's time drops from about 2.1 s to 1.3 s
    of some 7.5 s of CPU. A library caller's in-process run leaves the heap unfrozen (freezing it would
    keep the caller's own garbage of that moment for good). Only the first build of an extractor freezes the heap, so a long-lived process that calls
    this again does not freeze its later garbage."""
    found = _extractors.get(_extractor_key(settings))
    if found is not None:
        found.preload()  # loads what an earlier build left to its first article; else nothing to do
        return found
    enabled = gc.isenabled()
    gc.disable()
    try:
        with serving():  # one window for both (the recorded table read once)
            extractor = local_extractor(settings)
            extractor.preload()
    finally:
        if enabled:
            gc.enable()
    if freeze:
        gc.freeze()
    return extractor
