"""The window's preferences: one typed wrapper over QSettings, every key declared once.

Only presentation lives here (geometry, splitters, last page, language, last database file);
business data stays in the database. Tests point :class:`AppSettings` at a temporary INI file
so they never read or change the user's real preferences.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from gusp_desktop import APP_DISPLAY_NAME, APP_NAME
from gusp_desktop.paths import config_dir, last_database, remember_database

T = TypeVar("T")

ORGANISATION = "GUSP Desktop"
LANGUAGES = {"fr": "Français", "en": "English"}


class Setting(Generic[T]):
    """A declared key: its INI path, default value and Python type."""

    def __init__(self, key: str, default: T, kind: type[T]) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Setting[T]: ...

    @overload
    def __get__(self, obj: AppSettings, owner: type[Any]) -> T: ...

    def __get__(self, obj: AppSettings | None, owner: type[Any]) -> Setting[T] | T:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: AppSettings, value: T) -> None:
        obj.write(self, value)


SETTINGS_FILE = "gusp-desktop.ini"


def _move_old_settings(path: Path) -> None:
    """Bring the preferences of earlier versions (kept where Qt puts them by default, in a
    folder of their own) into the configuration folder, once."""
    if path.exists():
        return
    old = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_NAME)
    old_path = Path(old.fileName())
    if old_path.is_file() and old_path != path:
        path.write_bytes(old_path.read_bytes())
        path.chmod(0o600)


class AppSettings:
    """Typed access to the preferences file (INI format, per user)."""

    geometry = Setting("window/geometry", QByteArray(), QByteArray)
    window_state = Setting("window/state", QByteArray(), QByteArray)
    last_page = Setting("window/last_page", "dashboard", str)
    language = Setting("ui/language", "fr", str)
    #: Organisation logo printed in the header of every document of this installation.
    logo_path = Setting("documents/logo", "", str)
    #: RFC 3161 time-stamping service; when set, signatures are PAdES B-T instead of B-B.
    timestamp_url = Setting("signing/timestamp_url", "", str)
    #: XYZ tile server of the maps ({z}, {x}, {y}); empty: Plan IGN.
    tile_url = Setting("map/tile_url", "", str)

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            # In the application's configuration folder with the rest (honouring
            # GUSP_CONFIG_DIR), readable by its owner only: the logo and the recent choices.
            path = config_dir() / SETTINGS_FILE
            _move_old_settings(path)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def last_database(self) -> str:
        """The local file opened last, shared with the command line (see paths); earlier
        versions kept it in these preferences."""
        earlier = self._qsettings.value("database/last", "", type=str)
        if isinstance(earlier, str) and earlier and Path(earlier).is_file():
            return last_database() or earlier
        return last_database() or ""

    @last_database.setter
    def last_database(self, value: str) -> None:
        if value:
            remember_database(value)

    @property
    def path(self) -> Path:
        """The INI file behind these settings."""
        return Path(self._qsettings.fileName())

    def read(self, setting: Setting[T]) -> T:
        """Stored value, or the default when missing or unreadable."""
        if not self._qsettings.contains(setting.key):
            return setting.default
        value = self._qsettings.value(setting.key, setting.default, type=setting.kind)
        return value if isinstance(value, setting.kind) else setting.default

    def write(self, setting: Setting[T], value: T) -> None:
        """Store a value (written to disk by :meth:`sync` or when Qt decides)."""
        self._qsettings.setValue(setting.key, value)

    def splitter_state(self, name: str) -> QByteArray:
        """Saved state of a named splitter (empty when never saved)."""
        value = self._qsettings.value(f"splitters/{name}", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        """Remember a named splitter's state."""
        self._qsettings.setValue(f"splitters/{name}", state)

    def view_state(self, name: str) -> QByteArray:
        """Saved binary state of a view (a header's widths, order and shown columns)."""
        value = self._qsettings.value(f"views/{name}", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_view_state(self, name: str, state: QByteArray) -> None:
        """Remember a view's binary state."""
        self._qsettings.setValue(f"views/{name}", state)

    def view_text(self, name: str) -> str:
        """Saved text state of a view (JSON of its filters, order and selection)."""
        value = self._qsettings.value(f"views/{name}", "", type=str)
        return value if isinstance(value, str) else ""

    def set_view_text(self, name: str, text: str) -> None:
        """Remember a view's text state."""
        self._qsettings.setValue(f"views/{name}", text)

    def save_splitters(self, window: QWidget) -> None:
        """Remember every splitter of ``window`` that has an object name."""
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.set_splitter_state(splitter.objectName(), splitter.saveState())

    def restore_splitters(self, window: QWidget) -> None:
        """Put back the saved state of every named splitter of ``window``."""
        for splitter in window.findChildren(QSplitter):
            state = self.splitter_state(splitter.objectName()) if splitter.objectName() else None
            if state is not None and not state.isEmpty():
                splitter.restoreState(state)

    def sync(self) -> None:
        """Write pending changes to disk now (before the process may be killed)."""
        self._qsettings.sync()

    def __repr__(self) -> str:
        return f"AppSettings({self.path}) for {APP_DISPLAY_NAME}"
