"""Persons: initials with no intro word before them are a person's when a role with a class, a school or a
residence, or an age closed by punctuation, is set off after them ("K.M.L. (học sinh lớp 8)", "V.Q.H., 15
tuổi,"), or when "và" joins them to initials that are a person's ("em P.T. và L.V.Kh."); never a body's or a
thing's abbreviation ("Phòng G.D.", "Dự án B.O.T.", "Nghệ sĩ V.I.P., 20 tuổi nghề")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, names", [
    ("Giờ ra chơi, K.M.L. (học sinh lớp 8) xô xát với bạn cùng trường.", {"K.M.L."}),
    ("Công an phường phát hiện, bắt quả tang V.Q.H., 15 tuổi, trú tại xã Hòa Lạc đang trộm xe.",
     {"V.Q.H."}),
    ("Chiều qua, L.T.Ng. (trú tại thôn Đồng Tâm) đã đến trình diện.", {"L.T.Ng."}),
    ("Sau giờ học, P.V.K. (học sinh lớp 9) cùng bạn là Đ.Q.Th. (học lớp 7) cãi nhau với H.T.M.A. và "
     "L.T.B.Ng. (đều là học sinh lớp 8 cùng trường).", {"P.V.K.", "Đ.Q.Th.", "H.T.M.A.", "L.T.B.Ng."}),
    ("Ngày 3-10, hai em P.T. và L.V.Kh. đều là học sinh lớp 6 đi xe đạp điện đến trường.",
     {"P.T.", "L.V.Kh."}),
])
def test_initials_apposed_or_joined(pipeline, text, names):
    assert names <= person_names(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    ("Đoàn công tác từ Washington D.C. về nước hôm qua.", "D.C."),
    ("Anh lên UBND xã T.H. và huyện M.L. xin giấy tờ.", "T.H."),  # places joined: no person's aside
    ("Đoàn khách Hàn Quốc đến TP.HCM và Q.1 tham quan.", "Q.1"),
    ("Học sinh T.H.C.S. (học sinh lớp 9) tham gia hội thi.", "T.H.C.S."),  # a known acronym
    # "với", "cùng bạn là" join no body's abbreviation to a person
    ("Anh L.X.V. với C.A.P. (cảnh sát phường) đã có mặt tại hiện trường.", "C.A.P."),
    ("Bị can N.V.K. cùng bạn là P.G.D. của huyện đã khai nhận.", "P.G.D."),
    ("Bà N.T.Q. đã làm việc với P.C.S. (trú sở tại) về vụ việc.", "P.C.S."),
    # "đều là" before no person's noun
    ("Sở Y tế phối hợp với Q.T.C. (đều là đơn vị y tế tư nhân) kiểm tra.", "Q.T.C."),
    # a body's or a thing's word before the run, or a role before no one person's description
    ("Phòng G.D. và Đ.T. (học sinh toàn huyện) tổ chức hội thi.", "Đ.T."),
    ("Phòng G.D. và Đ.T. (học sinh toàn huyện) tổ chức hội thi.", "G.D."),
    ("Dự án B.O.T. (sinh viên phản đối) đã bị tạm dừng.", "B.O.T."),
    ("Giải đấu F.C. (học sinh các trường) khai mạc hôm qua.", "F.C."),
    ("Khu vực K.C.N. (trú tại đây có hàng nghìn công nhân) ngập nặng.", "K.C.N."),
    ("Ban quản lý K.D.C. (ngụ cư lâu năm) họp dân.", "K.D.C."),
    # an age followed by another noun is no age
    ("Nghệ sĩ V.I.P., 20 tuổi nghề, vừa ra mắt album mới.", "V.I.P."),
])
def test_no_person_without_an_aside_or_a_join(pipeline, text, absent):
    assert absent not in person_names(pipeline, text)


def test_a_named_person_keeps_his_full_name(pipeline):
    names = person_names(pipeline, "Ông Nguyễn Văn Hùng (trú tại xã Hòa Lạc) và bà Trần Thị Mai đến dự.")
    assert "Nguyễn Văn Hùng" in names and not any("." in n for n in names)
