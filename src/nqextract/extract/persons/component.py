"""persons, the component: the spaCy factory ``nq_persons``, stateless; one :class:`ArticleScan` per Doc
runs the phases and is dropped with the result."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from ...models import Mention, Person
from ..view import set_spans, view
from .aliases import canonical_names
from .brand_bodies import listed_brand_bodies
from .finding import find_names, prepare
from .institutions import thing_names
from .listed_bodies import listed_party_bodies
from .mentions import name_mentions, pronoun_mentions, short_mentions, title_mentions
from .positions import positions_of
from .records import PersonMatches
from .rules import PersonRules
from .scan import ArticleScan
from .worshipped import worshipped_names


def scan_article(scan: ArticleScan) -> PersonMatches:
    """All phases over one article."""
    prepare(scan)
    found, group_positions = find_names(scan)
    for s in thing_names(scan, found):  # "chủ tịch HĐQT Tập đoàn X", "các phố Hàng Khay, X": no person
        del found[s]
    for s, e in worshipped_names(scan, found):  # "đền thờ Lương Văn Chánh": the figure it worships
        found[s] = (e, "honorific")
    names, order = canonical_names(scan, found)
    mentions = name_mentions(scan, names, {s: e for s, (e, _why) in found.items()})
    mentions.extend(short_mentions(scan, names, mentions))
    # "Ông từng là ...": a career told after a pronoun is the person it stands for
    positions = positions_of(scan, mentions, group_positions, pronoun_mentions(scan, mentions))
    mentions.extend(title_mentions(scan, mentions, positions))
    mentions.extend(pronoun_mentions(scan, mentions))
    # a rank-and-file job read without its body ("Mỗi giảng viên, nhà khoa học ... phải") is no title
    held = {it.hit.start for ch in scan.chains for it in ch.items}
    titles = [h for h in scan.hits if not h.rule.staff or h.start in held]
    return PersonMatches(mentions=mentions, titles=titles, positions=positions, names=order)


class PersonRecognizer:
    """The ``nq_persons`` component: word lists loaded once (from ``rules_dir`` when given), body names
    canonicalized with the bodies rules of the same folder; stateless: each article is read by its own
    :class:`ArticleScan`, so one component may serve several threads."""

    def __init__(self, nlp: Language, name: str = "nq_persons", rules_dir: str | None = None) -> None:
        from ..bodies import canonical_body
        from ..body_rules import load_rules as load_body_rules

        self.name = name
        self.rules = PersonRules(rules_dir)
        self.canonical_body: Callable[[str], str | None] | None = partial(
            canonical_body, rules=load_body_rules(rules_dir))

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> PersonMatches:
        return scan_article(ArticleScan(doc, self.rules, self.canonical_body))

    def set_annotations(self, doc: Doc, matches: PersonMatches) -> Doc:
        text = view(doc).text
        by_name: dict[str, list[Mention]] = {n: [] for n in matches.names}
        person_spans: list[tuple[int, int, str]] = []
        for m in sorted(matches.mentions, key=lambda m: m.start):
            if m.name not in by_name:
                continue
            by_name[m.name].append(Mention(start=m.start, end=m.end, text=text[m.start : m.end]))
            person_spans.append((m.start, m.end, m.name))
        doc._.persons = [
            Person(name=n, positions=matches.positions.get(n, []), mentions=by_name[n]) for n in matches.names
        ]
        if doc._.persons:  # "Bí thư Đảng ủy, Chủ tịch HĐND xã X": the commune's committee is a body too
            doc._.bodies = [*(doc._.bodies or []), *listed_party_bodies(self.rules, doc._.persons, doc._.bodies or [])]
            # "Phó chủ tịch T&T Group": a company named by its brand alone is a body too
            doc._.bodies = [*doc._.bodies, *listed_brand_bodies(self.rules, doc._.persons, doc._.bodies)]
        set_spans(doc, "persons", "PERSON", person_spans)
        set_spans(doc, "titles", "TITLE", ((hit.start, hit.end, hit.rule.title) for hit in matches.titles))
        return doc


@Language.factory("nq_persons", default_config={"rules_dir": None})
def make_persons(nlp: Language, name: str, rules_dir: str | None) -> PersonRecognizer:
    return PersonRecognizer(nlp, name, rules_dir)
