"""persons: a local party committee a position's body resolves to ("Đảng ủy xã X" of "Bí thư Đảng ủy, Chủ tịch HĐND
xã X", "Ban Thường vụ Đảng ủy phường Y" of "Ủy viên Thường vụ Đảng ủy, Chủ tịch UBND phường Y"), never printed whole and
so never read by the bodies' phase, is one of the article's bodies too: a level's committee (person_context.tsv
committee_word, level_committee) with its place, maybe after one of its organs (listed_organ). Other position bodies
(countries, "Chính phủ", "Ban Chấp hành Trung ương Đảng", a bare "Đảng ủy") are left to the bodies' phase."""

from __future__ import annotations

from ...models import Body, Person
from ...textnorm import fold
from .committee_places import names_committee
from .position_bodies import unlisted_position_bodies
from .rules import PersonRules


def listed_party_bodies(rules: PersonRules, persons: list[Person], bodies: list[Body]) -> list[Body]:
    """The local party committees and organs of ``persons``' positions that ``bodies`` does not list, in the order
    first held."""
    return unlisted_position_bodies(persons, bodies, lambda body: _local_committee(rules, body))


def _local_committee(rules: PersonRules, body: str) -> bool:
    """``body`` is a level's party committee and a capitalized place ("Tỉnh ủy Nghệ An", "Đảng ủy xã Tân Lập"), one
    of its organs' words maybe before it ("Ban Thường vụ Đảng ủy xã Tân Lập")."""
    for organ in rules.listed_organs:
        if fold(body).startswith(fold(organ) + " "):
            body = body[len(organ) + 1 :]
            break
    return names_committee(rules.level_committees.values(), body)
