"""Where the relance templates and the SMTP profiles are kept on this computer.

A JSON file in the configuration folder (0600), never the database: templates are the
coordinator's wording and SMTP profiles are this computer's way out. SMTP passwords are never
written here: they go to the system keyring through the credentials layer, like database
passwords. A store without a file keeps its values in memory (tests, a window without a
configuration folder).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.relances import RelanceTemplates, SmtpProfile, SmtpSecurity
from gusp_desktop.fileio import write_bytes_atomic

SETTINGS_FILE = "relances.json"


class RelanceSettings:
    """Templates and SMTP profiles, read and written as one small JSON document."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._memory: dict[str, Any] = {}

    def _read(self) -> dict[str, Any]:
        if self.path is None:
            return json.loads(json.dumps(self._memory)) if self._memory else {}
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValidationError(
                {
                    "settings": Message(
                        "Fichier des relances illisible : {path} ({exc}).", path=self.path, exc=exc
                    )
                }
            ) from exc
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        if self.path is None:
            self._memory = data
            return
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(self.path, text.encode("utf-8"), private=True, create_parents=True)

    # -- templates -------------------------------------------------------------------------

    def templates(self) -> RelanceTemplates:
        """The saved templates, else the application's defaults."""
        saved = self._read().get("templates")
        if not isinstance(saved, dict):
            return RelanceTemplates()
        default = RelanceTemplates()
        return RelanceTemplates(
            subject=str(saved.get("subject") or default.subject),
            body=str(saved.get("body") or default.body),
            answer_days=int(saved.get("answer_days", default.answer_days)),
        )

    def save_templates(self, templates: RelanceTemplates) -> RelanceTemplates:
        """Validate then save; returns what was saved."""
        checked = templates.validated()
        data = self._read()
        data["templates"] = dataclasses.asdict(checked)
        self._write(data)
        return checked

    def reset_templates(self) -> RelanceTemplates:
        """Back to the application's wording."""
        data = self._read()
        data.pop("templates", None)
        self._write(data)
        return RelanceTemplates()

    # -- SMTP profiles ---------------------------------------------------------------------

    def smtp_profiles(self) -> list[SmtpProfile]:
        """Every saved profile, by name."""
        found = [_profile(p) for p in self._read().get("smtp", []) if isinstance(p, dict)]
        return sorted(found, key=lambda p: p.name.lower())

    def smtp_profile(self, name: str | None = None) -> SmtpProfile:
        """The named profile, or the only one there is."""
        profiles = self.smtp_profiles()
        if name is None:
            if len(profiles) == 1:
                return profiles[0]
            if not profiles:
                raise NotFoundError(
                    "Aucun profil d'envoi : ajoutez-en un (« smtp add » ou les préférences)."
                )
            names = ", ".join(p.name for p in profiles)
            raise ValidationError(
                {"smtp": Message("Choisissez un profil d'envoi parmi : {names}.", names=names)}
            )
        for profile in profiles:
            if profile.name == name:
                return profile
        raise NotFoundError(
            Message("{what} « {code} » introuvable.", what="Profil d'envoi", code=name)
        )

    def save_smtp_profile(self, profile: SmtpProfile) -> SmtpProfile:
        """Add or replace a profile (validated first)."""
        checked = profile.validated()
        data = self._read()
        others = [p for p in data.get("smtp", []) if p.get("name") != checked.name]
        data["smtp"] = [*others, {**dataclasses.asdict(checked), "security": checked.security}]
        self._write(data)
        return checked

    def remove_smtp_profile(self, name: str) -> SmtpProfile:
        """Remove a profile; returns it (its password is the caller's to forget)."""
        profile = self.smtp_profile(name)
        data = self._read()
        data["smtp"] = [p for p in data.get("smtp", []) if p.get("name") != name]
        self._write(data)
        return profile


def _profile(values: dict[str, Any]) -> SmtpProfile:
    return SmtpProfile(
        name=str(values.get("name", "")),
        host=str(values.get("host", "")),
        sender=str(values.get("sender", "")),
        port=int(values.get("port", 587)),
        security=SmtpSecurity(values.get("security", SmtpSecurity.STARTTLS)),
        user=str(values.get("user", "")),
        sender_name=str(values.get("sender_name", "")),
        ca_file=str(values.get("ca_file", "")),
    )
