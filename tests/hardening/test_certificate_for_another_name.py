"""A server whose certificate, from an authority the run trusts (--ca-file), names another
host than the one the script wrote: every protocol refuses it in the same words (NET,
7 Dec 2026; wlinterp/mail/failures.py `certificate_words`), "the server's certificate was
refused (Hostname mismatch, certificate is not valid for 'localhost'.)". Sockets said
"certificate: Hostname mismatch, ..." and SMTP "the server's TLS certificate was
rejected: ..."; HTTPS and POP3/IMAP are pinned in test_https_certificates.py and
test_reading_tls_faults.py. Loopback servers; English and French."""
from __future__ import annotations

import io
import socket
import ssl
import threading
from pathlib import Path

import pytest

from loopback import RawServer, make_authority, read_command
from wlinterp.engine import run_source

REFUSED = ("the server's certificate was refused (Hostname mismatch, certificate is not "
           "valid for 'localhost'.)")


def _tls_at_once(context: ssl.SSLContext):
    def script(conn: socket.socket, stop: threading.Event) -> None:
        try:
            context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):  # the client refused the certificate
            pass
    return script


def _after(greeting: bytes, answers: list[bytes], context: ssl.SSLContext):
    """A server greeting in clear, answering each command with the next answer, then
    making TLS (STARTTLS, AUTH TLS)."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(greeting)
        for answer in answers:
            read_command(conn, stop)
            conn.sendall(answer)
        conn.settimeout(5)
        try:
            context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            pass
    return script


CASES = {
    "socket": (_tls_at_once, (), 'Trace(SocketConnectSSL("c", {port}, "localhost"), '
               'ErrorOccurred)', 'Trace(SocketConnecteSSL("c", {port}, "localhost"), '
               'ErreurDétectée)', "{f}: the TLS handshake with localhost:PORT failed "
               f"({REFUSED})."),
    "websocket": (_tls_at_once, (), 'Trace(WebSocketClientConnectSSL("c", "localhost", '
                  '{port}), ErrorOccurred)', 'Trace(WebSocketClientConnecteSSL("c", '
                  '"localhost", {port}), ErreurDétectée)', "{f}: the WebSocket to "
                  f"localhost:PORT could not be opened ({REFUSED})."),
    "ftpes": (_after, (b"220 hi\r\n", [b"234 go\r\n"]), 'Trace(FTPConnect('
              '"ftpes://localhost", "ann", "pw", {port}) <> -1, ErrorOccurred)',
              'Trace(FTPConnecte("ftpes://localhost", "ann", "pw", {port}) <> -1, '
              'ErreurDétectée)', f"{{f}} failed ({REFUSED})."),
    "smtp": (_after, (b"220 hi ESMTP\r\n", [b"250-hi\r\n250 STARTTLS\r\n", b"220 go\r\n"]),
             'EmailSetTimeOut(5)\nTrace(EmailStartSMTPSession("u", "pw", "localhost", '
             '{port}, False, emailOptionSecuredTLS), ErrorOccurred)',
             'EmailChangeTimeOut(5)\nTrace(EmailOuvreSessionSMTP("u", "pw", "localhost", '
             '{port}, Faux, emailOptionSécuriséTLS), ErreurDétectée)',
             "SMTP server localhost:PORT, TLS handshake (STARTTLS): " + REFUSED + "."),
}
NAMES = {"socket": ("SocketConnectSSL", "SocketConnecteSSL"),
         "websocket": ("WebSocketClientConnectSSL", "WebSocketClientConnecteSSL"),
         "ftpes": ("FTPConnect", "FTPConnecte"), "smtp": ("", "")}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("french", [False, True], ids=["en", "fr"])
def test_a_certificate_for_another_name_is_refused_in_words(tmp_path: Path, case: str,
                                                            french: bool) -> None:
    make, args, en, fr, said = CASES[case]
    ca_file, context = make_authority(tmp_path, "other.example.test")
    server = RawServer(make(*args, context))
    code = (fr if french else en) + ("\nTrace(ErreurInfo(errMessage))\n" if french
                                     else "\nTrace(ErrorInfo(errMessage))\n")
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code.format(port=server.port), "tls.wl", stdout=out, stderr=err,
                   options={"ca_file": ca_file})
    finally:
        server.close()
    assert err.getvalue() == ""
    assert out.getvalue().replace(str(server.port), "PORT").splitlines() == [
        "0, 1", said.format(f=NAMES[case][french])]
