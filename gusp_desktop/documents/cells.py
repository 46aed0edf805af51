"""Text leaving the application: spreadsheet cells that cannot run, terminal text that cannot
drive the terminal.

A spreadsheet runs a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula (CSV or
formula injection), and LibreOffice or Excel first skip leading blanks and invisible control
characters, so ``"\\x01=cmd|' /C calc'!A0"`` runs too. A terminal obeys escape sequences (ESC,
CSI, OSC) stored in a comment: they can retitle the window, hide text or plant hyperlinks. Both
functions are pure so that every export and every command output shares them.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is displayed.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# For a terminal, a carriage return is dangerous too: it lets a text overwrite its own line.
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@")
_LEADING_BLANKS = " \t\r\n\u00a0"


def strip_controls(text: str) -> str:
    """``text`` without control characters, keeping tabs and line breaks."""
    return _CONTROLS.sub("", text)


def neutralise(text: str) -> str:
    """Make a text inert in a spreadsheet (OWASP: an apostrophe in front of a formula).

    Control characters are dropped first; a text whose first visible character could start a
    formula, or that starts with a tab or a line break, gets a leading apostrophe.
    """
    cleaned = strip_controls(text)
    visible = cleaned.lstrip(_LEADING_BLANKS)
    if visible.startswith(_FORMULA_START) or cleaned[:1] in ("\t", "\r", "\n"):
        return "'" + cleaned
    return cleaned


def terminal_safe(text: str) -> str:
    """``text`` fit for a terminal: control characters shown as ``\\xNN``, never obeyed."""
    return _TERMINAL_CONTROLS.sub(lambda match: _escaped(match.group(0)), text)


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
