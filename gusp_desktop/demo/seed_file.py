"""Reading a demo data file: each entry becomes a frozen dataclass, checked on the way in.

The demo's people, ATFPB programme and signalements are JSON beside this module, so their
wording can be corrected without touching code. The shapes are the dataclasses the loaders
use; every key, type and enumerated value is checked against them when the module is imported,
and a file that does not match is refused with a message naming the file and the entry, so a
typo never loads half a territory.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from importlib import resources
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")
_DAY = re.compile(r"\d{2}/\d{2}")
_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
_TIME = re.compile(r"\d{2}:\d{2}")


class SeedFileError(ValueError):
    """A demo data file whose content does not match the shapes its loader expects."""


class _RefusedError(Exception):
    """What is wrong with a value, and where inside its entry."""

    def __init__(self, reason: str, path: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason, self.path = reason, path

    def inside(self, name: str) -> _RefusedError:
        return _RefusedError(self.reason, (name, *self.path))


def check(ok: bool, reason: str) -> None:
    """Refuse a value a dataclass's ``__post_init__`` finds wrong (a date, an amount)."""
    if not ok:
        raise ValueError(reason)


def check_day(text: str) -> None:
    check(bool(_DAY.fullmatch(text)), f"date « {text} » au lieu de jj/mm")


def check_date(text: str) -> None:
    check(bool(_DATE.fullmatch(text)), f"date « {text} » au lieu de jj/mm/aaaa")


def check_time(text: str) -> None:
    check(bool(_TIME.fullmatch(text)), f"heure « {text} » au lieu de hh:mm")


def check_amount(text: str) -> None:
    try:
        Decimal(text)
    except InvalidOperation:
        raise ValueError(f"montant « {text} » illisible") from None


class SeedFile:
    """One JSON file of this package, read once; its sections are lists of entries."""

    def __init__(self, name: str) -> None:
        self.name = name
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SeedFileError(f"{self._where()} : JSON illisible ({exc})") from None
        if not isinstance(data, dict):
            raise SeedFileError(f"{self._where()} : un objet JSON est attendu")
        self._data: dict[str, Any] = data

    def entries(self, section: str, shape: type[T]) -> tuple[T, ...]:
        """The entries of ``section``, each as a ``shape``, in the file's order."""
        items = self._data.get(section)
        if not isinstance(items, list):
            raise SeedFileError(f"{self._where()} : liste « {section} » absente")
        return tuple(self._entry(section, index, item, shape) for index, item in enumerate(items))

    def refer(self, section: str, key: str, values: Iterable[str | None], known: set[str]) -> None:
        """Refuse an entry of ``section`` whose ``key`` names nothing in ``known``."""
        for index, value in enumerate(values):
            if value is not None and value not in known:
                raise SeedFileError(
                    f"{self._where()}, « {section} » n° {index + 1}, {key} : "
                    f"« {value} » ne désigne rien (connus : {', '.join(sorted(known))})"
                )

    def _entry(self, section: str, index: int, item: object, shape: type[T]) -> T:
        try:
            built: T = _build(shape, item)
        except _RefusedError as exc:
            label = f"« {section} » n° {index + 1}{_name(item)}"
            field = f", {' / '.join(exc.path)}" if exc.path else ""
            raise SeedFileError(f"{self._where()}, {label}{field} : {exc.reason}") from None
        return built

    def _where(self) -> str:
        return f"Données de démonstration {self.name}"


def _name(item: object) -> str:
    """The entry's first text value, to find it in the file more easily than by its rank."""
    if isinstance(item, dict):
        first = next(iter(item.values()), None)
        if isinstance(first, str):
            return f" ({first})"
    return ""


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(shape: type) -> dict[str, Any]:
    """The resolved field types of ``shape`` (the modules postpone annotations)."""
    if shape not in _HINTS:
        _HINTS[shape] = get_type_hints(shape)
    return _HINTS[shape]


def _build(shape: type[T], value: object) -> T:
    """A ``shape`` dataclass from a JSON object: no unknown key, no missing one."""
    if not isinstance(value, dict):
        raise _RefusedError("un objet JSON est attendu")
    fields = {f.name: f for f in dataclasses.fields(shape)}  # type: ignore[arg-type]
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise _RefusedError(f"clé inconnue « {unknown[0]} » (clés permises : {', '.join(fields)})")
    missing = [
        name
        for name, f in fields.items()
        if name not in value
        and f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise _RefusedError(f"clé « {missing[0]} » manquante")
    hints = _hints(shape)
    values = {}
    for name, raw in value.items():
        try:
            values[name] = _coerce(raw, hints[name])
        except _RefusedError as exc:
            raise exc.inside(name) from None
    try:
        return shape(**values)
    except ValueError as exc:  # refused by the dataclass's own __post_init__
        raise _RefusedError(str(exc)) from None


def _coerce(value: object, hint: Any) -> Any:
    """``value`` read from JSON as ``hint``: lists become tuples, text becomes enum members."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        return _coerce(value, next(a for a in args if a is not type(None)))
    if origin is tuple:
        return _tuple(value, args)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _member(value, hint)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # JSON writes 50.0 as 50
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise _RefusedError(f"nombre entier attendu, pas {json.dumps(value, ensure_ascii=False)}")
    if not isinstance(value, hint):
        raise _RefusedError(f"{_KINDS[hint]} attendu, pas {json.dumps(value, ensure_ascii=False)}")
    return value


_KINDS = {str: "texte", bool: "vrai ou faux", int: "nombre entier", float: "nombre"}


def _tuple(value: object, args: tuple[Any, ...]) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise _RefusedError("liste attendue")
    kinds = [args[0]] * len(value) if args[-1] is Ellipsis else list(args)
    if len(kinds) != len(value):
        raise _RefusedError(f"liste de {len(kinds)} éléments attendue")
    items = []
    for index, (item, kind) in enumerate(zip(value, kinds, strict=True)):
        try:
            items.append(_coerce(item, kind))
        except _RefusedError as exc:
            raise exc.inside(f"n° {index + 1}") from None
    return tuple(items)


def _member(value: object, enum: type[Enum]) -> Enum:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum)
        raise _RefusedError(f"valeur inconnue « {value} » (valeurs permises : {allowed})") from None
