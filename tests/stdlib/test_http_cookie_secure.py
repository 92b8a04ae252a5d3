"""A cookie a server set with `Secure` over https stays https-only when HTTPCookieGet
reads it and HTTPCookieReplace puts it back (the Cookie type's page's own round trip,
?1000019222): the copy put back was a plain cookie, sent over http:// to the same host
(a reviewer's find, 6 Dec 2026). Real loopback servers: one HTTPS (a trustme authority,
given as the run's CA file), one plain HTTP, both on 127.0.0.1. EN and FR.
docs/builtins.md "HTTP cookies"."""
from __future__ import annotations

import io
import ssl
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from loopback import QuietHandler, make_authority, serve_http
from wlinterp.engine import run_source


class Echo(QuietHandler):
    """Answers "cookie=<the Cookie header it got>"; /?Login sets S=sec, Secure."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = f"cookie={self.headers.get('Cookie', '')}".encode()
        self.send_response(200)
        if "Login" in self.path:
            self.send_header("Set-Cookie", "S=sec; Path=/; Secure")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def plain() -> Iterator[int]:
    yield from serve_http(Echo)


@pytest.fixture
def tls(tmp_path: Path) -> Iterator[tuple[int, str]]:
    """An HTTPS server on 127.0.0.1: its port and the CA file that trusts it."""
    ca_file, context = make_authority(tmp_path, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], ca_file
    finally:
        server.shutdown()
        server.server_close()


def _run(code: str, plain: int, tls: tuple[int, str]) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    source = code.replace("{port}", str(plain)).replace("{sport}", str(tls[0]))
    run_source(source, "secure.wl", stdout=out, stderr=err, options={"ca_file": tls[1]})
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


ROUND_EN = """HTTPRequest("https://127.0.0.1:{sport}/?Login")
arr is array of Cookie = HTTPCookieGet("127.0.0.1")
HTTPCookieReplace("127.0.0.1", arr)
HTTPRequest("http://127.0.0.1:{port}/")
Trace(HTTPGetResult())
HTTPRequest("https://127.0.0.1:{sport}/")
Trace(HTTPGetResult())
"""
ROUND_FR = """HTTPRequête("https://127.0.0.1:{sport}/?Login")
tab est un tableau de Cookie = HTTPCookieRécupère("127.0.0.1")
HTTPCookieRemplace("127.0.0.1", tab)
HTTPRequête("http://127.0.0.1:{port}/")
Trace(HTTPDonneRésultat())
HTTPRequête("https://127.0.0.1:{sport}/")
Trace(HTTPDonneRésultat())
"""


@pytest.mark.parametrize("code", [ROUND_EN, ROUND_FR], ids=["en", "fr"])
def test_secure_cookie_put_back_is_not_sent_over_http(
        plain: int, tls: tuple[int, str], code: str) -> None:
    """Get then Replace: the cookie goes to https:// and never to http://."""
    assert _run(code, plain, tls) == ["cookie=", "cookie=S=sec"]


PROPERTY_EN = """HTTPRequest("https://127.0.0.1:{sport}/?Login")
arr is array of Cookie = HTTPCookieGet("127.0.0.1")
Trace(arr[1].Name, arr[1].Secure)
saved is Buffer
Serialize(arr, saved, psdXML)
back is array of Cookie
Deserialize(back, saved, psdXML)
Trace(back[1].Secure)
back[1].Secure = False
HTTPCookieReplace("127.0.0.1", back)
HTTPRequest("http://127.0.0.1:{port}/")
Trace(HTTPGetResult())
"""
PROPERTY_FR = """HTTPRequête("https://127.0.0.1:{sport}/?Login")
tab est un tableau de Cookie = HTTPCookieRécupère("127.0.0.1")
Trace(tab[1].Nom, tab[1].Sécurisé)
sauvé est un Buffer
Sérialise(tab, sauvé, psdXML)
relu est un tableau de Cookie
Désérialise(relu, sauvé, psdXML)
Trace(relu[1].securise)
relu[1].Sécurisé = Faux
HTTPCookieRemplace("127.0.0.1", relu)
HTTPRequête("http://127.0.0.1:{port}/")
Trace(HTTPDonneRésultat())
"""


@pytest.mark.parametrize("code", [PROPERTY_EN, PROPERTY_FR], ids=["en", "fr"])
def test_secure_property_survives_serialize_and_can_be_cleared(
        plain: int, tls: tuple[int, str], code: str) -> None:
    """Secure / Sécurisé reads True, survives a save in XML, and the script may clear
    it on purpose (then http:// gets it)."""
    assert _run(code, plain, tls) == ["S, 1", "1", "cookie=S=sec"]
