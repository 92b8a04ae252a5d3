"""The httpRequest members Cookie, Version, Destination and ClientCertificate (NET,
issue 8; ?1000021158, docs/builtins.md "httpRequest: Cookie, Version, Destination,
ClientCertificate"): each was "httpRequest has no property ..." and stopped the run.
Against real loopback servers, EN and FR scripts: the Cookie member is the request's
Cookie header (after one set in Header); Version httpVersion2 sends HTTP/1.1 and
httpVersion2Only fails unsent; Destination writes the body to a file and leaves Content
empty; a .p12 client certificate (a file or a Buffer) with its password, or a PEM file,
is presented to an HTTPS server that requires one, which reads its subject; no
certificate, a wrong password or a missing file is a failed call in words, nothing sent.
The French progress names of the French page (AvancementTéléchargement, httpAvancement)
name the same members as the English ones.
"""
from __future__ import annotations

import io
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from loopback import QuietHandler, RawServer, serve_http
from wlinterp.check import check_paths
from wlinterp.engine import run_source


class Echo(QuietHandler):
    """Answers what it received: path, Cookie header, protocol version."""

    def do_GET(self) -> None:
        self.answer(json.dumps({"path": self.path, "cookie": self.headers.get("Cookie", ""),
                                "version": self.request_version}).encode(),
                    "application/json")


@pytest.fixture
def echo() -> Iterator[int]:
    yield from serve_http(Echo)


def _run(code: str, **options: object) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "members.wl", stdout=out, stderr=err, options=dict(options))
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


MEMBERS_EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/orders"
r.Header["Cookie"] = "theme=dark"
r.Cookie = "session=abc; lang=en"
r.Version = httpVersion2
rep is httpResponse = HTTPSend(r)
Trace(ErrorOccurred, rep.StatusCode, rep.Content)
r.Version = httpVersion2Only
rep = HTTPSend(r)
Trace(ErrorOccurred, rep.StatusCode, ErrorInfo())
r.Version = 7
rep = HTTPSend(r)
Trace(ErrorOccurred, ErrorInfo())
r.Version = httpVersionDefault
r.Destination = "{file}"
rep = HTTPSend(r)
Trace(ErrorOccurred, rep.StatusCode, "[" + rep.Content + "]", fLoadText("{file}"))
Trace(r.Cookie, r.Version, r.Destination = "{file}")
p is httpAvancement
r.DownloadProgress = p
"""
MEMBERS_FR = """r est une httpRequête
r..URL = "http://127.0.0.1:{port}/commandes"
r..Entête["Cookie"] = "theme=dark"
r..Cookie = "session=abc; lang=en"
r..Version = httpVersion2
rep est une httpRéponse = HTTPEnvoie(r)
Trace(ErreurDétectée, rep..CodeEtat, rep..Contenu)
r..Version = httpVersion2Only
rep = HTTPEnvoie(r)
Trace(ErreurDétectée, rep..CodeEtat, ErreurInfo())
r..Version = 7
rep = HTTPEnvoie(r)
Trace(ErreurDétectée, ErreurInfo())
r..Version = httpVersionDefault
r..Destination = "{file}"
rep = HTTPEnvoie(r)
Trace(ErreurDétectée, rep..CodeEtat, "[" + rep..Contenu + "]", fChargeTexte("{file}"))
Trace(r..Cookie, r..Version, r..Destination = "{file}")
p est un httpAvancement
r..AvancementTéléchargement = p
"""


@pytest.mark.parametrize("code, path", [(MEMBERS_EN, "/orders"), (MEMBERS_FR, "/commandes")],
                         ids=["en", "fr"])
def test_cookie_version_and_destination(echo: int, tmp_path: Path, code: str, path: str):
    file = tmp_path / "answer.json"
    lines = _run(code.format(port=echo, file=file))
    sent = json.dumps({"path": path, "cookie": "theme=dark; session=abc; lang=en",
                       "version": "HTTP/1.1"})
    name = "HTTPSend" if code is MEMBERS_EN else "HTTPEnvoie"
    assert lines[0] == f"0, 200, {sent}", lines
    assert lines[1] == (f"1, 0, {name}: the request asks for HTTP/2 only (httpVersion2Only); "
                        "wlinterp speaks HTTP/1.1, so nothing was sent (httpVersion2 sends "
                        "HTTP/1.1 when HTTP/2 is not available)."), lines
    assert lines[2] == (f"1, {name}: 7 is not an HTTP version (httpVersionDefault, "
                        "httpVersion2, httpVersion2Only); nothing was sent."), lines
    assert lines[3] == f"0, 200, [], {sent}", lines
    assert file.read_text() == sent
    assert lines[4] == "session=abc; lang=en, 0, 1", lines
    assert len(lines) == 5, lines


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[trustme.CA, Path]:
    ca = trustme.CA()
    folder = tmp_path_factory.mktemp("client-cert")
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    leaf = ca.issue_cert("client.example.test", common_name="Ann Client")
    key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), None)
    cert = leaf.cert_chain_pems[0].bytes()
    from cryptography import x509
    p12 = pkcs12.serialize_key_and_certificates(
        b"ann", key, x509.load_pem_x509_certificate(cert), None,  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(b"s3cret"))
    (folder / "ann.p12").write_bytes(p12)
    (folder / "ann.pem").write_bytes(leaf.private_key_pem.bytes() + cert)
    stranger = trustme.CA().issue_cert("stranger.example.test", common_name="Stranger")
    (folder / "stranger.pem").write_bytes(stranger.private_key_pem.bytes()
                                          + stranger.cert_chain_pems[0].bytes())
    return ca, folder


def requiring_context(ca: trustme.CA) -> ssl.SSLContext:
    """A server's TLS context for "localhost" that requires a client certificate of `ca`
    (test_business_certificate_upload.py's portal uses it too)."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(ctx)
    ca.configure_trust(ctx)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def _requiring_server(ca: trustme.CA, seen: list[str]) -> RawServer:
    """An HTTPS server on 127.0.0.1 that requires a client certificate of `ca` and
    answers with its subject's common name (noted in `seen`)."""
    ctx = requiring_context(ca)

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        tls = ctx.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        try:
            tls.do_handshake()
            tls.recv(4096)
        except (ssl.SSLError, OSError):  # no certificate: the refusal tested; the
            stop.wait(10)  # connection kept open, so the client reads the alert sent
            return
        subject = dict(pair[0] for pair in tls.getpeercert()["subject"])
        name = subject.get("commonName", "")
        seen.append(name)
        body = f"hello {name}".encode()
        tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    return RawServer(script)


CERT_EN = """r is httpRequest
r.URL = "https://localhost:{port}/me"
r.Timeout = 3000
{lines}
rep is httpResponse = HTTPSend(r)
Trace(ErrorOccurred, rep.StatusCode, rep.Content)
Trace(ErrorInfo())
"""
CERT_FR = """r est une httpRequête
r..URL = "https://localhost:{port}/moi"
r..DuréeNonRéponse = 3000
{lines}
rep est une httpRéponse = HTTPEnvoie(r)
Trace(ErreurDétectée, rep..CodeEtat, rep..Contenu)
Trace(ErreurInfo())
"""
GIVEN = {  # how the script names the certificate: (English lines, French lines)
    "p12 file": ('r.ClientCertificate = "{folder}/ann.p12"\n'
                 'r.ClientCertificatePassword = "s3cret"',
                 'r..CertificatClient = "{folder}/ann.p12"\n'
                 'r..MotDePasseCertificatClient = "s3cret"'),
    "p12 buffer": ('b is Buffer = fLoadBuffer("{folder}/ann.p12")\nr.ClientCertificate = b\n'
                   'r.ClientCertificatePassword = "s3cret"',
                   'b est un Buffer = fChargeBuffer("{folder}/ann.p12")\n'
                   'r..CertificatClient = b\nr..MotDePasseCertificatClient = "s3cret"'),
    "pem file": ('r.ClientCertificate = "{folder}/ann.pem"',
                 'r..CertificatClient = "{folder}/ann.pem"'),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("given", list(GIVEN))
def test_a_client_certificate_is_presented(authority, lang: str, given: str):
    ca, folder = authority
    seen: list[str] = []
    srv = _requiring_server(ca, seen)
    code, lines = (CERT_EN, GIVEN[given][0]) if lang == "en" else (CERT_FR, GIVEN[given][1])
    try:
        out = _run(code.format(port=srv.port, lines=lines.format(folder=folder)),
                   ca_file=str(folder / "ca.pem"))
    finally:
        srv.close()
    assert out == ["0, 200, hello Ann Client", ""], out
    assert seen == ["Ann Client"]


REFUSED = {
    "none": ("", "failed (TLS failed (the server requires a client certificate and none "
                 "was presented (TLSV13_ALERT_CERTIFICATE_REQUIRED)))."),
    "another CA's": ('r.ClientCertificate = "{folder}/stranger.pem"',
                     "failed (TLS failed (the server does not trust the issuer of the client "
                     "certificate presented (TLSV1_ALERT_UNKNOWN_CA)))."),
    "wrong password": ('r.ClientCertificate = "{folder}/ann.p12"\n'
                       'r.ClientCertificatePassword = "guess"',
                       "HTTPSend: the client certificate '{folder}/ann.p12' could not be "
                       "opened: it is not a .p12 (PKCS #12) or PEM certificate, or "
                       "ClientCertificatePassword is not its password; nothing was sent."),
    "no file": ('r.ClientCertificate = "{folder}/bob.p12"',
                "HTTPSend: the client certificate '{folder}/bob.p12' cannot be read (No "
                "such file or directory); nothing was sent."),
    "not a certificate": ('r.ClientCertificate = "{folder}/ca.pem"',
                          "HTTPSend: the client certificate '{folder}/ca.pem' could not be "
                          "used ("),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_missing_or_unreadable_certificate_is_a_failed_call(authority, case: str):
    ca, folder = authority
    seen: list[str] = []
    srv = _requiring_server(ca, seen)
    lines, words = REFUSED[case]
    try:
        out = _run(CERT_EN.format(port=srv.port, lines=lines.format(folder=folder)),
                   ca_file=str(folder / "ca.pem"))
    finally:
        srv.close()
    assert out[0] == "1, 0, ", out
    assert words.format(folder=folder) in out[1], out
    assert "s3cret" not in out[1] and "guess" not in out[1], out
    assert seen == [], "a request was answered without a client certificate"
    if case not in ("none", "another CA's"):
        assert srv.connections == 0, "a connection was made with a certificate unread"


SEND_EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/orders"
rep is httpResponse = r.Send()
Trace(ErrorOccurred, rep.StatusCode)
r.URL = "http://127.0.0.1:1/"
rep = r.Send()
Trace(ErrorOccurred, rep.StatusCode)
"""
SEND_FR = """r est une httpRequête
r..URL = "http://127.0.0.1:{port}/commandes"
rep est une httpRéponse = r.Envoie()
Trace(ErreurDétectée, rep..CodeEtat)
r..URL = "http://127.0.0.1:1/"
rep = r.Envoie()
Trace(ErreurDétectée, rep..CodeEtat)
"""


@pytest.mark.parametrize("code", [SEND_EN, SEND_FR], ids=["en", "fr"])
def test_the_send_method(echo: int, tmp_path: Path, code: str) -> None:
    """`<httpRequest>.Send()` (?1000021624) was taken for EmailSend: "The method .Send()
    is EmailSend, which expects 2 parameter(s)", in wl check (WL104) and in the run."""
    assert _run(code.format(port=echo)) == ["0, 200", "1, 0"]
    script = tmp_path / "send.wl"
    script.write_text(code.format(port=echo), encoding="utf-8")
    said = io.StringIO()
    assert check_paths([str(script)], err=said, out=said) == 0, said.getvalue()
    assert "WL104" not in said.getvalue(), said.getvalue()
