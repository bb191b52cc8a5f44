"""Text from articles made safe to print on a terminal.

Article text and titles come from the web: an escape sequence in a title (``ESC ] 0 ; ... BEL``
retitles the window, ``ESC [ 2 J`` clears the screen) must reach the terminal as visible text, never as
a command. :func:`printable` is the one sanitizer every terminal renderer uses (``show``, ``summary``,
``query`` and ``extract`` tables).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that reorder what
# is displayed (a line reading differently from what it holds)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` as a string with every control character written out (``\\x1b``); tab and newline kept."""
    return _UNSAFE.sub(_escape, text if isinstance(text, str) else str(text))


def cell(text: object) -> object:
    """A rich table cell: the printable text as plain text (square brackets are data, not markup)."""
    from rich.text import Text

    return Text(printable(text))
