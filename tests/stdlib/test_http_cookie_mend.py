"""Mends of a review of the cookie code (6 Dec 2026), each pinned here, EN and FR;
docs/builtins.md "HTTP cookies". Loopback servers only.

- A Cookie's Expiration given as digits that name no date ("99999999") is refused at
  once, in words: it was kept, and HTTPCookieReplace then stopped the run with a Python
  date-reader error.
- HTTPCookieGet(response) of a server whose Expires no one can read (`Expires=never`)
  leaves that cookie's Expiration "" (it stopped the run); a Max-Age wins over Expires
  (RFC 6265 5.3); one that is no whole number is ignored.
- HTTPCookieRead("", name) is "" again: it gave the cookie of any domain.
- HTTPCookieManage(r, domain, False) blocks the domain alone: it also switched the
  request's cookies on, so HTTPSend(r) kept what the server set.
"""
from __future__ import annotations

import calendar
import io
import time
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from test_http_cookies import Site
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

NO_DATE_EN = """c is Cookie
c.Name = "k"
c.Value = "v"
c.Expiration = "{when}"
Trace("kept", c.Expiration)
arr is array of Cookie
Add(arr, c)
HTTPCookieReplace("127.0.0.1", arr)
"""
NO_DATE_FR = """c est un Cookie
c.Nom = "k"
c.Valeur = "v"
c.Expiration = "{when}"
Trace("gardé", c.Expiration)
tab est un tableau de Cookie
Ajoute(tab, c)
HTTPCookieRemplace("127.0.0.1", tab)
"""


@pytest.mark.parametrize("code", [NO_DATE_EN, NO_DATE_FR], ids=["en", "fr"])
@pytest.mark.parametrize("when", ["99999999", "20261301", "202612312560", "20261231235975"])
def test_digits_that_name_no_date_are_refused_in_words(code: str, when: str) -> None:
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as stopped:
        run_source(code.replace("{when}", when), "nodate.wl", stdout=out,
                   stderr=io.StringIO())
    assert out.getvalue() == ""
    assert (f"nodate.wl:4:1: Cookie: '{when}' is not an expiration date"
            in str(stopped.value)), stopped.value


@pytest.mark.parametrize("code", [NO_DATE_EN, NO_DATE_FR], ids=["en", "fr"])
def test_digits_of_a_real_date_are_kept(code: str) -> None:
    out = io.StringIO()
    run_source(code.replace("{when}", "202612312359"), "date.wl", stdout=out,
               stderr=io.StringIO())
    assert out.getvalue().split()[1:] == ["20261231235900000"]


class OddExpiry(QuietHandler):
    """Sets four cookies whose expiry a careless server might write."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        for line in ("a=1; Expires=never",
                     "b=2; Max-Age=3600; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
                     "c=3; Max-Age=soon; Expires=Wed, 21 Oct 2037 07:28:00 GMT",
                     "d=4; Max-Age=99999999999999999999"):
            self.send_header("Set-Cookie", line)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


@pytest.fixture
def odd() -> Iterator[int]:
    yield from serve_http(OddExpiry)


EXPIRES_EN = """rep is httpResponse = HTTPSend("http://127.0.0.1:{port}/")
FOR EACH c OF HTTPCookieGet(rep)
    Trace(c.Name + "=" + c.Expiration)
END
"""
EXPIRES_FR = """rep est une httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/")
POUR TOUT c DE HTTPCookieRécupère(rep)
    Trace(c.Nom + "=" + c.Expiration)
FIN
"""


@pytest.mark.parametrize("code", [EXPIRES_EN, EXPIRES_FR], ids=["en", "fr"])
def test_a_server_expiry_never_stops_the_run(odd: int, code: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    before = int(time.time())
    run_source(code.replace("{port}", str(odd)), "odd.wl", stdout=out, stderr=err)
    after = int(time.time()) + 1
    assert err.getvalue() == ""
    lines = out.getvalue().splitlines()
    assert lines[0] == "a=" and lines[2:] == ["c=20371021072800000", "d=99991231235959000"], lines
    name, _, when = lines[1].partition("=")
    seconds = calendar.timegm(time.strptime(when[:14], "%Y%m%d%H%M%S"))
    assert name == "b" and before + 3600 <= seconds <= after + 3600, lines


EMPTY_EN = """HTTPCookieWrite("127.0.0.1", "k", "v")
HTTPCookieWrite(".x.com", "k", "w")
Trace("[" + HTTPCookieRead("", "k") + "]", "[" + HTTPCookieRead(".", "k") + "]")
Trace(HTTPCookieRead("127.0.0.1", "k"), HTTPCookieRead("www.x.com", "K"))
"""
EMPTY_FR = """HTTPCookieEcrit("127.0.0.1", "k", "v")
HTTPCookieEcrit(".x.com", "k", "w")
Trace("[" + HTTPCookieLit("", "k") + "]", "[" + HTTPCookieLit(".", "k") + "]")
Trace(HTTPCookieLit("127.0.0.1", "k"), HTTPCookieLit("www.x.com", "K"))
"""


@pytest.mark.parametrize("code", [EMPTY_EN, EMPTY_FR], ids=["en", "fr"])
def test_no_domain_reads_no_cookie(code: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "empty.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == ["[], []", "v, w"]


@pytest.fixture
def site() -> Iterator[int]:
    yield from serve_http(Site)


BLOCK_EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/?Login"
HTTPCookieManage(r, "x.com", False)
Trace(HTTPSend(r).Content, ArrayCount(HTTPCookieGet(r, "127.0.0.1")))
HTTPCookieManage(r, True)
HTTPSend(r)
Trace(HTTPSend(r).Content, ArrayCount(HTTPCookieGet(r, "")))
"""
BLOCK_FR = """r est une httpRequête
r.URL = "http://127.0.0.1:{port}/?Login"
HTTPCookieGère(r, "x.com", Faux)
Trace(HTTPEnvoie(r).Contenu, TableauOccurrence(HTTPCookieRécupère(r, "127.0.0.1")))
HTTPCookieGère(r, Vrai)
HTTPEnvoie(r)
Trace(HTTPEnvoie(r).Contenu, TableauOccurrence(HTTPCookieRécupère(r, "")))
"""


@pytest.mark.parametrize("code", [BLOCK_EN, BLOCK_FR], ids=["en", "fr"])
def test_blocking_a_domain_does_not_switch_a_request_on(site: int, code: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(site)), "block.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == ["cookie=, 0", "cookie=ID=srv-77, 1"]
