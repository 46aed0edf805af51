"""The one time zone of the product: GUSP meetings and deadlines are French."""

from __future__ import annotations

from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
