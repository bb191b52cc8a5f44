from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
SAMPLE = ROOT / "data" / "raw"


def need_shared(path: Path) -> Path:
    """Skip the test, with the reason, when ../shared (third-party material) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: third-party pages live in ../shared, which CI provides")
    return path


@pytest.fixture(scope="session")
def extractor():
    from nqextract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def nlp():
    from nqextract.nlp import blank

    return blank()
