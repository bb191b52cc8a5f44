"""The data-file loader, kept under this name for the extraction components (it lives in
:mod:`nqextract.resources`, which the clean stage uses too)."""

from ..resources import load_json, load_lines, load_tsv, read_text, set_rules_dir

__all__ = ["load_json", "load_lines", "load_tsv", "read_text", "set_rules_dir"]
