"""Why an imported file was refused, as lupdate must see it, so the English catalogue has it.

A photo or a list of reports read from disk is refused with a ``Message`` naming the
reason (too large, unreadable, an unknown category on line 12); ``ui.service_messages``
translates it in the « ServiceErrors » context these entries fill. Nothing imports them.
"""

from __future__ import annotations

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

PHOTO_REFUSALS = (
    QT_TRANSLATE_NOOP("ServiceErrors", "image trop grande ({width} × {height} pixels)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "ce n'est pas une image JPEG, PNG ou HEIC lisible"),
    QT_TRANSLATE_NOOP("ServiceErrors", "image illisible ou tronquée ({detail})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier trop lourd ({size} Mo, {limit} Mo au plus)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier vide"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier illisible ({detail})"),
)
