"""Start-up: spaCy's command line and underthesea's package __init__ are not imported by extraction,
and stay usable for a caller who reads them."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sys
import nqextract.pipeline
import spacy
assert "cli" in vars(spacy)
from nqextract.nlp import blank
nlp = blank()
doc = nlp.make_doc("Ông Nguyễn Văn A đã ký.")
assert len(doc) == 5, [t.text for t in doc]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"typer", "weasel", "requests", "httpx", "joblib"}
                or m in {"underthesea.pipeline.ner", "underthesea.pipeline.pos_tag", "underthesea.pipeline.chunking"})
print("LOADED", loaded)
import spacy
import underthesea
from spacy.cli import download
assert callable(download) and spacy.cli.download is download
assert spacy.info()["spacy_version"] == spacy.__version__
assert underthesea.__version__ and callable(underthesea.ner)
print("OK")
"""


def test_extraction_imports_neither_spacy_cli_nor_underthesea_init_and_both_stay_usable():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    assert out.stdout.strip().endswith("OK")


FTFY_SCRIPT = r"""
import sys
from nqextract.clean import clean_text
clean_text("Chiều 4/3, Bộ Chính trị họp.\n", source="t.txt")
print("LOADED", sorted(m for m in sys.modules if m.split(".")[0] == "wcwidth" or m in {"ftfy.fixes", "ftfy.chardata"}))
# UTF-8 read as windows-1252: repaired by ftfy's fixers, which load then
good = "Thủ tướng chủ trì cuộc gặp của Chính phủ tại Hà Nội sáng nay."
article = clean_text(good.encode("utf-8").decode("windows-1252") + "\n", source="m.txt")
assert article.text.strip() == good, article.text
import ftfy
assert ftfy.fix_text("Thá»§ tÆ°á»›ng") == "Thủ tướng"
print("OK")
"""


def test_the_text_check_imports_only_ftfys_badness_and_ftfy_stays_usable():
    out = subprocess.run([sys.executable, "-c", FTFY_SCRIPT], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "LOADED []" in out.stdout
    assert out.stdout.strip().endswith("OK")
