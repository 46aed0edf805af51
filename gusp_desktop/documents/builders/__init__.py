"""Builders turning service values into neutral documents, one module per document.

:mod:`.minutes` (compte rendu), :mod:`.decisions` (relevé de décisions), :mod:`.convocation`
(with its ICS invitation), :mod:`.agenda` (ordre du jour), :mod:`.attendance` (feuille
d'émargement) and :mod:`.action_plan` (plan d'actions, also as a spreadsheet). Builders never
render nor write files: :class:`gusp_desktop.services.exports.ExportService` does.
"""
