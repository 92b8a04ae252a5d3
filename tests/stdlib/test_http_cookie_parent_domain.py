"""HTTPCookieRead("www.x.com", name) and a cookie a server set for the parent domain
(`Set-Cookie: sid=...; Domain=x.com`): the next request to www.x.com carried it, yet
HTTPCookieRead("www.x.com", "sid") gave "" (it looked at www.x.com and its sub-domains
only). RFC 6265 5.1.3: a Domain attribute covers the domain's sub-domains; a host-only
cookie (no Domain) does not. Decided, INFERRED (docs/builtins.md "HTTP cookies"). The
hosts are reached through a loopback proxy (Proxy) that answers itself, setting the
cookies on /start and showing the Cookie header it got. EN and FR."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source


class Shop(QuietHandler):
    """A proxy answering "<URL> cookie=<Cookie header>"; /start sets `sid` for the
    domain shop.example and a host-only `hostonly`."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = f"{self.path} cookie={self.headers.get('Cookie', '')}".encode()
        self.send_response(200)
        if self.path.endswith("/start"):
            self.send_header("Set-Cookie", "sid=abc; Domain=shop.example; Path=/")
            self.send_header("Set-Cookie", "hostonly=1; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def shop() -> Iterator[int]:
    yield from serve_http(Shop)


EN = """Proxy("127.0.0.1", {port})
HTTPRequest("http://login.shop.example/start")
Trace("[" + HTTPCookieRead("www.shop.example", "SID") + "]")
Trace("[" + HTTPCookieRead("www.shop.example", "hostonly") + "]")
Trace("[" + HTTPCookieRead("login.shop.example", "hostonly") + "]")
Trace("[" + HTTPCookieRead("shop.example", "sid") + "]")
Trace("[" + HTTPCookieRead("othershop.example", "sid") + "]")
HTTPCookieWrite(".shop.example", "lang", "fr")
Trace("[" + HTTPCookieRead("a.b.shop.example", "lang") + "]")
HTTPRequest("http://www.shop.example/page")
Trace(HTTPGetResult())
"""
FR = """Proxy("127.0.0.1", {port})
HTTPRequête("http://login.shop.example/start")
Trace("[" + HTTPCookieLit("www.shop.example", "SID") + "]")
Trace("[" + HTTPCookieLit("www.shop.example", "hostonly") + "]")
Trace("[" + HTTPCookieLit("login.shop.example", "hostonly") + "]")
Trace("[" + HTTPCookieLit("shop.example", "sid") + "]")
Trace("[" + HTTPCookieLit("othershop.example", "sid") + "]")
HTTPCookieEcrit(".shop.example", "lang", "fr")
Trace("[" + HTTPCookieLit("a.b.shop.example", "lang") + "]")
HTTPRequête("http://www.shop.example/page")
Trace(HTTPDonneRésultat())
"""


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_parent_domain_s_cookie_is_read_for_its_sub_domain(shop: int, code: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(shop)), "parent.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    assert out.getvalue().splitlines() == [
        "[abc]",   # Domain=shop.example covers www.shop.example (it was "")
        "[]",      # a host-only cookie of login.shop.example: not www's
        "[1]",
        "[abc]",
        "[]",      # othershop.example does not end with ".shop.example"
        "[fr]",    # HTTPCookieWrite(".shop.example"): every sub-domain
        "http://www.shop.example/page cookie=sid=abc; lang=fr"]
