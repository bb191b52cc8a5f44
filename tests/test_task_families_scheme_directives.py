"""Task family of a directive to other defendants, accomplices or subordinates printed by their role only,
as crime news tells a scheme ("bà B chỉ đạo các bị cáo khác đưa hối lộ", "C chỉ đạo đồng phạm tháo biển số
..."): these role nouns (``cue_agent`` rows "bị cáo", "đồng phạm", "thuộc cấp") are assignees as the object
of any directive cue, never as a subject. "nhân viên" is none: the tagger reads its qualifier ("kế toán",
"giao hàng") as a verb, which would cut the assignee and open the action with it.

Near misses: the same nouns as a subject or an object of any other verb, in ordinary news of other topics
(business, sport, weather, crime reports, a favour asked with "nhờ" of a role, never of a person named)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Trong đường dây, Lò Văn Khai yêu cầu các đồng phạm chuyển tiền qua tài khoản của người thân.",
     "các đồng phạm", "chuyển tiền qua tài khoản của người thân"),
    ("Đối với tội đưa hối lộ, ông Vũ Đức Hòa chỉ đạo các bị cáo khác chuyển tiền cho doanh nghiệp.",
     "các bị cáo khác", "chuyển tiền cho doanh nghiệp"),
    ("Ông Hồ Văn Tâm chỉ đạo đồng phạm tháo biển số xe.", "đồng phạm", "tháo biển số xe"),
    ("Bà Triệu Thị Yến chỉ đạo thuộc cấp sửa lại hồ sơ dự thầu.", "thuộc cấp", "sửa lại hồ sơ dự thầu"),
])
def test_a_role_directed_in_a_scheme_is_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Công ty Minh Phát cho biết nhân viên được nghỉ ba ngày dịp Tết.",
    "Ông Quang kể nhân viên cửa hàng đã giúp ông tìm lại chiếc ví.",
    "Đội bóng Sông Lam có nhân viên y tế túc trực bên sân suốt trận.",
    "Bão số 3 khiến nhiều nhân viên điện lực phải làm việc xuyên đêm.",
    "Bị cáo Lê Văn Toàn khai nhận đã đưa tiền cho đồng phạm.",
    "Tại tòa, bị cáo Trần Văn Bình thừa nhận hành vi như cáo trạng nêu.",
    "Ngân hàng Đông Á đào tạo nhân viên giao dịch về quy trình mới.",
    "Giám đốc Nguyễn Văn Tú cảm ơn nhân viên đã hoàn thành kế hoạch năm.",
    "Ông Lâm nhờ nhân viên giữ hộ chiếc xe đạp.",
])
def test_no_directive_to_a_role_elsewhere(run, text):
    assert run(text) == [], pairs(run(text))


@pytest.mark.parametrize("text", [
    "Luật sư đề nghị bị cáo được hưởng án treo vì có nhiều tình tiết giảm nhẹ.",
    "Ông Hải khẳng định không chỉ đạo thuộc cấp sửa hồ sơ dự thầu.",
    "Bị cáo đề nghị hội đồng xét xử xem xét hoàn cảnh gia đình.",
])
def test_no_directive_in_a_plea_or_a_denial(run, text):
    assert not [a for a, _ in pairs(run(text)) if a in ("bị cáo", "thuộc cấp", "đồng phạm")], pairs(run(text))
