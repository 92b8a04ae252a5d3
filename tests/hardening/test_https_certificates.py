"""HTTPS servers that cannot be trusted or never finish the TLS exchange, against real TLS
servers on 127.0.0.1 (trustme certificates, the run's --ca-file trusting their CA): an
expired certificate, one for another host name, one of an unknown CA, a server speaking
plain HTTP on the HTTPS port, a handshake that never ends. Each is a failed call
(ErrorOccurred, a False/empty result) in words — the words FTP and e-mail use; it was
OpenSSL's "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has
expired (_ssl.c:1006)" — and nothing waits past the request's Timeout (a count of
answers, no wall time). English and French."""
from __future__ import annotations

import datetime
import io
import socket
import ssl
import threading
from collections.abc import Callable, Iterator

import pytest
import trustme

from loopback import RawServer
from wlinterp.engine import run_source

_NOW = datetime.datetime.now(datetime.timezone.utc)

EN = '''req is httpRequest
req.URL = "https://localhost:{port}/orders"
req.Timeout = 2000
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, r.StatusCode)
Trace(ErrorInfo())
'''
FR = '''req est une httpRequête
req..URL = "https://localhost:{port}/commandes"
req..DuréeNonRéponse = 2000
r est une httpRéponse = HTTPEnvoie(req)
Trace(ErreurDétectée, r..CodeEtat)
Trace(ErreurInfo())
'''


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[trustme.CA, str]:
    authority = trustme.CA()
    path = tmp_path_factory.mktemp("https") / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return authority, str(path)


def _tls_server(cert: trustme.LeafCert, answered: list[int]) -> RawServer:
    """An HTTPS server answering 200 "ok" to one request, counting its answers."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)

    def script(conn: socket.socket, stop: threading.Event) -> None:
        try:
            tls = ctx.wrap_socket(conn, server_side=True)
            tls.recv(4096)
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            answered.append(1)
        except (ssl.SSLError, OSError):  # the client refused us: what is tested
            pass
    return RawServer(script)


def _run(code: str, port: int, ca_file: str) -> list[str]:
    out = io.StringIO()
    run_source(code.format(port=port), "https.wl", stdout=out, stderr=io.StringIO(),
               options={"ca_file": ca_file})
    return out.getvalue().splitlines()


CERTS: dict[str, tuple[Callable[[trustme.CA], trustme.LeafCert], str]] = {
    "expired": (lambda ca: ca.issue_cert("localhost", not_before=_NOW - datetime.timedelta(
        days=60), not_after=_NOW - datetime.timedelta(days=1)),
        "failed (the server's certificate was refused (certificate has expired))."),
    "wrong host": (lambda ca: ca.issue_cert("other.example.test"),
                   "failed (the server's certificate was refused (Hostname mismatch, "
                   "certificate is not valid for 'localhost'.))."),
    "unknown CA": (lambda ca: trustme.CA().issue_cert("localhost"),
                   "failed (the server's certificate was refused (unable to get local "
                   "issuer certificate))."),
}


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
@pytest.mark.parametrize("kind", list(CERTS))
def test_a_certificate_that_cannot_be_trusted_is_a_failed_call(ca, code, kind):
    authority, ca_file = ca
    make, words = CERTS[kind]
    answered: list[int] = []
    srv = _tls_server(make(authority), answered)
    try:
        lines = _run(code, srv.port, ca_file)
    finally:
        srv.close()
    assert lines[0] == "1, 0", lines
    assert lines[1].endswith(f"https://localhost:{srv.port}/" + (
        "orders" if code is EN else "commandes") + " " + words), lines
    assert "_ssl.c" not in lines[1] and "[SSL" not in lines[1], lines
    assert answered == [], "the request was sent to a server that was not trusted"


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_the_control_a_trusted_certificate_is_answered(ca, code):
    authority, ca_file = ca
    answered: list[int] = []
    srv = _tls_server(authority.issue_cert("localhost"), answered)
    try:
        lines = _run(code, srv.port, ca_file)
    finally:
        srv.close()
    assert lines == ["0, 200", ""] and answered == [1], lines


def _plain_http(conn: socket.socket, stop: threading.Event) -> None:
    conn.recv(4096)
    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")


@pytest.fixture()
def silent() -> Iterator[tuple[RawServer, list[int]]]:
    """A server that accepts and never says a word of TLS (the handshake never ends),
    counting the connections it waited on."""
    waited: list[int] = []

    def script(conn: socket.socket, stop: threading.Event) -> None:
        waited.append(1)
        stop.wait(30)
    srv = RawServer(script)
    yield srv, waited
    srv.close()


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_handshake_that_never_ends_fails_at_the_timeout(ca, silent, code):
    srv, waited = silent
    lines = _run(code, srv.port, ca[1])
    assert lines[0] == "1, 0", lines
    assert "failed (no answer within 2 s: the request's Timeout, or HTTPTimeOut's)." \
        in lines[1], lines
    assert waited == [1], waited  # one connection, not retried


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_plain_http_on_the_https_port_is_named(ca, code):
    srv = RawServer(_plain_http)
    try:
        lines = _run(code, srv.port, ca[1])
    finally:
        srv.close()
    assert lines[0] == "1, 0", lines
    assert "failed (TLS failed (" in lines[1] and "_ssl.c" not in lines[1], lines


def test_http_request_says_the_same(ca):
    """HTTPRequest (the older function) fails alike: False, the same words."""
    authority, ca_file = ca
    answered: list[int] = []
    srv = _tls_server(CERTS["expired"][0](authority), answered)
    try:
        lines = _run('Trace(HTTPRequest("https://localhost:{port}/x"), ErrorOccurred)\n'
                     "Trace(ErrorInfo())\n", srv.port, ca_file)
    finally:
        srv.close()
    assert lines[0] == "0, 1", lines
    assert lines[1].endswith("failed (the server's certificate was refused (certificate "
                             "has expired))."), lines
