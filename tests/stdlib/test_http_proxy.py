"""Proxy (NET, issue 8 leftover: "a socket/HTTP function: not implemented"): HTTPRequest
and HTTPSend go through the proxy it names, logging in with Basic Proxy-Authorization;
Proxy("") goes back to direct requests; a password for a proxy on another machine is
refused (it would travel in clear) and nothing is set. Against a loopback proxy that
answers with the request line and the Proxy-Authorization it got. EN and FR.
docs/builtins.md "Proxy"."""
from __future__ import annotations

import base64
import io
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from loopback import QuietHandler, RawServer, serve_http
from wlinterp.engine import run_source


class Relay(QuietHandler):
    """A proxy that answers itself: "via <method> <target> auth <Proxy-Authorization>"."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = (f"via GET {self.path} auth "
                f"{self.headers.get('Proxy-Authorization', '')}").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def relay() -> Iterator[int]:
    yield from serve_http(Relay)


EN = """Proxy("127.0.0.1", {port}, "ann", "p@ss:w")
HTTPRequest("http://shop.example.invalid/catalog?x=1")
Trace(HTTPGetResult())
r is httpRequest
r.URL = "http://shop.example.invalid/orders"
Trace(HTTPSend(r).Content)
r.User = "bob"
r.Password = "secret"
HTTPSend(r)
Trace(ErrorOccurred, ErrorInfo(errMessage))
Proxy("")
HTTPRequest("http://127.0.0.1:{port}/direct")
Trace(HTTPGetResult())
Proxy("10.20.30.40", 3128, "ann", "pw")
Trace(ErrorOccurred, ErrorInfo(errMessage))
HTTPRequest("http://127.0.0.1:{port}/still-direct")
Trace(HTTPGetResult())
"""
FR = """Proxy("127.0.0.1", {port}, "ann", "p@ss:w")
HTTPRequête("http://shop.example.invalid/catalog?x=1")
Trace(HTTPDonneRésultat())
r est une httpRequête
r.URL = "http://shop.example.invalid/orders"
Trace(HTTPEnvoie(r).Contenu)
r.Utilisateur = "bob"
r.MotDePasse = "secret"
HTTPEnvoie(r)
Trace(ErreurDétectée, ErreurInfo(errMessage))
Proxy("")
HTTPRequête("http://127.0.0.1:{port}/direct")
Trace(HTTPDonneRésultat())
Proxy("10.20.30.40", 3128, "ann", "pw")
Trace(ErreurDétectée, ErreurInfo(errMessage))
HTTPRequête("http://127.0.0.1:{port}/still-direct")
Trace(HTTPDonneRésultat())
"""


@pytest.mark.parametrize("code, send", [(EN, "HTTPSend"), (FR, "HTTPEnvoie")],
                         ids=["en", "fr"])
def test_requests_go_through_the_proxy(relay: int, code: str, send: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(relay)), "proxy.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    login = "Basic " + base64.b64encode(b"ann:p@ss:w").decode()
    assert out.getvalue().splitlines() == [
        f"via GET http://shop.example.invalid/catalog?x=1 auth {login}",
        f"via GET http://shop.example.invalid/orders auth {login}",
        f"1, {send}: the request to http://shop.example.invalid/orders: credentials are "
        "not sent in clear text to another machine (shop.example.invalid): use https://, "
        "or allow it with --allow-cleartext-auth.",
        "via GET /direct auth ",
        "1, Proxy: the proxy's user and password would go in clear text to another "
        "machine (10.20.30.40:3128); the proxy is not set (allow it with "
        "--allow-cleartext-auth).",
        "via GET /still-direct auth "]
    assert "p@ss" not in out.getvalue() and "secret" not in out.getvalue()


@pytest.mark.parametrize("args, words", [
    ('"a b"', "'a b' port 80 is not a proxy's address"),
    ('"proxy.example", 70000', "'proxy.example' port 70000 is not a proxy's address")])
def test_what_is_no_proxy_is_a_failed_call(args: str, words: str) -> None:
    out = io.StringIO()
    run_source(f"Proxy({args})\nTrace(ErrorOccurred, ErrorInfo(errMessage))\n", "p.wl",
               stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [f"1, Proxy: {words} (a host name or an IP "
                                           "address, and a port from 1 to 65535)."]


def _tunnel_proxy(seen: list[str]) -> RawServer:
    """A CONNECT proxy: notes the request line, answers 200, then relays bytes both ways
    between the client and the target until either side closes."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            piece = conn.recv(4096)
            if not piece:
                return
            head += piece
        line = head.split(b"\r\n")[0].decode()
        seen.append(line)
        host, port = line.split()[1].rsplit(":", 1)
        target = socket.create_connection(("127.0.0.1", int(port)), timeout=5)
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        for a, b in ((conn, target), (target, conn)):
            threading.Thread(target=_pipe, args=(a, b, stop), daemon=True).start()
        stop.wait(10)
        target.close()
    return RawServer(script)


def _pipe(source: socket.socket, sink: socket.socket, stop: threading.Event) -> None:
    source.settimeout(0.2)
    while not stop.is_set():
        try:
            data = source.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            return
        if not data:
            return
        try:
            sink.sendall(data)
        except OSError:
            return


def _https_site(ca: trustme.CA) -> RawServer:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(ctx)

    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        try:
            tls = ctx.wrap_socket(conn, server_side=True)
            request = tls.recv(4096).split(b"\r\n")[0]
        except (ssl.SSLError, OSError):
            return
        body = b"secure " + request
        tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
    return RawServer(script)


def test_https_goes_through_a_connect_tunnel(tmp_path: Path) -> None:
    """https:// through the proxy: a CONNECT to the site, then TLS with the site itself,
    its certificate checked against its name (the proxy sees no request in clear)."""
    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    seen: list[str] = []
    site, proxy = _https_site(ca), _tunnel_proxy(seen)
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(f'Proxy("127.0.0.1", {proxy.port})\n'
                   f'Trace(HTTPSend("https://localhost:{site.port}/orders").Content)\n'
                   "Trace(ErrorInfo(errMessage))\n", "tunnel.wl", stdout=out, stderr=err,
                   options={"ca_file": str(tmp_path / "ca.pem")})
    finally:
        site.close()
        proxy.close()
    assert err.getvalue() == "", err.getvalue()
    assert out.getvalue().splitlines() == ["secure GET /orders HTTP/1.1", ""]
    assert len(seen) == 1 and seen[0].startswith(f"CONNECT localhost:{site.port} HTTP/1."), seen
