"""What a write changed: the rows it touched, for views that refresh only what they show."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class EntityRef:
    """One changed row: entity name (table) and id."""

    entity: str
    id: int


@dataclass(frozen=True)
class ChangeSet:
    """Which rows a mutation touched, so views refresh only what they show."""

    refs: frozenset[EntityRef] = frozenset()

    def entities(self) -> set[str]:
        """Names of the tables touched."""
        return {ref.entity for ref in self.refs}

    def ids(self, entity: str) -> set[int]:
        """Ids touched in one table."""
        return {ref.id for ref in self.refs if ref.entity == entity}

    def __bool__(self) -> bool:
        return bool(self.refs)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.refs | other.refs)

    def to_json(self) -> str:
        """Compact form for NOTIFY payloads."""
        return json.dumps(sorted([r.entity, r.id] for r in self.refs), separators=(",", ":"))

    @classmethod
    def from_json(cls, payload: str) -> ChangeSet:
        """Inverse of :meth:`to_json`."""
        return cls(frozenset(EntityRef(str(e), int(i)) for e, i in json.loads(payload)))


@dataclass(frozen=True)
class Mutation(Generic[T]):
    """Result of a write: the new value and what changed."""

    value: T
    changes: ChangeSet
