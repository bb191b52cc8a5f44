"""A legal form ends no firm's name: a head printed right after "Công ty cổ phần", "Công ty CP" or "Công ty TNHH"
opens the firm's own name ("Công ty cổ phần [Tập đoàn Đông Lâm]", "Công ty cổ phần [Bệnh viện đa khoa X]") and
names no body of its own; a head after a comma or "và", or after a head with no legal form, is another body; so is a head after the legal form and a space other than a plain one (a non-breaking space, a
tab), which the firm's head is not read across (extract/bodies/proper.py; constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body, inner", [
    ("Ông Lê Văn An là chủ tịch Công ty cổ phần Tập đoàn Đông Lâm.", "Công ty cổ phần Tập đoàn Đông Lâm",
     "Tập đoàn Đông Lâm"),
    ("Công ty cổ phần Bệnh viện đa khoa Hòa Thuận đã nộp tiền sử dụng đất, bà Trần Thị Mai cho biết.",
     "Công ty cổ phần Bệnh viện đa khoa Hòa Thuận", "Bệnh viện đa khoa Hòa Thuận"),
    ("Dự án do liên danh Công ty cổ phần Tập đoàn đầu tư xây dựng Nam Phong HPX và Công ty cổ phần Tập đoàn Bắc "
     "Lâm thi công.", "Công ty cổ phần Tập đoàn Bắc Lâm", "Tập đoàn Bắc Lâm"),
    ("Ông Võ Văn Ba, Giám đốc Công ty cổ phần Bệnh viện Tâm Phúc, cho biết sẽ mở thêm khoa.",
     "Công ty cổ phần Bệnh viện Tâm Phúc", "Bệnh viện Tâm Phúc"),
])
def test_a_head_after_a_legal_form_opens_the_firms_own_name(text, body, inner):
    names = tagged_body_names(text)
    assert body in names and inner not in names


@pytest.mark.parametrize("text, bodies", [
    ("Công ty cổ phần Minh Long và Tập đoàn Hòa Bình ký hợp tác, ông Lê Văn Hải cho biết.",
     ["Công ty cổ phần Minh Long", "Tập đoàn Hòa Bình"]),
    ("Bệnh viện Đa khoa tỉnh Bình Dương tiếp nhận 20 công nhân của Công ty cổ phần Minh Phát, bác sĩ Trần Văn Nam "
     "cho biết.", ["Bệnh viện Đa khoa tỉnh Bình Dương", "Công ty cổ phần Minh Phát"]),
    ("Câu lạc bộ Hà Nội và Công ty cổ phần Thể thao Minh Long ký hợp đồng với cầu thủ Lê Văn Sơn.",
     ["Công ty cổ phần Thể thao Minh Long"]),
    # a lower-case legal form is no head: the group after it is named
    ("Các công ty cổ phần Tập đoàn Dầu khí Việt Nam nắm vốn đều báo lãi, ông Lê Văn An cho biết.",
     ["Tập đoàn Dầu khí Quốc gia Việt Nam"]),
    ("Ông Phạm Văn Hòa, Tổng giám đốc Tập đoàn Hòa Phát, cho biết giá thép tăng.", ["Tập đoàn Hòa Phát"]),
])
def test_near_misses_name_other_bodies(text, bodies):
    names = tagged_body_names(text)
    assert all(b in names for b in bodies)
    assert not any(n.startswith("Công ty cổ phần Tập đoàn") for n in names)


@pytest.mark.parametrize("space", ["\u00a0", "\t"])
@pytest.mark.parametrize("form, inner", [
    ("Công ty TNHH", "Tập đoàn Đông Lâm"),
    ("Công ty cổ phần", "Bệnh viện Tâm Phúc"),
])
def test_a_head_after_another_space_keeps_its_body(extractor, space, form, inner):
    # the firm's head is read only across a plain space: after another, the inner head names its body itself
    from nqextract.models import CleanArticle

    text = f"{form}{space}{inner} ký hợp đồng với ông Lê Văn Hải."
    assert inner in tagged_body_names(text)
    art = extractor.extract_clean(CleanArticle(source="test", text=text, published=None))
    assert inner in [b.name for b in art.bodies]
