"""Bodies: a border guard post ("Đồn Biên phòng X"), its name the place or the border gate it guards, printed with
"biên phòng" in either case; the head alone or in lower case ("đồn biên phòng") names no post."""

from __future__ import annotations

from conftest import body_names


def _folded(names: list[str]) -> list[str]:
    return [n.lower() for n in names]


def test_a_post_named_by_its_place() -> None:
    assert body_names("Sau khi kiểm tra, Đồn Biên phòng Hòa Lộc đã huy động người dân.") == [
        "Đồn Biên phòng Hòa Lộc"]
    assert _folded(body_names("Đồn biên phòng Hòa Lộc đã huy động người dân.")) == ["đồn biên phòng hòa lộc"]
    assert body_names("Chiến sĩ Đồn Biên phòng Thanh Thủy (Hà Giang) tuần tra biên giới.") == [
        "Đồn Biên phòng Thanh Thủy"]


def test_a_post_named_by_its_border_gate() -> None:
    assert body_names("Đồn Biên phòng cửa khẩu quốc tế Tân Mỹ phối hợp kiểm tra chiếc xe.") == [
        "Đồn Biên phòng cửa khẩu quốc tế Tân Mỹ"]


def test_the_head_alone_names_no_post() -> None:
    assert body_names("Cán bộ đồn biên phòng đã có mặt.") == []
    assert body_names("Đồn Biên phòng đã có mặt sau 10 phút.") == []
    assert "Đồn Biên phòng" not in " ".join(body_names("Bộ đội Biên phòng tỉnh Quảng Trị tuần tra."))
