"""Task pattern family of an appeal or a request to a list of parties whose items include a noun that is
also a verb ("tổ chức"): "kêu gọi mọi đơn vị, tổ chức, các hợp tác xã ... góp sức ..." takes the whole list as
the assignee, the verb phrase after it as the action, and an exhortation's "hãy" before the action stays out of
it. Near-misses: "tổ chức" with no further item after it opens the action; a list that is the object of a verb
of the speaker's own ("kiểm tra các cơ sở, tổ chức, ...") assigns nothing; a slogan with no addressee
("Hãy chung tay vì ...") none either."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Ủy ban MTTQ tỉnh Hòa Bình tha thiết kêu gọi mọi đơn vị, tổ chức, các hợp tác xã, các nhà hảo tâm gần xa "
     "góp sức dựng lại lớp học cho vùng lũ.",
     "mọi đơn vị, tổ chức, các hợp tác xã, các nhà hảo tâm gần xa", "góp sức dựng lại lớp học cho vùng lũ"),
    ("Ban vận động cứu trợ huyện đề nghị các trường học, tổ chức, các cửa hàng, cá nhân góp gạo cho những xóm "
     "mất mùa vì mưa đá.",
     "các trường học, tổ chức, các cửa hàng, cá nhân", "góp gạo cho những xóm mất mùa vì mưa đá"),
    ("Bộ trưởng đề nghị các sở, ngành, tổ chức, đoàn thể giải thích rõ điểm mới của chính sách tiền lương.",
     "các sở, ngành, tổ chức, đoàn thể", "giải thích rõ điểm mới của chính sách tiền lương"),
    ("Ban chỉ đạo đề nghị các xã, tổ chức, doanh nghiệp hãy góp một tay xây nhà cho người già neo đơn.",
     "các xã, tổ chức, doanh nghiệp", "góp một tay xây nhà cho người già neo đơn"),
    ("Hội Chữ thập đỏ huyện kêu gọi các bệnh viện, tổ chức, các doanh nhân, kiều bào ở xa… hãy gửi sách vở, "
     "áo ấm cho học sinh miền núi.",
     "các bệnh viện, tổ chức, các doanh nhân, kiều bào ở xa", "gửi sách vở, áo ấm cho học sinh miền núi"),
    ("Chủ tịch xã kêu gọi bà con hãy cảnh giác với các thủ đoạn lừa đảo qua mạng.",
     "bà con", "cảnh giác với các thủ đoạn lừa đảo qua mạng"),
])
def test_a_list_of_parties_is_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# an item saying what the party does ("đang sinh sống ...") before the appeal's "hãy": the list runs up to "hãy"
@pytest.mark.parametrize("text, assignee, action", [
    ("Ủy ban MTTQ huyện tha thiết kêu gọi các trường học, tổ chức, các hợp tác xã, con em quê hương đang lập "
     "nghiệp ở phương xa hãy chung sức dựng lại cầu treo cho bản.",
     "các trường học, tổ chức, các hợp tác xã, con em quê hương đang lập nghiệp ở phương xa",
     "chung sức dựng lại cầu treo cho bản"),
    ("Hội Chữ thập đỏ huyện kêu gọi các bệnh viện, tổ chức, các doanh nhân, kiều bào đang làm việc ở Việt Nam… "
     "hãy dành một phần thu nhập cho học sinh miền núi.",
     "các bệnh viện, tổ chức, các doanh nhân, kiều bào đang làm việc ở Việt Nam",
     "dành một phần thu nhập cho học sinh miền núi"),
    ("Hội kêu gọi các cơ quan, doanh nghiệp, bà con đang ở trọ quanh khu công nghiệp hãy ủng hộ quỹ khuyến học.",
     "các cơ quan, doanh nghiệp, bà con đang ở trọ quanh khu công nghiệp", "ủng hộ quỹ khuyến học"),
    ("Ủy ban MTTQ huyện kêu gọi các trường học, tổ chức, các hợp tác xã, các mạnh thường quân ở trong và ngoài "
     "huyện, người nước ngoài đang học tập, công tác ở Việt Nam… hãy chung sức dựng lại cầu treo cho bản.",
     "các trường học, tổ chức, các hợp tác xã, các mạnh thường quân ở trong và ngoài huyện, người nước ngoài "
     "đang học tập, công tác ở Việt Nam", "chung sức dựng lại cầu treo cho bản"),
    ("Chủ tịch UBND phường đề nghị các hộ kinh doanh, tiểu thương, người bán hàng rong đang buôn bán trên vỉa "
     "hè hãy chấp hành quy định về trật tự đô thị.",
     "các hộ kinh doanh, tiểu thương, người bán hàng rong đang buôn bán trên vỉa hè",
     "chấp hành quy định về trật tự đô thị"),
])
def test_an_appeal_list_ends_at_hay(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Đoàn kiểm tra đề nghị phạt các quán, tổ chức, hộ nào còn lấn chiếm; hãy công khai kết quả.",
    "Hãy chung tay vì những em nhỏ vùng cao, các cơ quan, doanh nghiệp hãy cùng góp sức.",
])
def test_a_hay_past_the_clause_or_with_no_appeal_ends_no_list(run, text):
    assert not run(text)


@pytest.mark.parametrize("text, assignee, action", [
    ("Phó Thủ tướng Lê Văn Khôi giao Bộ Tài chính, UBND cấp tỉnh tổ chức, phổ biến thông tư mới tới từng hộ kinh doanh.",
     "UBND cấp tỉnh", "tổ chức, phổ biến thông tư mới tới từng hộ kinh doanh"),
    ("Chủ tịch tỉnh yêu cầu các sở, ngành, tổ chức ngay lớp huấn luyện cho người làm thống kê ở xã.",
     "các sở, ngành", "tổ chức ngay lớp huấn luyện cho người làm thống kê ở xã"),
    ("Bộ trưởng chỉ đạo các cục, vụ tổ chức sơ kết, rút kinh nghiệm sau đợt diễn tập.",
     "các cục, vụ", "tổ chức sơ kết, rút kinh nghiệm sau đợt diễn tập"),
])
def test_a_verb_with_no_item_after_it_opens_the_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Công an tỉnh đã rà lại hồ sơ các nhà hàng, tổ chức, cá nhân có lò sấy gỗ trong khu dân cư.",
    "Hãy chung tay vì những em nhỏ mồ côi, vì một cái Tết đủ đầy ở bản xa.",
    "Bà Lan mong các con hãy thương yêu nhau như hồi còn nhỏ.",
    "Đoàn công tác đã đến thăm các trạm y tế, tổ chức, hộ gia đình bị sạt lở đất vào tuần trước.",
])
def test_no_addressee_no_task(run, text):
    assert not run(text)
