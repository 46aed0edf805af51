"""How the command line opens the database: the shared composition root, a terminal prompt."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime


def terminal_password_prompt(label: str) -> str | None:
    """Ask for a password on the terminal; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{label}\nMot de passe : ")


def open_runtime(db: str | None, notice: Callable[[str], None] | None = None) -> Runtime:
    """The database named by ``--db`` (or the default), a profile's password asked if needed.

    The composition root is imported here, when a command runs, so that ``--help`` and usage
    errors answer without loading every service.
    """
    from gusp_desktop.bootstrap import Runtime

    return Runtime(db, password_prompt=terminal_password_prompt, notice=notice)
