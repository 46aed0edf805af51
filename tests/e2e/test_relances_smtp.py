"""Relances sent through a real SMTP server (aiosmtpd on 127.0.0.1), from the command line.

The server authenticates with its own login and password, records every message it accepts,
and can be told to drop the connection in the middle of a batch. What it received is compared
with the database's log: each pilot contact gets their relance exactly once, even after a
failed password, a dropped connection and a retry.
"""

from __future__ import annotations

import contextlib
import email
import io
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from gusp_desktop.db.engine import make_engine
from gusp_desktop.domain.relances import SendStatus, SmtpProfile, SmtpSecurity
from gusp_desktop.main import main
from gusp_desktop.services.registry import Services
from gusp_desktop.services.relances.smtp import SmtpError
from tests.fixtures.databases import make_services
from tests.fixtures.demo import DemoTemplates, demo_context

# The local test server authenticates in clear on 127.0.0.1; aiosmtpd warns about it.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
LOGIN, PASSWORD = "coordination", "secret-smtp-2025"
SENDER = "gusp@agglo.example"


@dataclass
class Mailbox:
    """What the server accepted, and whether it should drop the connection instead."""

    received: list[EmailMessage] = field(default_factory=list)
    drop_after: int | None = None

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        if self.drop_after is not None and len(self.received) >= self.drop_after:
            assert server.transport is not None
            server.transport.close()  # no reply: the client sees the link die mid-message
            return "421 fermeture"
        content = envelope.original_content or b""
        message = email.message_from_bytes(content, policy=default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        return "250 OK"


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        LOGIN.encode(),
        PASSWORD.encode(),
    )
    # handled=False: aiosmtpd answers the refusal itself (535) instead of leaving the
    # client waiting for a reply the authenticator never sent.
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    port = _free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_required=True,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


@dataclass
class Territory:
    db_path: Path
    services: Services
    seance_id: int


@pytest.fixture
def territory(
    tmp_path: Path, demo_templates: DemoTemplates, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Territory]:
    # The demo on the real clock, so that its coming séances are ahead of today.
    db_path = demo_templates.copy_to(tmp_path / "demo.sqlite3", now=None)
    engine = make_engine(f"sqlite:///{db_path}")
    services = make_services(engine, tmp_path / "data", demo_context(engine, now=None))
    seance = next(s for s in services.relances.coming_seances() if "inter-quartiers" in s.label)
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GUSP_USER", "claire")
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    yield Territory(db_path, services, seance.id)
    engine.dispose()


def _cli(territory: Territory, *args: str, stdin: str = "") -> tuple[int, str, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--db", str(territory.db_path), *args])
    out.flush()
    err.flush()
    return (
        code,
        out.buffer.getvalue().decode(),  # type: ignore[attr-defined]
        err.buffer.getvalue().decode(),  # type: ignore[attr-defined]
    )


def _add_profile(territory: Territory, port: int) -> None:
    code, printed, _ = _cli(
        territory, "smtp", "add", "local", "--host", "127.0.0.1", "--port", str(port),
        "--security", "aucune", "--user", LOGIN, "--sender", SENDER,
        "--sender-name", "Coordination GUSP", "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, printed
    assert "trousseau" in printed  # the test keyring is not secure: nothing was kept
    assert PASSWORD not in (Path(territory.db_path).parent / "config" / "relances.json").read_text()


def _send(territory: Territory, password: str = PASSWORD) -> tuple[int, str, str]:
    return _cli(
        territory, "relances", "send", "--seance", str(territory.seance_id), "--smtp", "local",
        "--password-stdin", "--format", "json", stdin=password + "\n",
    )  # fmt: skip


def _recipients(territory: Territory) -> set[str]:
    batch = territory.services.relances.batch(territory.seance_id)
    return {r.email for r in batch.recipients if r.email}


def _delivered(box: Mailbox) -> list[str]:
    return [m["To"].addresses[0].addr_spec for m in box.received]


def test_delivery_then_a_retry_sends_nothing_twice(
    territory: Territory, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    _add_profile(territory, port)
    code, printed, errors = _cli(
        territory, "relances", "send", "--seance", str(territory.seance_id), "--dry-run"
    )
    assert code == 0, errors
    assert box.received == [] and territory.services.relances.records() == []
    assert "simulation" in printed
    code, printed, errors = _send(territory)
    assert code == 0, errors
    delivered = _delivered(box)
    assert sorted(delivered) == sorted(_recipients(territory))
    first = box.received[0]
    assert first["X-Unsent"] is None and first["From"].addresses[0].addr_spec == SENDER
    assert first.get_body(("plain",)) is not None and first.get_body(("html",)) is not None
    assert len(list(first.iter_attachments())) == 2
    logged = territory.services.relances.records(seance_id=territory.seance_id)
    assert sorted(r.email for r in logged) == sorted(delivered)
    assert {r.message_id for r in logged} == {m["Message-ID"] for m in box.received}
    number = territory.services.relances.batch(territory.seance_id).recipients[0].actions[0].number
    code, printed, errors = _cli(
        territory, "relances", "log", "--action", number, "--format", "json"
    )
    assert code == 0, errors
    [entry] = json.loads(printed)
    assert entry["mode"] == "envoi" and number in entry["actions"] and entry["author"] == "claire"
    code, printed, errors = _send(territory)
    assert code == 0, errors
    assert len(box.received) == len(delivered), "nothing sent again"
    assert '"deja_envoyee"' in printed and '"envoyee"' not in printed


def test_wrong_password_sends_nothing(territory: Territory, mailbox: tuple[Mailbox, int]) -> None:
    box, port = mailbox
    _add_profile(territory, port)
    code, _printed, errors = _send(territory, "mauvais")
    assert code == 1
    assert "refuse l'identifiant" in errors and "mauvais" not in errors
    assert box.received == []
    assert territory.services.relances.records() == []
    code, printed, errors = _cli(territory, "smtp", "test", "local", "--password-stdin",
                                 stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, errors
    assert _delivered(box) == [SENDER]


def test_dropped_connection_then_resume_without_duplicates(
    territory: Territory, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    profile = SmtpProfile("local", "127.0.0.1", SENDER, port, SmtpSecurity.NONE, LOGIN)
    delivery = territory.services.relance_delivery
    batch = territory.services.relances.batch(territory.seance_id)
    expected = sorted(r.email for r in batch.recipients if r.email)
    assert len(expected) > 3
    box.drop_after = 2
    outcomes = delivery.send(batch, profile, PASSWORD)
    assert [o.status for o in outcomes].count(SendStatus.SENT) == 2
    failed = [o for o in outcomes if o.status is SendStatus.FAILED]
    assert failed and all("connexion" in o.message for o in failed)
    box.drop_after = None
    steps: list[tuple[int, int, str]] = []
    again = delivery.send(batch, profile, PASSWORD, progress=lambda *s: steps.append(s))
    assert [o.status for o in again].count(SendStatus.ALREADY_SENT) == 2
    assert sorted(_delivered(box)) == expected, "each pilot once, none missing"
    assert steps[-1][0] == steps[-1][1] == len(batch.recipients)
    logged = territory.services.relances.records(seance_id=territory.seance_id)
    assert sorted(r.email for r in logged) == expected


def test_unreachable_server_is_a_french_error(territory: Territory) -> None:
    profile = SmtpProfile("nulle", "127.0.0.1", SENDER, _free_port(), SmtpSecurity.NONE)
    batch = territory.services.relances.batch(territory.seance_id, organisations=["MH"])
    with pytest.raises(SmtpError, match="Connexion impossible|fermé"):
        territory.services.relance_delivery.send(batch, profile, None)
    assert territory.services.relances.records() == []


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its own authority) and its key."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Serveur de courrier de test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "serveur.pem", folder / "serveur.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.mark.parametrize("security", [SmtpSecurity.STARTTLS, SmtpSecurity.SSL])
def test_encrypted_link_checks_the_servers_certificate(
    territory: Territory, tmp_path: Path, security: SmtpSecurity
) -> None:
    import ssl

    cert, key = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    box, port = Mailbox(), _free_port()
    options: dict[str, Any] = (
        {"tls_context": server_tls, "require_starttls": True}
        if security is SmtpSecurity.STARTTLS
        # aiosmtpd does not see the implicit TLS under its feet: AUTH allowed explicitly.
        else {"ssl_context": server_tls, "auth_require_tls": False}
    )
    controller = Controller(
        box, hostname="127.0.0.1", port=port, authenticator=_authenticate, auth_required=True,
        **options,
    )  # fmt: skip
    controller.start()
    try:
        trusted = SmtpProfile("tls", "127.0.0.1", SENDER, port, security, LOGIN, "", str(cert))
        delivery = territory.services.relance_delivery
        assert delivery.test_send(trusted, PASSWORD) == SENDER
        unknown = SmtpProfile("tls", "127.0.0.1", SENDER, port, security, LOGIN)
        with pytest.raises(SmtpError, match="certificat refusé"):
            delivery.test_send(unknown, PASSWORD)
    finally:
        controller.stop()
    assert [m["To"].addresses[0].addr_spec for m in box.received] == [SENDER]
