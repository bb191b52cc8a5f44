"""The attribute names of a CRFsuite model: read in one pass where the records lie in order, record by
record otherwise, the same names either way."""

from __future__ import annotations

import struct

import pytest

from nqextract import crf
from nqextract.crf_model import _names_in_order, attributes


def _record_by_record(path: str) -> frozenset[str]:
    data = open(path, "rb").read()
    (off,) = struct.unpack_from("<I", data, 36)
    count, backward = struct.unpack_from("<II", data, off + 16)
    names = []
    for o in struct.unpack_from(f"<{count}I", data, off + backward):
        size = int.from_bytes(data[off + o + 4:off + o + 8], "little")
        names.append(data[off + o + 8:off + o + 7 + size].decode("utf-8"))
    return frozenset(names)


@pytest.mark.parametrize("model", [crf.WS_MODEL + "/models.bin", crf.POS_MODEL, crf.NER_MODEL])
def test_the_shipped_models_names_read_in_one_pass_as_record_by_record(model):
    path = crf._model_path(model)
    data = open(path, "rb").read()
    (off,) = struct.unpack_from("<I", data, 36)
    count, backward = struct.unpack_from("<II", data, off + 16)
    assert _names_in_order(data, off, backward, count) is not None  # the fast layout: what CRFsuite writes
    assert attributes(path) == _record_by_record(path)


def _cqdb_file(tmp_path, keys: list[str], order: list[int]) -> str:
    """A minimal CRFsuite file: its header pointing at a CQDB block whose records lie in ``order``."""
    records = b""
    offsets = [0] * len(keys)
    start = 24  # after the CQDB header (magic, size, flag, byte order, count, backward offset)
    for i in order:
        key = keys[i].encode("utf-8") + b"\0"
        offsets[i] = start + len(records)
        records += struct.pack("<II", i, len(key)) + key
    backward = start + len(records)
    block = b"CQDB" + struct.pack("<IIIII", 0, 0, 0, len(keys), backward) + records
    block += struct.pack(f"<{len(keys)}I", *offsets)
    header = b"lCRF" + bytes(32) + struct.pack("<I", 48) + bytes(8)
    path = tmp_path / "model.bin"
    path.write_bytes(header + block)
    return str(path)


KEYS = ["T[0].lower=bộ", "T[-1,0]=Thủ tướng", "T[0].istitle=True", "T[1][1]=Np", "BOS"]


def test_records_in_order_read_in_one_pass(tmp_path):
    path = _cqdb_file(tmp_path, KEYS, list(range(len(KEYS))))
    assert attributes(path) == frozenset(KEYS)


def test_records_in_another_order_read_record_by_record_alike(tmp_path):
    path = _cqdb_file(tmp_path, KEYS, [3, 1, 4, 0, 2])
    data = open(path, "rb").read()
    assert _names_in_order(data, 48, struct.unpack_from("<I", data, 48 + 20)[0], len(KEYS)) is None
    assert attributes(path) == frozenset(KEYS)


def test_a_cut_or_foreign_file_has_no_names(tmp_path):
    path = _cqdb_file(tmp_path, KEYS, list(range(len(KEYS))))
    data = open(path, "rb").read()
    (tmp_path / "cut.bin").write_bytes(data[:-12])
    assert attributes(str(tmp_path / "cut.bin")) is None
    (tmp_path / "other.bin").write_bytes(b"PK\x03\x04" + data[4:])
    assert attributes(str(tmp_path / "other.bin")) is None
