"""Printing command results as an aligned table, CSV or JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from gusp_desktop.documents.cells import neutralise, terminal_safe

FORMATS = ("table", "csv", "json")
_JSON_UNESCAPED = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if hasattr(value, "label"):
        return str(value.label)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, tuple | list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def render(records: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]], fmt: str) -> str:
    """Render ``records`` with ``columns`` = (key, French header) in ``fmt``."""
    if fmt == "json":
        return json_text([{k: _plain(r[k]) for k in r} for r in records])
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
        writer.writerow([neutralise(title) for _, title in columns])
        writer.writerows([[neutralise(_cell(r[k])) for k, _ in columns] for r in records])
        return buffer.getvalue().rstrip("\n")
    return _table(records, columns)


def json_text(value: Any) -> str:
    """Indented JSON of plain values (dates as ISO text, enums as their values)."""
    text = json.dumps(_plain(value), ensure_ascii=False, indent=2)
    # JSON escapes C0 controls itself; C1 and bidi controls get \u escapes, still valid JSON.
    return _JSON_UNESCAPED.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _table(records: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    rows = [[_cell(r[k]) for k, _ in columns] for r in records]
    headers = [title for _, title in columns]
    widths = [max([_width(h)] + [_width(row[i]) for row in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    out = [line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows]
    if not rows:
        out.append("(aucun résultat)")
    return "\n".join(out)


def emit(text: str) -> None:
    """Write to stdout, always as UTF-8, control characters shown instead of obeyed."""
    sys.stdout.buffer.write((terminal_safe(text) + "\n").encode("utf-8", "replace"))
    sys.stdout.flush()


def emit_error(message: str) -> None:
    """Write ``Erreur : message`` to stderr, as safely as :func:`emit`."""
    sys.stderr.buffer.write(f"Erreur : {terminal_safe(message)}\n".encode("utf-8", "replace"))
    sys.stderr.flush()


def emit_warning(message: str) -> None:
    """Write ``Attention : message`` to stderr: the command goes on."""
    sys.stderr.buffer.write(f"Attention : {terminal_safe(message)}\n".encode("utf-8", "replace"))
    sys.stderr.flush()
