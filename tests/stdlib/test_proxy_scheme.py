"""Proxy takes an http:// proxy alone: `Proxy("https://p:443")` and `Proxy("socks5://p")`
became a plain http proxy without a word, and a path (`p:3128/x`) was dropped. Now each is
a failed call in words (ErrorOccurred), and the proxy set before stays. Against the
loopback relay of test_http_proxy.py. EN and FR; docs/builtins.md "Proxy"."""
from __future__ import annotations

import io

import pytest

from test_http_proxy import relay  # noqa: F401 (the fixture)
from wlinterp.engine import run_source

EN = """Proxy("http://127.0.0.1:{port}/")
Proxy("https://127.0.0.1:{port}")
Trace(ErrorOccurred, ErrorInfo(errMessage))
Proxy("SOCKS5://ann:pw@127.0.0.1:{port}")
Trace(ErrorOccurred, ErrorInfo(errMessage))
Proxy("127.0.0.1:{port}/proxy")
Trace(ErrorOccurred, ErrorInfo(errMessage))
HTTPRequest("http://shop.example.invalid/a")
Trace(HTTPGetResult())
"""
FR = EN.replace("HTTPRequest", "HTTPRequête").replace("HTTPGetResult", "HTTPDonneRésultat") \
    .replace("ErrorOccurred", "ErreurDétectée").replace("ErrorInfo", "ErreurInfo")


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_only_an_http_proxy_is_taken(relay: int, code: str) -> None:  # noqa: F811
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(relay)), "scheme.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    assert out.getvalue().splitlines() == [
        f"1, Proxy: 'https://127.0.0.1:{relay}' is a https:// proxy; only an http:// proxy "
        "is supported, and the proxy is not set.",
        f"1, Proxy: 'SOCKS5://ann:***@127.0.0.1:{relay}' is a socks5:// proxy; only an "
        "http:// proxy is supported, and the proxy is not set.",
        f"1, Proxy: '127.0.0.1:{relay}/proxy' holds a path; a proxy's address is a host "
        "and a port alone, and the proxy is not set.",
        "via GET http://shop.example.invalid/a auth "]
