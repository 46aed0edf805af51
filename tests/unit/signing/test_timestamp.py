"""PAdES B-T: a signature time-stamped by an RFC 3161 service (a local one for the tests)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from gusp_desktop.signing.errors import SigningError
from gusp_desktop.signing.sign import sign_pdf
from gusp_desktop.signing.verify import verify_pdf

from .helpers import SECRETARY_PASSPHRASE, Organisation


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _tsa_material() -> tuple[x509.Certificate, x509.Certificate, rsa.RSAPrivateKey]:
    """A time-stamping authority under its own root, as a public TSA would be (RSA: the
    test stamper only signs with RSA keys)."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Racine Horodatage Test"))
        .issuer_name(_name("Racine Horodatage Test"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa = (
        x509.CertificateBuilder()
        .subject_name(_name("Service Horodatage Test"))
        .issuer_name(root.subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    return root, tsa, tsa_key


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class _TsaServer(ThreadingHTTPServer):
    stamper: DummyTimeStamper


class _TsaHandler(BaseHTTPRequestHandler):
    server: _TsaServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        answer = self.server.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def tsa() -> Iterator[tuple[str, x509.Certificate]]:
    root, cert, key = _tsa_material()
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = _TsaServer(("127.0.0.1", 0), _TsaHandler)
    server.stamper = DummyTimeStamper(
        tsa_cert=_asn1(cert),
        tsa_key=key_info,
        certs_to_embed=SimpleCertificateStore.from_certs([_asn1(root)]),
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", root
    server.shutdown()
    server.server_close()


def _sign(org: Organisation, source: Path, out: Path, url: str) -> None:
    sign_pdf(
        source,
        out,
        org.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Approbation du compte rendu",
        timestamp_url=url,
    )


def test_timestamped_signature_is_accepted_with_the_tsa_root(
    tsa: tuple[str, x509.Certificate], organisation: Organisation, minutes_pdf: Path, tmp_path: Path
) -> None:
    url, root = tsa
    out = tmp_path / "horodate.pdf"
    _sign(organisation, minutes_pdf, out, url)
    report = verify_pdf(out, [root], store=organisation.store)
    assert report.ok, report.problems
    stamp = report.signatures[0].timestamp_time
    assert stamp is not None
    assert abs(stamp - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_timestamp_from_an_unknown_tsa_is_reported(
    tsa: tuple[str, x509.Certificate], organisation: Organisation, minutes_pdf: Path, tmp_path: Path
) -> None:
    url, _root = tsa
    out = tmp_path / "horodate.pdf"
    _sign(organisation, minutes_pdf, out, url)
    report = verify_pdf(out, store=organisation.store)
    assert not report.ok
    assert report.problems == (
        "L'horodatage de la signature « Signature1 » n'est pas valide ou approuvé.",
    )


def test_unreachable_timestamp_service(
    organisation: Organisation, minutes_pdf: Path, tmp_path: Path
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "jamais.pdf"
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(SigningError, match="Le service d'horodatage .* n'a pas répondu"):
        _sign(organisation, minutes_pdf, out, url)
    assert not out.exists()
