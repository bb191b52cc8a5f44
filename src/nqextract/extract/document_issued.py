"""documents, issued by subject: a capitalized type word right after its issuing or signing verb, named by the
subject it opens ("Bộ Tư pháp đã ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức
của Cục X", "Chủ tịch nước vừa ký Quyết định thành lập Hội đồng Tư vấn đặc xá"): the name runs as the name of a
resolution issued and named by its subject does (``documents.Scanner.named_plans``: "thông qua Nghị quyết quy
định mức hỗ trợ ...")."""

from __future__ import annotations

import re

from ..textnorm import fold, is_cap
from .document_forms import look_back
from .document_links import DocMention
from .document_names import SPACE, NameReader
from .document_rules import DocumentRules
from .document_shorts import sentence_start


def issued_subjects(text: str, rules: DocumentRules, names: NameReader,
                    type_hits: list[re.Match[str]]) -> list[DocMention]:
    """Type words flagged ``issued`` printed capitalized right after an issuing verb (no plural between) and
    followed by an ``issued_subject`` word: one document each, named by the type word and its subject; a
    ``founding_subject`` word and a capitalized name after it need no verb, away from a sentence's start ("Theo
    Quyết định thành lập Hội đồng Tư vấn đặc xá ..."). 'về việc'
    (``about_matters``), a detailing title ('quy định chi tiết': ``detailing_titles``) and a number after the type
    word are read by their own rules."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.issued or not is_cap(m["tw"]):
            continue
        subject = rules.issued_subject_re.match(text, m.end())
        if subject is None or rules.about_matter_re.match(text, m.end()) or rules.detailing_word_re.match(
                text, m.end() + len(subject.group(0)) - len(subject.group(0).lstrip())):
            continue
        line0 = look_back(text, m.start())
        verb = rules.issuing_verb_re.search(text, line0, m.start()) or rules.signed_re.search(text, line0, m.start())
        if verb is None and (rules.founding_re.match(text, m.end()) is None or sentence_start(text, m.start())
                             or not rules.founding_lead_re.search(text, line0, m.start())):
            continue  # "Quyết định thành lập ..." opening a sentence, "UBND đã Quyết định ...": the verb 'decide'
        if rules.plural_blocker_re.search(text, line0, m.start()):
            continue  # "ban hành các Nghị quyết về giáo dục, y tế": a class of documents, none named
        start = subject.start() + len(subject.group(0)) - len(subject.group(0).lstrip())
        end = names.quoted_tail(start, names.extend_name(start, max_words=40, enum=verb is not None)[0])
        if verb is None:
            if any(j.end() == end for j in rules.founding_comma_re.finditer(text, start, end + 3)):
                end = names.extend_name(SPACE.match(text, end + 1).end(), max_words=20)[0]  # "... phòng, chống thiên tai"
            if joined := rules.founding_join_re.search(text, start, end):
                end = joined.start()  # "..., Quyết định thành lập Đảng bộ tỉnh và nhân sự ...": the next item listed
            if stop := rules.founding_end_re.search(text, start, end):
                end = stop.start()  # "... Tỉnh ủy ngày 15-2-2025": no part of its name
            elif numbered := rules.founding_number_re.match(text, end):
                end = numbered.end()
        if verb is None and rules.subject_end_re.match(text, SPACE.match(text, end).end()):
            continue  # "Theo ông X, Quyết định thành lập Ban Y được ủng hộ": the decision to found it, a clause's subject
        if end <= subject.end():
            continue
        printed = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name"))
    return out
