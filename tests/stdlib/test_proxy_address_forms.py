"""Proxy's address as real code writes it: a port written in the address
(`Proxy("proxy.corp:8080")`) was dropped and port 80 used; a user and password written
in it (`http://ann:pw@host:3128`) were dropped without a word; a CR or LF in the address
was removed and the rest taken. Now the address's port is used (refused when the port
parameter names another), its user and password are taken (and judged as the
parameters are: in clear to another machine, refused), and a control character is a
failed call. Against the loopback relay of test_http_proxy.py. EN and FR."""
from __future__ import annotations

import base64
import io

import pytest

from test_http_proxy import relay  # noqa: F401 (the fixture)
from wlinterp.engine import run_source

EN = """Proxy("127.0.0.1:{port}")
HTTPRequest("http://shop.example.invalid/a")
Trace(HTTPGetResult())
Proxy("http://ann:p%40ss@127.0.0.1:{port}")
HTTPRequest("http://shop.example.invalid/b")
Trace(HTTPGetResult())
Proxy("http://ann:pw@10.20.30.40:3128")
Trace(ErrorOccurred)
Proxy("127.0.0.1:{port}", 3128)
Trace(ErrorOccurred, ErrorInfo(errMessage))
Proxy("127.0.0.1" + CR + "Host: x", {port})
Trace(ErrorOccurred, ErrorInfo(errMessage))
"""
FR = EN.replace("HTTPRequest", "HTTPRequête").replace("HTTPGetResult", "HTTPDonneRésultat") \
    .replace("ErrorOccurred", "ErreurDétectée").replace("ErrorInfo", "ErreurInfo")


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_the_address_port_and_login_are_used(relay: int, code: str) -> None:  # noqa: F811
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(relay)), "proxy.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    login = "Basic " + base64.b64encode(b"ann:p@ss").decode()
    assert out.getvalue().splitlines() == [
        "via GET http://shop.example.invalid/a auth ",
        f"via GET http://shop.example.invalid/b auth {login}",
        "1",
        f"1, Proxy: '127.0.0.1:{relay}' names the port {relay} and the port parameter "
        "is 3128; the proxy is not set.",
        "1, Proxy: the address, user or password holds a control character (CR, LF...); "
        "the proxy is not set."]
