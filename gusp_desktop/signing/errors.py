"""Errors raised by the signing package; every message is a French sentence shown as is to users."""

from __future__ import annotations

from gusp_desktop.domain.errors import Message


class SigningError(Exception):
    """Base class: something prevented creating, loading or using a signing identity."""


class IdentityError(SigningError):
    """An identity name is invalid, already taken or unknown, or its files are unusable."""


class WrongPassphraseError(SigningError):
    """The passphrase does not open the PKCS#12 file of an identity."""

    def __init__(self, label: str) -> None:
        super().__init__(Message("Phrase secrète incorrecte pour « {label} ».", label=label))
        self.label = label
