"""A parent process compiles, before it forks its workers, the rules the first articles would compile."""

from __future__ import annotations

from functools import cached_property

import pytest

from nqextract.extract.changes.rules import ChangeRules
from nqextract.pipeline import Extractor
from nqextract.settings import Settings


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    ex = Extractor(Settings(workers=1))
    ex.preload()
    return ex


def test_preload_compiles_every_change_rule_and_gazetteer_letter(extractor):
    components = dict(extractor.nlp.pipeline)
    rules = components["nq_changes"].rules
    lazy = [name for name, attr in vars(ChangeRules).items() if isinstance(attr, cached_property)]
    assert lazy and all(name in vars(rules) for name in lazy)
    gazetteer = components["nq_bodies"].rules.gazetteer
    assert gazetteer._by_char and set(gazetteer._by_char) <= set(gazetteer._compiled)


def test_an_article_after_preload_reads_as_without_it(extractor):
    text = ("Ngày 5-11, Thủ tướng Phạm Minh Chính ký Quyết định số 12/QĐ-TTg bổ nhiệm ông Nguyễn Văn A "
            "giữ chức Thứ trưởng Bộ Công an. Ủy ban nhân dân tỉnh Nghệ An chủ trì, phối hợp với Sở Y tế.\n")
    fresh = Extractor(Settings(workers=1))
    from nqextract.clean import clean_text

    clean = clean_text(text, source="t.txt")
    assert extractor.extract_clean(clean).model_dump() == fresh.extract_clean(clean).model_dump()


def test_preload_reads_the_feature_strings_each_tagger_model_knows():
    extractor = Extractor(Settings(workers=1))  # its own: no article has run through it before preload
    extractor.preload()
    ner = extractor.nlp.tokenizer.tagger._ner
    featurizers = (ner._word_tokenize._tagging, ner._pos_features, ner._ner_features)
    assert all(f._known_source is None and f._known for f in featurizers)  # read, not left to the first sentence
