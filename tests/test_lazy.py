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
