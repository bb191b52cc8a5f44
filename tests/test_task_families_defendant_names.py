"""Task family of a defendant or a suspect named with the role word before the name ("bị can", "bị cáo",
"nghi phạm", "nghi can"), in the narration of a criminal case: as the subject of a passive assignment
("Bị can Lê Thị B được ông C giao quản lý ...") or as the object of a directive cue ("chỉ đạo bị can Lê Thị
B lập ..."), the role word is dropped as "ông" or "đối tượng" is and the named person is the assignee, as
the ledger gold prints a named person. Two named people joined by "cùng" ("Bị can A cùng B được ông C giao
...") are one task each, as with "và".

Near misses: a role word without a name ("đồng phạm" stays the assignee), a defendant who is
arrested or pleads (no assignment), something handed over rather than a duty ("được ông C giao tiền"), a
companion that is no name ("Ông A cùng các đồng nghiệp", one assignee) or that carries an honorific of
its own (the list stays whole, as with "và").

Around such names: a verb the tagger glued to the name in one word is no part of it ("chỉ đạo Lê Thị B
sửa ..."); "cùng lúc" is "at the same time", no companion; after a comma, "cùng", a name and a verb open the
companion's own clause, which ends the action."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assigner, t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Bị can Lê Thị Hoa được Trần Văn Tú giao theo dõi mọi khoản chi tiêu của công ty.",
     "Trần Văn Tú", "Lê Thị Hoa", "theo dõi mọi khoản chi tiêu của công ty"),
    ("Bị cáo Đinh Văn Long được giao phụ trách kho hàng của công ty.",
     None, "Đinh Văn Long", "phụ trách kho hàng của công ty"),
    ("Cơ quan điều tra yêu cầu bị can Võ Văn Hùng nộp lại số tiền đã chiếm đoạt.",
     "Cơ quan điều tra", "Võ Văn Hùng", "nộp lại số tiền đã chiếm đoạt"),
    ("Nguyễn Văn Tâm chỉ đạo nghi phạm Trần Văn Bình canh gác bên ngoài ngôi nhà.",
     "Nguyễn Văn Tâm", "Trần Văn Bình", "canh gác bên ngoài ngôi nhà"),
    ("Tòa yêu cầu bị cáo Nguyễn Văn Nam bồi thường cho bị hại 200 triệu đồng.",
     "Tòa", "Nguyễn Văn Nam", "bồi thường cho bị hại 200 triệu đồng"),
])
def test_the_named_defendant_is_the_assignee(run, text, assigner, assignee, action):
    assert (assigner, assignee, action) in triples(run(text))


def test_two_named_defendants_joined_by_cung_are_one_task_each(run):
    tasks = run("Bị can Phạm Thị Mai cùng Lê Thị Hoa được Tú giao quản lý tài khoản ngân hàng của công ty.")
    assert {(t.assignee, t.action) for t in tasks} == {
        ("Phạm Thị Mai", "quản lý tài khoản ngân hàng của công ty"),
        ("Lê Thị Hoa", "quản lý tài khoản ngân hàng của công ty"),
    }


def test_the_role_word_without_a_name_stays_the_assignee(run):
    tasks = run("Bà Lan chỉ đạo đồng phạm ký khống hồ sơ vay vốn.")
    assert ("đồng phạm", "ký khống hồ sơ vay vốn") in {(t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text", [
    "Bị can Lê Thị Hoa bị bắt khi đang chuẩn bị xuất cảnh.",
    "Luật sư xin giảm nhẹ hình phạt cho bị cáo Trương Văn Lâm vì bị cáo đã khắc phục hậu quả.",
    "Bị cáo Lê Văn Sơn khai đã được ông Tùng giao tiền để mua hóa đơn.",
])
def test_no_assignment_of_the_defendant(run, text):
    assert not [t for t in run(text) if t.assignee in {"Lê Thị Hoa", "Trương Văn Lâm", "Lê Văn Sơn"}]


@pytest.mark.parametrize("text, assignee", [
    ("Ông Trần Văn Tú cùng các đồng nghiệp được giao kiểm tra toàn bộ kho hàng.",
     "Trần Văn Tú cùng các đồng nghiệp"),
    ("Ông Phạm Văn Đức cùng bà Lê Thị Hoa được giao quản lý toàn bộ hồ sơ vay vốn.",
     "Phạm Văn Đức cùng bà Lê Thị Hoa"),
])
def test_cung_with_no_name_or_an_honorific_after_it_keeps_one_assignee(run, text, assignee):
    assert [t.assignee for t in run(text)] == [assignee]


@pytest.mark.parametrize("text, assignee, action", [
    # the tagger prints the name and the verb after it as one word: the name takes no verb
    ("Giám đốc Lâm Văn Quý chỉ đạo Tạ Thị Ngọc sửa số liệu trên báo cáo tài chính của công ty.",
     "Tạ Thị Ngọc", "sửa số liệu trên báo cáo tài chính của công ty"),
    ("Giám đốc Lâm Văn Quý chỉ đạo bị can Tạ Văn Ngọc sửa số liệu trên báo cáo tài chính của công ty.",
     "Tạ Văn Ngọc", "sửa số liệu trên báo cáo tài chính của công ty"),
])
def test_a_name_takes_no_verb(run, text, assignee, action):
    assert (assignee, action) in {(t.assignee, t.action) for t in run(text)}


@pytest.mark.parametrize("text", [
    "Giám đốc Lâm Văn Quý chỉ đạo bị can Tạ Thị Ngọc sửa số liệu trên báo cáo tài chính của công ty.",
    "Giám đốc Lâm Văn Quý chỉ đạo bị can Tạ Thị Ngọc lập khống hồ sơ thanh toán cho nhiều hợp đồng.",
    "Giám đốc Lâm Văn Quý chỉ đạo bà Tạ Thị Ngọc sửa số liệu trên báo cáo tài chính của công ty.",
    "Giám đốc Lâm Văn Quý chỉ đạo ông Tạ Văn Ngọc lập khống hồ sơ thanh toán cho nhiều hợp đồng.",
])
def test_no_assignee_ends_with_a_verb(run, text):
    for t in run(text):
        assert t.assignee in {"Tạ Thị Ngọc", "Tạ Văn Ngọc"}
        assert t.action.split()[0] in {"sửa", "lập"}


@pytest.mark.parametrize("text, assignee, action", [
    ("Bị cáo Trần Văn Hậu cùng lúc được giao quản lý kho và quỹ tiền mặt của công ty.",
     "Trần Văn Hậu", "quản lý kho và quỹ tiền mặt của công ty"),
    ("Bị can Phan Thị Loan cùng lúc được giao giữ con dấu và sổ sách của hợp tác xã.",
     "Phan Thị Loan", "giữ con dấu và sổ sách của hợp tác xã"),
])
def test_cung_luc_is_at_the_same_time_not_a_companion(run, text, assignee, action):
    assert [(t.assignee, t.action) for t in run(text)] == [(assignee, action)]


@pytest.mark.parametrize("text, action", [
    ("Bị cáo Hà Minh Tuấn được giao quản lý kho, cùng Lê Văn Hùng ký các phiếu xuất hàng.", "quản lý kho"),
    ("Bị can Hà Minh Tuấn được giao quản lý kho, cùng ông Lê Văn Hùng lập các phiếu xuất hàng khống.",
     "quản lý kho"),
])
def test_a_companions_own_deed_after_a_comma_ends_the_action(run, text, action):
    assert [(t.assignee, t.action) for t in run(text)] == [("Hà Minh Tuấn", action)]


def test_cung_a_name_without_a_verb_stays_in_the_action(run):
    tasks = run("Bộ trưởng đề nghị Sở Công Thương kiểm lại mọi khoản chi, cùng ông Lê Văn Hùng và mấy hộ kinh doanh.")
    assert [(t.assignee, t.action) for t in tasks] == [
        ("Sở Công Thương", "kiểm lại mọi khoản chi, cùng ông Lê Văn Hùng và mấy hộ kinh doanh")]
