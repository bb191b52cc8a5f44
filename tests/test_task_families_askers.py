"""Task pattern family of the asker the speaker finder read wrong, on constructed sentences with several
variants: a word inside a document's name is no asker,
the document is ("Luật Giao thông đường bộ yêu cầu ..."); an agent word inside a name the bodies stage
does not read is no asker, the name as printed is ("Đoàn kiểm tra liên ngành đã yêu cầu ..."). Which
tasks are found never changes, only their asker; the near-misses name a person or a body and keep theirs."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def askers(tasks):
    return {(t.assigner, t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, asker, assignee, action", [
    # a document printed as the subject asks whole
    ("Luật Giao thông đường bộ yêu cầu người dân tuân thủ tốc độ tối đa.",
     "Luật Giao thông đường bộ", "người dân", "tuân thủ tốc độ tối đa"),
    ("Luật Tổ chức Chính phủ yêu cầu các bộ rà soát chức năng.",
     "Luật Tổ chức Chính phủ", "các bộ", "rà soát chức năng"),
    ("Nghị định 100/2019/NĐ-CP yêu cầu các cơ sở kinh doanh niêm yết giá.",
     "Nghị định 100/2019/NĐ-CP", "các cơ sở", "kinh doanh niêm yết giá"),
    ("Dự thảo Luật Đất đai yêu cầu các địa phương rà soát quỹ đất.",
     "Dự thảo Luật Đất đai", "các địa phương", "rà soát quỹ đất"),
    # a name the bodies stage does not read asks as printed
    ("Đoàn kiểm tra liên ngành đã yêu cầu các cơ sở tạm dừng hoạt động.",
     "Đoàn kiểm tra liên ngành", "các cơ sở", "tạm dừng hoạt động"),
    ("Đoàn kiểm tra liên ngành tỉnh Lào Cai đã yêu cầu các cơ sở tạm dừng hoạt động.",
     "Đoàn kiểm tra liên ngành tỉnh Lào Cai", "các cơ sở", "tạm dừng hoạt động"),
    ("Sở Thông tin và Truyền thông yêu cầu các doanh nghiệp gỡ bỏ nội dung sai phạm.",
     "Sở Thông tin và Truyền thông", "các doanh nghiệp", "gỡ bỏ nội dung sai phạm"),
    ("Sở Tài nguyên và Môi trường yêu cầu các doanh nghiệp báo cáo tình hình.",
     "Sở Tài nguyên và Môi trường", "các doanh nghiệp", "báo cáo tình hình"),
    ("Công an huyện yêu cầu các hộ kinh doanh cam kết không tái phạm.",
     "Công an huyện", "các hộ", "kinh doanh cam kết không tái phạm"),
])
def test_the_document_or_the_name_as_printed_asks(run, text, asker, assignee, action):
    assert (asker, assignee, action) in askers(run(text))


@pytest.mark.parametrize("text, asker, assignee", [
    # a warning about a scheme in another clause, after the cue, or a planning verb: the named asker stands
    ("Công an tỉnh Bình Định cảnh báo thủ đoạn giả danh ngân hàng, đồng thời yêu cầu các ngân hàng thương mại "
     "tăng cường xác thực.", "Công an tỉnh Bình Định", "các ngân hàng thương mại"),
    ("Bộ Công an yêu cầu các đơn vị xử lý nghiêm các đối tượng giả danh cán bộ.", "Bộ Công an", "các đơn vị"),
    ("Ngân hàng Nhà nước yêu cầu các ngân hàng thương mại cảnh báo khách hàng về thủ đoạn mạo danh.",
     "Ngân hàng Nhà nước Việt Nam", "các ngân hàng thương mại"),
    ("Thủ tướng giả định tình huống xấu nhất và yêu cầu các bộ chuẩn bị phương án.", "Thủ tướng", "các bộ"),
    # a lawyer, an issuer after "của", a law in another clause: no document asks
    ("Luật sư Trần Văn Bình đề nghị Hội đồng xét xử xem xét lại chứng cứ.", "Trần Văn Bình", "Hội đồng xét xử"),
    ("Nghị định 100 của Chính phủ yêu cầu các cơ sở kinh doanh niêm yết giá.", "Chính phủ", "các cơ sở"),
    ("Luật Đất đai có hiệu lực, Bộ Tài nguyên và Môi trường yêu cầu các địa phương rà soát quỹ đất.",
     "Bộ Tài nguyên và Môi trường", "các địa phương"),
    ("Quyết định của Ủy ban nhân dân tỉnh Hà Giang yêu cầu các doanh nghiệp báo cáo tình hình.",
     "Ủy ban nhân dân tỉnh Hà Giang", "các doanh nghiệp"),
    # a person, a body the bodies stage reads, a title, a demonstrative: their speaker stands
    ("Bộ trưởng Nguyễn Văn Long yêu cầu các doanh nghiệp báo cáo tình hình.", "Nguyễn Văn Long", "các doanh nghiệp"),
    ("Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Bình yêu cầu các địa phương sơ tán dân.",
     "Ban Chỉ huy phòng chống thiên tai tỉnh Quảng Bình", "các địa phương"),
    ("Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà yêu cầu các bệnh viện tăng cường trực cấp cứu.",
     "Trần Thị Nhị Hà", "các bệnh viện"),
    ("Tòa án nhân dân tỉnh Đồng Nai buộc Công ty Hoàng Phát phải bồi thường cho người lao động.",
     "Tòa án nhân dân tỉnh Đồng Nai", "Công ty Hoàng Phát"),
    ("Bộ này cũng đề nghị các doanh nghiệp báo cáo tình hình.", "Bộ", "các doanh nghiệp"),
])
def test_near_misses_keep_their_asker(run, text, asker, assignee):
    tasks = run(text)
    assert tasks and {(t.assigner, t.assignee) for t in tasks} == {(asker, assignee)}


@pytest.mark.parametrize("text, asker, assignee", [
    ("Sở Giáo dục Đào tạo Hà Nội Ngày 5-6 yêu cầu các trường học báo cáo tình hình.", "Sở Giáo dục Đào tạo Hà Nội",
     "các trường học"),
    ("Đoàn kiểm tra liên ngành Sáng 3-4 đã yêu cầu các cơ sở tạm dừng hoạt động.", "Đoàn kiểm tra liên ngành",
     "các cơ sở"),
])
def test_a_day_printed_after_the_name_ends_it(run, text, asker, assignee):
    assert (asker, assignee) in {(t.assigner, t.assignee) for t in run(text)}
