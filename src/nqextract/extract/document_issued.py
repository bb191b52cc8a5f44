"""documents, issued by subject: a capitalized type word right after its issuing or signing verb, named by the
subject it opens ("Bộ Tư pháp đã ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức
của Cục X", "Chủ tịch nước vừa ký Quyết định thành lập Hội đồng Tư vấn đặc xá"): the name runs as the name of a
resolution issued and named by its subject does (``documents.Scanner.named_plans``: "thông qua Nghị quyết quy
định mức hỗ trợ ...")."""

from __future__ import annotations

import re

from ..textnorm import fold, is_cap
from .document_forms import ABOUT_MATTER, look_back
from .document_links import DocMention
from .document_names import NameReader
from .document_rules import DocumentRules


def issued_subjects(text: str, rules: DocumentRules, names: NameReader,
                    type_hits: list[re.Match[str]]) -> list[DocMention]:
    """Type words flagged ``issued`` printed capitalized right after an issuing verb (no plural between) and
    followed by an ``issued_subject`` word: one document each, named by the type word and its subject. 'về việc'
    (``about_matters``), a detailing title ('quy định chi tiết': ``detailing_titles``) and a number after the type
    word are read by their own rules."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.issued or not is_cap(m["tw"]):
            continue
        subject = rules.issued_subject_re.match(text, m.end())
        if subject is None or ABOUT_MATTER.match(text, m.end()) or rules.detailing_word_re.match(
                text, m.end() + len(subject.group(0)) - len(subject.group(0).lstrip())):
            continue
        line0 = look_back(text, m.start())
        verb = rules.issuing_verb_re.search(text, line0, m.start()) or rules.signed_re.search(text, line0, m.start())
        if verb is None or rules.plural_blocker_re.search(text, line0, m.start()):
            continue  # "ban hành các Nghị quyết về giáo dục, y tế": a class of documents, none named
        start = subject.start() + len(subject.group(0)) - len(subject.group(0).lstrip())
        end = names.quoted_tail(start, names.extend_name(start, max_words=40, enum=True)[0])
        if end <= subject.end():
            continue
        printed = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name"))
    return out
