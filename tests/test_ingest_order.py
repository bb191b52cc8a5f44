"""The order articles are handed to worker processes in: longest first, failed inputs last, ties in input order."""

import pytest

from nqextract.ingest import longest_first, longest_first_in_chunks
from nqextract.models import IngestError, RawArticle


def raw(name: str, size: int, html: bool = False) -> RawArticle:
    return RawArticle(source=name, **({"html": "x" * size} if html else {"text": "x" * size}))


def failed(name: str) -> IngestError:
    return IngestError(source=name, stage="read", error="ValueError", message="bad")


def names(items) -> list[str]:
    return [item.source for item in items]


def test_longest_first_keeps_input_order_on_ties_and_puts_failed_inputs_last():
    items = [raw("a", 3), failed("e"), raw("b", 9), raw("c", 3), raw("d", 9, html=True)]
    assert names(longest_first(items)) == ["b", "d", "a", "c", "e"]


@pytest.mark.parametrize("size", [1, 2, 3, 10])
def test_chunks_sort_within_each_chunk_and_keep_every_input(size):
    items = [raw(f"s{i}", n) for i, n in enumerate([3, 9, 1, 9, 5, 2, 7])]
    out = names(longest_first_in_chunks(iter(items), size))
    expected = []
    for start in range(0, len(items), size):
        expected += names(longest_first(items[start:start + size]))
    assert out == expected and sorted(out) == sorted(names(items))


def test_inputs_read_before_a_read_failure_are_handed_out_before_it_is_raised():
    def reading():
        yield raw("a", 1)
        yield raw("b", 5)
        yield raw("c", 2)
        raise OSError("gone")

    got = []
    with pytest.raises(OSError):
        for item in longest_first_in_chunks(reading(), 2):
            got.append(item.source)
    assert got == ["b", "a", "c"]
