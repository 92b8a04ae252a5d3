"""Business code as WINDEV developers write it (issue 8, NET, method b): invoices uploaded
to a large customer's portal over HTTPS with the company's client certificate (.p12)
kept in base64 in the application's parameters and never written to disk: decoded into a
Buffer given to httpRequest.ClientCertificate with its password
(tests/stdlib/business/depot_factures_certificat_fr.wl: CONSTANTE, global Buffer, LOCAL
parameters, ChaîneConstruit with `""` quotes, `..` properties, a currency amount;
certificate_upload_en.wl, its English twin); a password out of date fails the upload in
words naming the certificate as a Buffer, nothing sent. Against a loopback HTTPS server
that requires a client certificate of its CA (tests/stdlib/test_http_request_members.py's)
and answers with the certificate's name; this is the path of socket_certificates.pkcs12_into."""
from __future__ import annotations

import base64
import io
import socket
import ssl
import threading
from pathlib import Path

import pytest

from loopback import RawServer
from test_http_request_members import authority, requiring_context  # noqa: F401 (a fixture)
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
CASES = {"fr": ("depot_factures_certificat_fr.wl", "échec (HTTPEnvoie"),
         "en": ("certificate_upload_en.wl", "failed (HTTPSend")}


def _portal(ca, seen: list[tuple[str, str, bytes]]) -> RawServer:
    """An HTTPS portal on 127.0.0.1 requiring a client certificate of `ca`: reads the
    whole request (its body by Content-Length), notes (certificate's name, request
    line, body), answers "hello <name>"."""
    ctx = requiring_context(ca)

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        try:
            tls = ctx.wrap_socket(conn, server_side=True)
            data = b""
            while b"\r\n\r\n" not in data:
                data += tls.recv(4096) or b"\r\n\r\n"
            head, _, body = data.partition(b"\r\n\r\n")
            size = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                         if line.lower().startswith(b"content-length:")), 0)
            while len(body) < size:
                body += tls.recv(4096)
        except (ssl.SSLError, OSError):
            return
        name = dict(pair[0] for pair in tls.getpeercert()["subject"])["commonName"]
        seen.append((name, head.split(b"\r\n")[0].decode(), body))
        answer = f"hello {name}".encode()
        tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(answer), answer))
    return RawServer(script)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_invoices_go_with_the_certificate_from_memory(authority, lang: str) -> None:  # noqa: F811
    ca, folder = authority
    seen: list[tuple[str, str, bytes]] = []
    srv = _portal(ca, seen)
    name, failed = CASES[lang]
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(srv.port))
    code = code.replace("{b64}", base64.b64encode((folder / "ann.p12").read_bytes()).decode())
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code, name, stdout=out, stderr=err, options={"ca_file": str(folder / "ca.pem")})
    finally:
        srv.close()
    assert err.getvalue() == "", err.getvalue()
    assert out.getvalue().splitlines() == [
        "FA-1001 : 200 hello Ann Client" if lang == "fr" else "FA-1001: 200 hello Ann Client",
        "FA-1002 : 200 hello Ann Client" if lang == "fr" else "FA-1002: 200 hello Ann Client",
        ("FA-1003 : " if lang == "fr" else "FA-1003: ") + failed + ": the client certificate "
        "(given as a Buffer) could not be opened: it is not a .p12 (PKCS #12) or PEM "
        "certificate, or ClientCertificatePassword is not its password; nothing was sent.)"]
    assert [(who, line) for who, line, _ in seen] == [
        ("Ann Client", "POST /depot/FA-1001 HTTP/1.1"), ("Ann Client", "POST /depot/FA-1002 HTTP/1.1")]
    assert seen[1][2].decode("utf-8") == (
        '<?xml version="1.0" encoding="UTF-8"?><facture numero="FA-1002"><montant '
        'devise="EUR">1250.5</montant><libelle>Prestation d\'étude</libelle></facture>')
