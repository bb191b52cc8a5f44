"""A foreign person's relatives named in full by the family name of a full name found, a kin noun before them
(constructed sentences, invented names): "Vợ ông, Margaret Dunmore" beside "Paul Dunmore" names her; so do a son
in an appositive, a first lady in brackets, children listed after "người con ... là". The bare "ông Dunmore"
goes to the person of his sex printed first before it (the family's principal), never to a person of its own. A brand, a product, a
programme, a bill, a report, a coin or a plant printed with the family name and a lower-case noun before it,
a longer capitalized run, the family word first, or a given name Vietnamese spells name no one."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "expected"), [
    ("Thống đốc Paul Dunmore thua cuộc ở bang Nevada. Vợ ông, Margaret Dunmore, không bình luận gì thêm.",
     {"Paul Dunmore", "Margaret Dunmore"}),
    ("Thượng nghị sĩ Anna Kelbrook cho biết con trai bà, Lucas Kelbrook, sẽ điều hành chiến dịch ở Ohio.",
     {"Anna Kelbrook", "Lucas Kelbrook"}),
    ("Tổng thống Gerald Ostrow đến dự buổi khai mạc cùng đệ nhất phu nhân (Helen Ostrow) vào chiều thứ bảy.",
     {"Gerald Ostrow", "Helen Ostrow"}),
    ("Ông Warren Pelling để lại quỹ cho các người con của mình là Daisy Pelling, Oscar Pelling và "
     "Felix Pelling.", {"Warren Pelling", "Daisy Pelling", "Oscar Pelling", "Felix Pelling"}),
])
def test_relatives_named_by_the_family_name(pipeline, text, expected):
    names = person_names(pipeline, text)
    assert expected <= names
    assert not {n for n in names if " " not in n} & {n.split()[-1] for n in expected}


@pytest.mark.parametrize(("text", "owner", "other"), [
    # "ông" is the husband, the one man
    ("Bà Linda Farrow được đề cử làm bộ trưởng. Chồng bà, Victor Farrow, là doanh nhân. Ông Farrow nói rằng "
     "gia đình ủng hộ bà.", "Victor Farrow", "Linda Farrow"),
    # "ông" is the candidate, not his wife
    ("Thống đốc Paul Dunmore thua cuộc. Vợ ông, Margaret Dunmore, không bình luận. Ông Dunmore chúc mừng đối thủ.",
     "Paul Dunmore", "Margaret Dunmore"),
    # "bà" is the first lady, not the president
    ("Tổng thống Gerald Ostrow đến cùng đệ nhất phu nhân (Helen Ostrow). Bà Ostrow tặng hoa cho các em nhỏ.",
     "Helen Ostrow", "Gerald Ostrow"),
    # "ông" after children of unknown sex: the father, printed first
    ("Ông Harold Quince và con trai Eric Quince dự lễ. Ông Quince phát biểu cảm ơn.", "Harold Quince", "Eric Quince"),
    ("Tỷ phú Walter Grange cho biết các người con của ông là Emma Grange và Louis Grange sẽ điều hành quỹ. "
     "Ông Grange năm nay 90 tuổi.", "Walter Grange", "Louis Grange"),
])
def test_bare_family_name_goes_to_the_person_of_its_sex(pipeline, text, owner, other):
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    persons = {p.name: p for p in doc._.persons}
    assert {owner, other} <= set(persons)
    bare = owner.split()[-1]
    assert bare not in persons
    assert any(m.text.endswith(bare) and len(m.text.split()) <= 2 for m in persons[owner].mentions)
    assert not any(m.text.split()[-1:] == [bare] and len(m.text.split()) <= 2 and m.text.split()[0] != other.split()[0]
                   for m in persons[other].mentions)


@pytest.mark.parametrize(("text", "absent"), [
    ("Kỹ sư Karl Wendler trình bày thiết kế. Mẫu xe Rapid Wendler được giới thiệu tại triển lãm.",
     {"Rapid Wendler"}),
    ("Ông Tim Gorsky phát biểu. Hãng Nova Gorsky vừa ra mắt điện thoại mới.", {"Nova Gorsky"}),
    ("Bà Carla Mendes có mặt. Sản phẩm Baby Mendes bị thu hồi.", {"Baby Mendes"}),
    ("Tổng thống Donald Varrick ký lệnh. Chương trình Gold Varrick thu hút nhiều nhà đầu tư.", {"Gold Varrick"}),
    ("Tổng thống Donald Varrick ký lệnh. Đồng tiền điện tử Official Varrick tăng giá.", {"Official Varrick"}),
    ("Tổng thống Joseph Brandt phát biểu. Dự luật Protect Brandt được thông qua.", {"Protect Brandt"}),
    ("Ngoại trưởng Tony Brisco đến Hà Nội. Báo cáo Country Brisco được công bố sáng nay.", {"Country Brisco"}),
    ("Bộ trưởng Pete Hallam chỉ đạo. Chiến dịch Epic Hallam kéo dài ba tháng.", {"Epic Hallam"}),
    ("Tổng thống Emil Marchand khai mạc. Triển lãm Palais Marchand mở cửa đến tháng sau.", {"Palais Marchand"}),
    ("Tổng thống Alek Voronets thăm. Nhà máy Belaz Voronets sản xuất xe tải.", {"Belaz Voronets"}),
    ("Tỷ phú Warren Pelling cho biết quỹ Stella Pelling sẽ nhận cổ phiếu.", {"Stella Pelling"}),
    # a longer capitalized run, the family word first, a Vietnamese given name
    ("Tỷ phú Warren Pelling cho biết vợ ông lập Quỹ Susan Pelling Foundation.", {"Susan Pelling",
                                                                               "Susan Pelling Foundation"}),
    ("Tỷ phú Warren Pelling cho biết công ty Pelling Capital sẽ mở rộng.", {"Pelling Capital"}),
    ("Tỷ phú Warren Pelling đến thăm cửa hàng Kim Pelling ở trung tâm.", {"Kim Pelling"}),
    # a variant of the same person's name, no kin noun before it
    ("Tổng thống Joe Brandt phát biểu tại Nhà Trắng; sau đó Joseph Brandt ký sắc lệnh mới.", {"Joseph Brandt"}),
])
def test_no_relative_outside_the_form(pipeline, text, absent):
    assert not person_names(pipeline, text) & absent
