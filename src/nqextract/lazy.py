"""Start-up: import only the parts of spaCy, underthesea and ftfy that extraction calls.

The packages' ``__init__`` import far more than this project uses: spaCy's imports its whole
command line (typer, weasel, requests, httpx: a third of ``import spacy``) to re-export one
function, ``spacy.info``; underthesea's imports every pipeline, three of which read a 74k-word
dictionary, and a normalizer that reads its rules with joblib; ftfy's imports its fixers, codecs
and wcwidth (two thirds of ``import ftfy``), where every article's text check reads one function,
``ftfy.badness.is_bad``, and only a mis-decoded text needs the fixers. A module registered here is the real
module object, unexecuted: its submodules import as usual, and its code runs at the first read of a
name only that code defines, so nothing changes for a caller who uses it. Nothing is deferred in a
process that imported the package before.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from importlib.machinery import ModuleSpec
from os.path import join

_PROBES = frozenset({"__path__", "__wrapped__"})  # read to ask what a module is, not to use it


class DeferredModule(types.ModuleType):
    """A module whose code runs at the first read of a name it does not hold yet."""

    def __getattr__(self, name: str):
        if name in _PROBES:
            raise AttributeError(name)
        return getattr(load(self), name)


def load(module: types.ModuleType) -> types.ModuleType:
    """Run a deferred module's code now (once)."""
    if isinstance(module, DeferredModule):
        module.__class__ = types.ModuleType
        module.__spec__.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _deferred(spec: ModuleSpec) -> types.ModuleType:
    module = importlib.util.module_from_spec(spec)
    module.__class__ = DeferredModule
    sys.modules[spec.name] = module
    return module


def defer_package(name: str) -> types.ModuleType | None:
    """Register top-level package ``name`` unexecuted; None if it is imported already or missing."""
    if name in sys.modules:
        return None
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        return None
    return _deferred(spec)


def ftfy_is_bad():
    """``ftfy.badness.is_bad``, ftfy's package registered unexecuted first (when it is not imported
    yet): its ``__init__`` runs at the first read of another of its names (``ftfy.fix_encoding``)."""
    defer_package("ftfy")
    from ftfy.badness import is_bad

    return is_bad


class _SpacyCliInfo(DeferredModule):
    """``spacy.cli.info`` deferred. spaCy's ``__init__`` reads its ``info`` while spaCy is being
    imported: it gets a function that runs the real module on its first call, and ``spacy.cli`` is
    bound on the package then (the import system binds a submodule on its package only when it loads
    it, and :func:`defer_spacy_cli` registered it before)."""

    def __getattr__(self, name: str):
        if name != "info":
            return super().__getattr__(name)
        spacy, cli = sys.modules.get("spacy"), sys.modules.get("spacy.cli")
        if spacy is not None and cli is not None and "cli" not in vars(spacy):
            spacy.cli = cli  # type: ignore[attr-defined]
        module = self

        def info(*args, **kwargs):
            return load(module).info(*args, **kwargs)

        self.info = info
        return info


def defer_spacy_cli() -> None:
    """Before spaCy is imported: its ``cli`` package and ``cli.info`` module registered unexecuted."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    root = join(spec.submodule_search_locations[0], "cli")
    _deferred(importlib.util.spec_from_file_location(  # type: ignore[arg-type]
        "spacy.cli", join(root, "__init__.py"), submodule_search_locations=[root]))
    info = _deferred(importlib.util.spec_from_file_location("spacy.cli.info", join(root, "info.py")))  # type: ignore[arg-type]
    info.__class__ = _SpacyCliInfo
