"""The error log: where it lives, how it is set up, and how unexpected errors reach it.

Errors the user can act on (:class:`GuspError`) are shown as they are and leave no trace.
Anything else is a bug: its traceback goes to a rotating file in the user's log directory and
to stderr *before* the user reads a message saying where that file is, so a report can always
be backed by the traceback. The file is readable by its owner only, because tracebacks may
quote partners' names or minutes text.

The window and the command line both call :func:`configure_logging`; without a console (the
Windows ``gusp-desktop-gui`` executable) :func:`capture_missing_streams` sends whatever would
have been printed to the same file.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

import platformdirs

from gusp_desktop import APP_NAME
from gusp_desktop.domain.errors import GuspError
from gusp_desktop.privacy import private_folder

LOG_FILE_NAME = "gusp-desktop.log"
_MAX_BYTES = 1_000_000
_BACKUPS = 3
_FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"
_OURS = "_gusp_error_log"  # marks the handlers this module installed, so it can replace them
_LOGGED = "_gusp_logged"  # set on an exception once its traceback is in the log

log = logging.getLogger(__name__)


def log_dir() -> Path:
    """The user's log directory; ``GUSP_LOG_DIR`` overrides it (tests)."""
    override = os.environ.get("GUSP_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The current log file (older ones carry a ``.1``, ``.2``… suffix)."""
    return log_dir() / LOG_FILE_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file created with mode 0600, including the files rotation starts."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):  # a file left by an older version keeps no wider mode
            os.chmod(self.baseFilename, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


class CurrentStderrHandler(logging.StreamHandler[Any]):
    """Writes to whatever ``sys.stderr`` is at the time of the record, never a stale stream.

    A record logged with ``extra={"console": False}`` stays out of it: the command line prints
    its own French message for a bug and keeps the traceback for the file.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setFormatter(logging.Formatter(_CONSOLE_FORMAT))
        self.addFilter(lambda record: getattr(record, "console", True))

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        """Ignored: the stream is always the current ``sys.stderr``."""


class LogStream(io.TextIOBase):
    """A text stream that turns each line written to it into a log record."""

    def __init__(self, logger: logging.Logger, level: int) -> None:
        super().__init__()
        self._logger = logger
        self._level = level
        self._pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._logger.log(self._level, line)
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            self._logger.log(self._level, self._pending)
        self._pending = ""


def capture_missing_streams() -> None:
    """Without a console, send what would be printed to the log instead of losing it."""
    if sys.stdout is None:
        printed = logging.getLogger("stdout")
        printed.setLevel(logging.INFO)
        sys.stdout = LogStream(printed, logging.INFO)
    if sys.stderr is None:
        sys.stderr = LogStream(logging.getLogger("stderr"), logging.WARNING)


def _has_console() -> bool:
    return sys.stderr is not None and not isinstance(sys.stderr, LogStream)


def _file_handler(path: Path) -> logging.Handler | None:
    try:
        private_folder(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:  # a read-only home must not stop the application: stderr remains
        if _has_console():
            sys.stderr.write(f"Journal impossible à ouvrir ({path}) : {exc}\n")
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    return handler


def configure_logging() -> Path:
    """Log to the rotating file (information and above) and to stderr (warnings and above).

    Calling it again replaces what an earlier call installed, so the command line can be run
    several times in one process (tests) without duplicating lines. Returns the file's path.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    path = log_file()
    handlers: list[logging.Handler] = []
    file_handler = _file_handler(path)
    if file_handler is not None:
        handlers.append(file_handler)
    if _has_console():
        console = CurrentStderrHandler()
        console.setLevel(logging.WARNING)
        handlers.append(console)
    for handler in handlers:
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    logging.getLogger("gusp_desktop").setLevel(logging.INFO)
    return path


def is_user_error(error: BaseException) -> bool:
    """True for the errors shown to the user as they are (no traceback needed)."""
    return isinstance(error, GuspError)


def log_unexpected(
    error: BaseException, what: str = "Erreur inattendue", *, console: bool = True
) -> bool:
    """Write an unexpected error's traceback to the log, once; False for a user error.

    Several layers may see the same exception (the task runner, then the dialog showing it):
    the first one logs it and marks it, so the log holds each traceback once. With
    ``console`` False the traceback goes to the file only.
    """
    if is_user_error(error):
        return False
    if not getattr(error, _LOGGED, False):
        log.error(
            "%s : %s",
            what,
            error,
            exc_info=(type(error), error, error.__traceback__),
            extra={"console": console},
        )
        with contextlib.suppress(AttributeError, TypeError):
            setattr(error, _LOGGED, True)
    return True


def unexpected_message(error: BaseException) -> str:
    """What the user reads about a bug: what happened and where its details are."""
    return (
        f"Une erreur inattendue s'est produite ({type(error).__name__} : {error}).\n"
        f"Le détail est enregistré dans le journal :\n{log_file()}"
    )
