"""Documents produced by the application: PDF and DOCX, spreadsheet exports and invitations.

:mod:`.model` describes a document independently of its format; :mod:`.pdf` and :mod:`.docx`
render it, :mod:`.tabular` exports lists to XLSX and CSV, :mod:`.ics` writes meeting
invitations and :mod:`.french` formats dates and typography. The renderers are imported from
their own modules so that reportlab and python-docx are only loaded when a document is made.
"""
