"""The data-file loader, kept under this name for the extraction components (it lives in
:mod:`nqextract.resources`, which the clean stage uses too)."""

from ..resources import RulesDir, load_json, load_lines, load_tsv, parse_lines, parse_tsv, read_text

__all__ = ["RulesDir", "load_json", "load_lines", "load_tsv", "parse_lines", "parse_tsv", "read_text"]
