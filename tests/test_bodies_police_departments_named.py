"""The Ministry of Public Security's departments named at length in lower-case words (bodies.tsv rows, agency) are
named whole, whatever "và", "về" or a comma inside them; the province's unit of the same field ("Phòng ...
Công an tỉnh X") and the ministry printed after them stay bodies of their own (constructed sentences built from the
rows, read with the tagger)."""

import pytest

from conftest import tagged_body_names
from nqextract import resources


def _departments() -> list[str]:
    rows = resources.load_tsv("bodies.tsv")
    # the departments whose name goes on in lower case over "và" or "về"
    return [r["name"] for r in rows if r["name"].startswith(("Cục An ninh", "Cục Cảnh sát"))
            and {"và", "về"} & set(r["name"].split())]


def test_the_rows_are_there():
    assert len(_departments()) >= 6


@pytest.mark.parametrize("frame", [
    "Công an tỉnh Hòa Lâm đã cùng {} (Bộ Công an) triệt phá đường dây.",
    "Theo {}, hồ sơ của người dân sẽ được cập nhật trong tuần tới.",
    "Đại tá Lê Văn Khang, Phó Cục trưởng {}, cho biết đơn vị đã nhận đủ tài liệu.",
])
def test_a_department_is_named_whole(frame):
    for name in _departments():
        assert name in tagged_body_names(frame.format(name)), name


def test_a_department_before_its_ministry():
    # joined with the ministry printed right after it, as a short department is, and the ministry on its own too
    for name in _departments():
        found = tagged_body_names(f"Tổ công tác gặp {name} Bộ Công an sáng thứ hai.")
        assert f"{name} Bộ Công an" in found and "Bộ Công an" in found, name


def test_the_province_unit_of_the_same_field_is_its_own_body():
    for name in _departments():
        unit = "Phòng" + name[len("Cục"):]
        found = tagged_body_names(f"Ông Hà Văn Lộc, Trưởng {unit} Công an tỉnh Hòa Lâm, cho biết đã bắt hai đối tượng.")
        assert name not in found, name
