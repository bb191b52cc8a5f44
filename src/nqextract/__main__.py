"""``python -m nqextract`` = the ``nqextract`` command."""

from nqextract.cli import app

if __name__ == "__main__":
    app(prog_name="nqextract")
