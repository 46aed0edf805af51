"""Reading back a synthèse for the tests: its text in each format, the names and restricted
words it must not carry, and the expected counts by plain SQL (never by the service)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
from sqlalchemy import Engine, text

PARIS = ZoneInfo("Europe/Paris")
VOID = {"meta", "br", "img", "hr", "link", "input", "wbr", "col", "source"}
CIVILITIES = {"m", "mme", "mlle", "monsieur", "madame"}


def plain(value: str) -> str:
    """Whitespace (no-break spaces included) made single spaces, apostrophes made straight
    (documents print the typographic one)."""
    return " ".join(value.replace("\u2019", "'").split())


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return plain(out)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return plain("\n".join(parts))


class StrictHtml(HTMLParser):
    """Records the text and every structural error: unclosed or mismatched tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> ferme {self.stack[-1:] or 'rien'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] not in ("style", "title"):
            self.text.append(data)


def parse_html(path: Path) -> StrictHtml:
    parser = StrictHtml()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    if parser.stack:
        parser.errors.append(f"non fermés : {parser.stack}")
    return parser


def person_names(engine: Engine) -> set[str]:
    """Every contact's first and last name, and the reporters' names, one word group each."""
    with engine.connect() as conn:
        names = {
            n
            for row in conn.execute(text("SELECT first_name, last_name FROM contact"))
            for n in row
        }
        for (name,) in conn.execute(text("SELECT name FROM signalement_reporter")):
            words = name.split()
            if words and words[0].lower().rstrip(".") in CIVILITIES:
                names.update(words[1:])
            names.add(name)
    return {n.strip() for n in names if len(n.strip()) >= 3}


def found_names(content: str, names: set[str]) -> set[str]:
    return {n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", content)}


RESTRICTED_SEANCES = (
    "SELECT s.id FROM seance s JOIN instance i ON i.id = s.instance_id WHERE i.restricted"
)
HIDDEN_ACTION = (
    "(a.restricted OR COALESCE(a.origin_seance_id IN ("
    + RESTRICTED_SEANCES
    + "), FALSE) OR EXISTS "
    "(SELECT 1 FROM constat k WHERE k.id = a.origin_constat_id AND k.seance_id IN ("
    + RESTRICTED_SEANCES
    + ")))"
)


def restricted_phrases(engine: Engine) -> set[str]:
    """Titles and notes of restricted séances' points, their decisions, restricted actions."""
    queries = (
        "SELECT ai.title FROM agenda_item ai WHERE ai.seance_id IN (" + RESTRICTED_SEANCES + ")",
        "SELECT ai.notes FROM agenda_item ai WHERE ai.seance_id IN (" + RESTRICTED_SEANCES + ")",
        "SELECT ai.title FROM agenda_item ai WHERE ai.restricted",
        "SELECT d.text FROM decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id "
        "WHERE ai.seance_id IN (" + RESTRICTED_SEANCES + ") OR ai.restricted",
        "SELECT a.title FROM action a WHERE " + HIDDEN_ACTION,
        "SELECT u.comment FROM action_update u WHERE u.seance_id IN (" + RESTRICTED_SEANCES + ")",
    )
    phrases: set[str] = set()
    with engine.connect() as conn:
        for query in queries:
            phrases.update(plain(t) for (t,) in conn.execute(text(query)) if t and len(t) > 12)
    return phrases


def bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    first = dt.datetime.combine(start, dt.time(), PARIS).astimezone(dt.UTC)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), PARIS).astimezone(dt.UTC)
    return first, after


def expected_counts(engine: Engine, code: str, start: dt.date, end: dt.date) -> dict[str, int]:
    """The synthèse's numbers, by plain SQL over the visibility rules."""
    first, after = bounds(start, end)
    if engine.dialect.name == "sqlite":  # stored as naive UTC text
        first, after = (f"{b:%Y-%m-%d %H:%M:%S.%f}" for b in (first, after))  # type: ignore[assignment]
    params = {"code": code, "start": start, "end": end, "first": first, "after": after}
    quartier = "(SELECT id FROM quartier WHERE code = :code)"
    constats = (
        f"SELECT count(*) FROM constat c WHERE c.quartier_id = {quartier} "
        "AND c.observed_on BETWEEN :start AND :end "
        f"AND (c.seance_id IS NULL OR c.seance_id NOT IN ({RESTRICTED_SEANCES}))"
    )
    signalements = (
        f"SELECT count(*) FROM signalement s WHERE s.quartier_id = {quartier} "
        "AND s.received_at >= :first AND s.received_at < :after AND NOT EXISTS "
        f"(SELECT 1 FROM action a WHERE a.id = s.action_id AND {HIDDEN_ACTION})"
    )
    visible_update = f"(u.seance_id IS NULL OR u.seance_id NOT IN ({RESTRICTED_SEANCES}))"
    last_status = (
        "(SELECT u.status FROM action_update u WHERE u.action_id = a.id AND u.at < :after "
        f"AND {visible_update} ORDER BY u.sequence DESC LIMIT 1)"
    )
    in_period = (
        "EXISTS (SELECT 1 FROM action_update u WHERE u.action_id = a.id AND u.at >= :first "
        f"AND u.at < :after AND {visible_update}"
    )
    base = f"SELECT count(*) FROM action a WHERE a.quartier_id = {quartier} AND NOT {HIDDEN_ACTION}"
    done = f"{base} AND {last_status} = 'realisee' AND {in_period} AND u.status = 'realisee')"
    going = f"{base} AND {last_status} = 'en_cours' AND {in_period})"
    decisions = (
        "SELECT d.text FROM decision d JOIN agenda_item ai ON ai.id = d.agenda_item_id "
        "JOIN seance s ON s.id = ai.seance_id JOIN instance i ON i.id = s.instance_id "
        "JOIN instance_quartier iq ON iq.instance_id = i.id "
        f"WHERE iq.quartier_id = {quartier} AND NOT i.restricted AND NOT ai.restricted "
        "AND s.cancelled_at IS NULL AND s.starts_at >= :first AND s.starts_at < :after"
    )
    with engine.connect() as conn:
        texts = [t for (t,) in conn.execute(text(decisions), params) if t.strip()]
        return {
            "constats": int(conn.scalar(text(constats), params) or 0),
            "signalements": int(conn.scalar(text(signalements), params) or 0),
            "done": int(conn.scalar(text(done), params) or 0),
            "going": int(conn.scalar(text(going), params) or 0),
            "decisions": sum(1 for t in texts if _about(t, code) and not _approval(t)),
        }


def _about(decision: str, code: str) -> bool:
    """Decisions citing only other quartiers' actions are left out."""
    cited = {m.split("-")[0] for m in re.findall(r"\b[A-Z]{2,4}-\d{2}-\d{3}\b", decision)}
    return not cited or code in cited


def _approval(decision: str) -> bool:
    """« Compte rendu du 15/10 approuvé » is left out of what residents read."""
    return re.match(r"\s*compte rendu\b.*approuvé", decision, re.IGNORECASE) is not None
