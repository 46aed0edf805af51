"""Signed minutes: the organisation's authority, signing identities, PAdES signing, verification.

Modules: :mod:`~gusp_desktop.signing.identities` (``IdentityStore``), :mod:`.sign` (``sign_pdf``)
and :mod:`.verify` (``verify_pdf``). The last two load pyHanko, which takes a few hundred
milliseconds, so they are not imported here: import them where they are used.
"""

from typing import Any

from gusp_desktop.signing.errors import IdentityError, SigningError, WrongPassphraseError


def __getattr__(name: str) -> Any:
    """``IdentityInfo`` and ``IdentityStore`` on first use: they load cryptography."""
    if name in ("IdentityInfo", "IdentityStore"):
        from gusp_desktop.signing import identities

        return getattr(identities, name)
    raise AttributeError(name)


__all__ = [
    "IdentityError",
    "IdentityInfo",
    "IdentityStore",
    "SigningError",
    "WrongPassphraseError",
]
