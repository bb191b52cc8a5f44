"""Bodies: a football federation's committee printed before the federation's acronym ("Ban Kỷ luật VFF") is one
body, named with the federation spelled out; neither the bare committee nor the federation is listed for it."""

from __future__ import annotations

import pytest

from conftest import body_names

VFF = "Liên đoàn Bóng đá Việt Nam"
FIFA = "Liên đoàn Bóng đá Quốc tế"


@pytest.mark.parametrize("text, body", [
    ("Ban Kỷ luật VFF phạt tiền câu lạc bộ vì cổ động viên đốt pháo.", f"Ban Kỷ luật {VFF}"),
    ("Sau cuộc họp, Hội đồng Kỷ luật VFF giữ nguyên án treo giò.", f"Hội đồng Kỷ luật {VFF}"),
    ("Ủy ban Trọng tài FIFA gửi thư mời hai trọng tài Việt Nam.", f"Ủy ban Trọng tài {FIFA}"),
    ("Trưởng Ban Trọng tài VFF thừa nhận tổ trọng tài đã sai.", f"Ban Trọng tài {VFF}"),
    ("Hồ sơ được chuyển lên Ban Trọng tài của VFF để xem xét.", f"Ban Trọng tài {VFF}"),
])
def test_a_federation_committee_is_one_body(text: str, body: str) -> None:
    assert body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Ban Kỷ luật, VFF và các câu lạc bộ cùng ngồi lại.",  # listed apart
    "Ban Kỷ luật đã họp. VFF chưa công bố kết quả.",  # another sentence
    "Ban Kỷ luật và VFF thống nhất mức phạt.",
])
def test_a_committee_apart_from_the_federation_is_not_joined(text: str) -> None:
    assert VFF in body_names(text)
    assert all(not n.startswith("Ban Kỷ luật Liên đoàn") for n in body_names(text))


def test_the_federation_alone_elsewhere_keeps_its_mention() -> None:
    text = "Ban Kỷ luật VFF họp khẩn. Chiều cùng ngày, VFF công bố quyết định."
    assert body_names(text) == [f"Ban Kỷ luật {VFF}", VFF]
