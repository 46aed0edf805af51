"""The frozen form of a compte rendu: :class:`MinutesContent` as canonical JSON, and back.

Validation stores this JSON in ``minutes_version.snapshot`` with its SHA-256, and every later
rendering reads it back instead of querying the live tables, so edits made to actions or notes
after validation can never change validated minutes. The encoding is canonical (sorted keys,
no extra spaces, ISO dates) so that the same content always gives the same fingerprint.

The reader is tolerant in one direction only: a field added to :class:`MinutesContent` after a
snapshot was taken gets a neutral value (empty text, empty tuple, ``None``, ``False``, 0), so an
old validated version stays readable by a newer application; unknown keys are ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from functools import cache
from typing import Any

from gusp_desktop.domain.errors import GuspError, Message
from gusp_desktop.domain.minutes import MinutesContent

FORMAT_VERSION = 1


class SnapshotError(GuspError):
    """A stored snapshot cannot be read back (damaged or written by an unknown format)."""


def _plain(value: Any) -> Any:
    """A JSON-ready copy: dataclasses become objects, tuples lists, dates ISO strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def snapshot_json(content: MinutesContent) -> str:
    """Canonical JSON of the content, wrapped with the format version."""
    payload = {"format": FORMAT_VERSION, "content": _plain(content)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def snapshot_sha256(text: str) -> str:
    """Fingerprint stored next to the snapshot, checked before each rendering."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _neutral(hint: Any) -> Any:
    """Value for a field the snapshot predates."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint):
        return None
    if origin is tuple:
        return ()
    return {str: "", bool: False, int: 0}.get(hint)


def _read(hint: Any, raw: Any) -> Any:
    """Rebuild a value of type ``hint`` from its JSON form."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _read(inner, raw)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return tuple(_read(inner, item) for item in raw)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(raw)
    if hint is dt.date:
        return dt.date.fromisoformat(raw)
    if dataclasses.is_dataclass(hint):
        return _read_dataclass(hint, raw)
    if hint in (str, int, bool) and not isinstance(raw, hint):
        raise TypeError(f"{raw!r} n'est pas du type {hint.__name__}")
    return raw


def _read_dataclass(cls: Any, raw: dict[str, Any]) -> Any:
    hints = _hints(cls)
    values = {
        f.name: _read(hints[f.name], raw[f.name]) if f.name in raw else _neutral(hints[f.name])
        for f in dataclasses.fields(cls)
    }
    return cls(**values)


def content_from_json(text: str) -> MinutesContent:
    """The :class:`MinutesContent` frozen in ``text``, or a French error."""
    try:
        payload = json.loads(text)
        if payload.get("format") != FORMAT_VERSION:
            raise SnapshotError(
                Message(
                    (
                        "Ce compte rendu a été figé par une version plus récente de "
                        "l'application (format {value})."
                    ),
                    value=f"{payload.get('format')!r}",
                )
            )
        content: MinutesContent = _read_dataclass(MinutesContent, payload["content"])
    except SnapshotError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotError(
            "La version figée du compte rendu est illisible ou endommagée."
        ) from exc
    return content
