"""Persons: initials with no intro word before them are a person's when a role, a class, a residence or an
age is set off after them ("K.M.L. (học sinh lớp 8)", "V.Q.H., 15 tuổi,"), or when they are joined by "và",
"cùng", "với", "cùng bạn là" to initials that are a person's ("em P.T. và L.V.Kh.")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, names", [
    ("Giờ ra chơi, K.M.L. (học sinh lớp 8) xô xát với bạn cùng trường.", {"K.M.L."}),
    ("Công an phường phát hiện, bắt quả tang V.Q.H., 15 tuổi, trú tại xã Hòa Lạc đang trộm xe.", {"V.Q.H."}),
    ("Chiều qua, L.T.Ng. (trú tại thôn Đồng Tâm) đã đến trình diện.", {"L.T.Ng."}),
    ("Sau giờ học, P.V.K. (học sinh lớp 9) cùng bạn là Đ.Q.Th. (học lớp 7) cãi nhau với H.T.M.A. và "
     "L.T.B.Ng. (đều là học sinh lớp 8 cùng trường).", {"P.V.K.", "Đ.Q.Th.", "H.T.M.A.", "L.T.B.Ng."}),
    ("Ngày 3-10, hai em P.T. và L.V.Kh. đều là học sinh lớp 6 đi xe đạp điện đến trường.", {"P.T.", "L.V.Kh."}),
])
def test_initials_apposed_or_joined(pipeline, text, names):
    assert names <= person_names(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    ("Đoàn công tác từ Washington D.C. về nước hôm qua.", "D.C."),
    ("Anh lên UBND xã T.H. và huyện M.L. xin giấy tờ.", "T.H."),  # places joined: no person's aside
    ("Đoàn khách Hàn Quốc đến TP.HCM và Q.1 tham quan.", "Q.1"),
    ("Học sinh T.H.C.S. (học sinh lớp 9) tham gia hội thi.", "T.H.C.S."),  # a known acronym
])
def test_no_person_without_an_aside_or_a_join(pipeline, text, absent):
    assert absent not in person_names(pipeline, text)


def test_a_named_person_keeps_his_full_name(pipeline):
    names = person_names(pipeline, "Ông Nguyễn Văn Hùng (trú tại xã Hòa Lạc) và bà Trần Thị Mai đến dự.")
    assert "Nguyễn Văn Hùng" in names and not any("." in n for n in names)
