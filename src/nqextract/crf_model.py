"""The attribute names a CRFsuite model file holds (the feature strings it has weights for).

A CRF tagger ignores a feature string its model does not know; underthesea's models know about half of
the strings their templates build per token. :func:`attributes` reads a model's attribute dictionary
(a CQDB block of the CRFsuite file) so that the featurizer can hand the tagger one short placeholder
instead of each unknown string: the same tags, less to convert and look up per token.
"""

from __future__ import annotations

import struct

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
        offsets = struct.unpack_from(f"<{count}I", data, off + backward)
        # a record: id (4 bytes), key size with its NUL (4 bytes), the key, NUL
        keys = [data[off + o + 8:off + o + 7 + int.from_bytes(data[off + o + 4:off + o + 8], "little")]
                for o in offsets]
        names = b"\0".join(keys).decode("utf-8").split("\0")
    except (OSError, struct.error, UnicodeDecodeError):
        return None
    return frozenset(names) if len(names) == count else None
