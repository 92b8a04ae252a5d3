"""Proxy (NET, issue 8 leftover: "a socket/HTTP function: not implemented"): HTTPRequest
and HTTPSend go through the proxy it names, logging in with Basic Proxy-Authorization;
Proxy("") goes back to direct requests; a password for a proxy on another machine is
refused (it would travel in clear) and nothing is set. Against a loopback proxy that
answers with the request line and the Proxy-Authorization it got. EN and FR.
docs/builtins.md "Proxy"."""
from __future__ import annotations

import base64
import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
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
