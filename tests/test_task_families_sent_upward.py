"""Task pattern family of a request sent up to a higher body, on constructed sentences with several
variants: "<sender> gửi văn bản / đơn (kiến nghị) lên <body> (,) đề nghị <action>" makes that body the
assignee of a request naming none, as "gửi ... tới / đến / cho" does; a comma may close the addressee
right before the cue. A clause after the comma ("..., sau đó đề nghị", "..., đồng thời yêu cầu") ends
the addressee: no task; an addressee that is no agent ("lên mạng") gives none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Vừa qua, UBND xã Hòa Phú đã gửi văn bản lên UBND huyện Hòa Vang, đề nghị chỉ đạo xử lý kịp thời "
     "nhằm đảm bảo cuộc sống cho người dân.",
     "Ủy ban nhân dân huyện Hòa Vang", "chỉ đạo xử lý kịp thời nhằm đảm bảo cuộc sống cho người dân"),
    ("Sau đó, ông Nguyễn Văn Đính đã gửi đơn kiến nghị lên UBND TP Huế đề nghị giải thích rõ lý do vì sao "
     "không cấp sổ đỏ.",
     "Ủy ban nhân dân thành phố Huế", "giải thích rõ lý do vì sao không cấp sổ đỏ"),
    ("Ông Trần Văn Bình đã gửi đơn lên Sở Y tế tỉnh Quảng Nam đề nghị kiểm tra lại việc cấp phép.",
     "Sở Y tế tỉnh Quảng Nam", "kiểm tra lại việc cấp phép"),
    ("UBND huyện Đông Anh đã có văn bản gửi lên UBND TP Hà Nội, đề nghị xem xét điều chỉnh quy hoạch.",
     "Ủy ban nhân dân thành phố Hà Nội", "xem xét điều chỉnh quy hoạch"),
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an, Bộ Quốc phòng, đề nghị phối hợp rà soát hồ sơ cán bộ.",
     "Bộ Quốc phòng", "phối hợp rà soát hồ sơ cán bộ"),
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an, đề nghị phối hợp rà soát hồ sơ cán bộ.",
     "Bộ Công an", "phối hợp rà soát hồ sơ cán bộ"),
])
def test_request_sent_up(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Đính đã gửi đơn lên UBND TP Huế, sau đó đề nghị giải thích rõ lý do.",
    "UBND xã Hòa Phú đã gửi văn bản lên UBND huyện Hòa Vang, đồng thời yêu cầu các thôn tăng cường kiểm tra.",
    "Anh Nguyễn Văn Tuấn đăng bài lên mạng, đề nghị mọi người chia sẻ.",
    "Ông Nguyễn Văn Đính gửi đơn lên UBND TP Huế và cho rằng việc cấp sổ đỏ là sai.",
])
def test_no_addressee_task(run, text):
    tasks = run(text)
    assert not any(t.assignee.startswith(("UBND", "Ủy ban", "mạng")) for t in tasks), pairs(tasks)
