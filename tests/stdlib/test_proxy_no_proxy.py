"""A request that `no_proxy` sends direct is judged as going direct (NET, issue 8 "What
remains": the cleartext check ignored no_proxy for the script's Proxy). urllib's
ProxyHandler sends a request to a host `no_proxy` names direct whatever proxy it was
given, so a password to a server on this machine, with Proxy naming another machine,
was refused "through the proxy" though it never went there. The proxy named
(192.0.2.1, a documentation address) is never contacted. EN and FR.
docs/builtins.md "Proxy"."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source


class Site(QuietHandler):
    """A site that answers with the path and the Authorization it got."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.answer(f"direct {self.path} auth {self.headers.get('Authorization', '')}".encode())


@pytest.fixture
def site() -> Iterator[int]:
    yield from serve_http(Site)


EN = """Proxy("192.0.2.1", 3128)
HTTPRequest("http://127.0.0.1:{port}/stock", "", "", "", "", "ann", "pw")
Trace(ErrorOccurred, HTTPGetResult())
HTTPRequest("http://shop.example.invalid/stock", "", "", "", "", "ann", "pw")
Trace(ErrorOccurred, ErrorInfo(errMessage))
"""
FR = """Proxy("192.0.2.1", 3128)
HTTPRequête("http://127.0.0.1:{port}/stock", "", "", "", "", "ann", "pw")
Trace(ErreurDétectée, HTTPDonneRésultat())
HTTPRequête("http://shop.example.invalid/stock", "", "", "", "", "ann", "pw")
Trace(ErreurDétectée, ErreurInfo(errMessage))
"""


@pytest.mark.parametrize("code, name", [(EN, "HTTPRequest"), (FR, "HTTPRequête")],
                         ids=["en", "fr"])
def test_no_proxy_host_is_judged_direct(site: int, code: str, name: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 is in no_proxy: the password goes to this machine alone (allowed); a
    host no_proxy does not name still goes through the proxy on another machine
    (refused, naming it)."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.delenv("NO_PROXY", raising=False)
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(site)), "np.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    assert out.getvalue().splitlines() == [
        "0, direct /stock auth Basic YW5uOnB3",
        f"1, {name}: the request to http://shop.example.invalid/stock: credentials are "
        "not sent in clear text to another machine (shop.example.invalid, through the "
        "proxy http://192.0.2.1:3128): use https://, or allow it with "
        "--allow-cleartext-auth."]
