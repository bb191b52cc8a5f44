"""The attribute names a CRFsuite model file holds (the feature strings it has weights for).

A CRF tagger ignores a feature string its model does not know; underthesea's models know about half of
the strings their templates build per token. :func:`attributes` reads a model's attribute dictionary
(a CQDB block of the CRFsuite file) so that the featurizer can hand the tagger one short placeholder
instead of each unknown string: the same tags, less to convert and look up per token.

Every process that extracts reads the three models' 84,000 names at start-up: where the records lie one
after the other in the file, as CRFsuite writes them, their names are cut out of it in one pass of
numpy (:func:`_names_in_order`), three times faster than one slice per record, and read the same.
"""

from __future__ import annotations

import struct

import numpy

_MAGIC = b"lCRF"
_CQDB = b"CQDB"
_ATTRS_OFFSET = 36  # the header's offset of the attribute block (after magic, size, type, version, counts)


def attributes(path: str) -> frozenset[str] | None:
    """Every attribute name of the CRFsuite model at ``path``; None for a file not in that format."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if data[:4] != _MAGIC:
            return None
        (off,) = struct.unpack_from("<I", data, _ATTRS_OFFSET)
        if data[off:off + 4] != _CQDB:
            return None
        count, backward = struct.unpack_from("<II", data, off + 16)  # the id -> record offset table
        names = _names_in_order(data, off, backward, count)
        if names is None:
            offsets = struct.unpack_from(f"<{count}I", data, off + backward)
            # a record: id (4 bytes), key size with its NUL (4 bytes), the key, NUL
            keys = [data[off + o + 8:off + o + 7 + int.from_bytes(data[off + o + 4:off + o + 8], "little")]
                    for o in offsets]
            names = b"\0".join(keys).decode("utf-8").split("\0")
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    return frozenset(names) if len(names) == count else None


def _names_in_order(data: bytes, off: int, backward: int, count: int) -> list[str] | None:
    """The keys of the CQDB block at ``off``, when its records lie in the order of their offsets, none
    overlapping another, each key ended by its NUL: the bytes of every key and its NUL kept at once
    (a mask over the block), decoded and split. None for any other layout (read record by record)."""
    if count == 0 or off + backward + 4 * count > len(data):
        return None
    buf = numpy.frombuffer(data, dtype=numpy.uint8)
    records = numpy.frombuffer(data, dtype="<u4", count=count, offset=off + backward).astype(numpy.int64) + off
    sizes = numpy.zeros(count, dtype=numpy.int64)  # each record's key size, NUL included (little-endian u32)
    if int(records.max()) + 8 > len(data):
        return None
    for k in range(4):
        sizes |= buf[records + 4 + k].astype(numpy.int64) << (8 * k)
    starts = records + 8
    ends = starts + sizes
    if (sizes < 1).any() or (numpy.diff(starts) <= 0).any() or (ends[:-1] > starts[1:]).any() \
            or int(ends[-1]) > len(data) or buf[ends - 1].any():
        return None
    base, top = int(starts[0]), int(ends[-1])
    edges = numpy.zeros(top - base + 1, dtype=numpy.int8)  # +1 where a key starts, -1 after its NUL
    edges[starts - base] = 1
    edges[ends - base] -= 1
    keep = numpy.cumsum(edges[:-1], dtype=numpy.int8).astype(bool)
    names = buf[base:top][keep].tobytes().decode("utf-8").split("\0")
    names.pop()  # after the last NUL
    return names
