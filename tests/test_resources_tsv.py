"""A data file's rows read with ``str.split`` are exactly what ``csv.DictReader`` (tabs, no quoting) read."""

from __future__ import annotations

import csv
from importlib import resources as importlib_resources

import pytest

from nqextract.resources import parse_tsv


def _dictreader(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


CASES = [
    "kind\tform\tvalue\nhead\tBộ\t\nhead\t  Sở  \tlocal\n",
    "# a comment\nkind\tform\n\n   \n# another\nlevel\ttỉnh\n",
    "kind\tform\tvalue\nshort\tonly two\nalone\n",  # short rows: the missing fields empty
    "kind\tform\nlong\tx\textra\tmore\n",  # a long row: the extra fields dropped
    "kind\t\tvalue\na\tunnamed column\tv\n",  # a column with no name dropped
    "kind\tform\tkind\na\tb\tc\nd\te\n",  # a name twice: the last field wins, as in a dict
    'kind\tform\nquote\t"Bộ Y tế"\nquote\tthe "Sở" word\n',  # quotes are plain characters
    "kind\tform\r\nwindows\tline\r\n",
    "kind\tform\n",
    "",
    "# only comments\n",
]


@pytest.mark.parametrize("text", CASES)
def test_constructed_texts_read_as_the_csv_module_reads_them(text):
    got = parse_tsv(text)
    assert got == _dictreader(text)
    assert [list(row) for row in got] == [list(row) for row in _dictreader(text)]  # the columns in order too


def test_every_packaged_data_file_reads_as_the_csv_module_reads_it():
    folder = importlib_resources.files("nqextract").joinpath("data")
    files = [f for f in folder.iterdir() if f.name.endswith(".tsv")]
    assert len(files) > 20
    for f in files:
        text = f.read_text(encoding="utf-8")
        got, expected = parse_tsv(text), _dictreader(text)
        assert got == expected, f.name
        assert [list(row) for row in got] == [list(row) for row in expected], f.name
