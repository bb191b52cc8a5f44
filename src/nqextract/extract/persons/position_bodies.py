"""persons: the bodies of the persons' positions that the article's bodies do not list yet, the ones a phase keeps
(listed_bodies: local party committees; brand_bodies: companies named by their brand)."""

from __future__ import annotations

from collections.abc import Callable

from ...models import Body, Person


def unlisted_position_bodies(persons: list[Person], bodies: list[Body], keep: Callable[[str], bool],
                             key: Callable[[str], str] = str) -> list[Body]:
    """The bodies of ``persons``' positions that ``keep`` accepts and ``bodies`` does not list (names compared
    through ``key``), each once, in the order first held."""
    named = {key(b.name) for b in bodies}
    out: list[Body] = []
    for person in persons:
        for position in person.positions:
            body = position.body
            if body and key(body) not in named and keep(body):
                named.add(key(body))
                out.append(Body(name=body))
    return out
