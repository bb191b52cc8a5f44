"""Bodies: the regional high courts and procuracies keep their seat ("TAND cấp cao tại TP.HCM")."""

from __future__ import annotations

from conftest import body_names


def test_high_courts_and_procuracies_keep_their_seat() -> None:
    assert body_names("Tòa án nhân dân cấp cao tại Đà Nẵng tuyên ông Dũng thắng kiện.") == [
        "Tòa án nhân dân cấp cao tại Đà Nẵng"]
    assert body_names("Ngày 28/11, TAND Cấp cao tại TP.HCM xét xử vụ án.") == [
        "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh"]
    assert body_names("VKSND cấp cao tại Hà Nội kháng nghị bản án.") == ["Viện kiểm sát nhân dân cấp cao tại Hà Nội"]


def test_provincial_court_is_still_a_local_body() -> None:
    assert body_names("Tòa án nhân dân tỉnh Đắk Nông xử sơ thẩm.") == ["Tòa án nhân dân tỉnh Đắk Nông"]
