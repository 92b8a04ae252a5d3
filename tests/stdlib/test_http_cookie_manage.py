"""HTTPCookieManage, HTTPCookieReplace, HTTPCookieGet, HTTPCookieReset and the Cookie type
(?1000019222; NET, issue 8 leftovers: "a socket/HTTP function: not implemented" and an
unknown type), and each cookie function given an httpRequest first (`r.CookieWrite(...)`,
`r.CookieManage(True)`), against the loopback site of test_http_cookies.py (it answers
"cookie=<the Cookie header it got>"; /?Login sets ID=srv-77). EN and FR. The page's own
example is tests/golden/helppages/http/cookie_type.wl (cookie_type_fr.wl).
docs/builtins.md "HTTP cookies"."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from test_http_cookies import Site
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError


@pytest.fixture
def site() -> Iterator[int]:
    yield from serve_http(Site)


def _run(code: str, port: int = 0) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{port}", str(port)), "manage.wl", stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


OFF_EN = """HTTPCookieWrite("127.0.0.1", "A", "1")
HTTPCookieManage(False)
HTTPRequest("127.0.0.1:{port}/?Login")
Trace(HTTPGetResult(), "[" + HTTPCookieRead("127.0.0.1", "ID") + "]")
HTTPCookieManage(True)
HTTPCookieManage("127.0.0.1", False)
HTTPRequest("127.0.0.1:{port}/?Login")
Trace(HTTPGetResult(), "[" + HTTPCookieRead("127.0.0.1", "ID") + "]")
HTTPCookieManage("127.0.0.1", True)
HTTPRequest("127.0.0.1:{port}/?Login")
Trace(HTTPGetResult(), HTTPCookieRead("127.0.0.1", "ID"))
"""
OFF_FR = """HTTPCookieEcrit("127.0.0.1", "A", "1")
HTTPCookieGère(Faux)
HTTPRequête("127.0.0.1:{port}/?Login")
Trace(HTTPDonneRésultat(), "[" + HTTPCookieLit("127.0.0.1", "ID") + "]")
HTTPCookieGère(Vrai)
HTTPCookieGere("127.0.0.1", Faux)
HTTPRequête("127.0.0.1:{port}/?Login")
Trace(HTTPDonneRésultat(), "[" + HTTPCookieLit("127.0.0.1", "ID") + "]")
HTTPCookieGère("127.0.0.1", Vrai)
HTTPRequête("127.0.0.1:{port}/?Login")
Trace(HTTPDonneRésultat(), HTTPCookieLit("127.0.0.1", "ID"))
"""


@pytest.mark.parametrize("code", [OFF_EN, OFF_FR], ids=["en", "fr"])
def test_manage_off_sends_and_keeps_nothing(site: int, code: str) -> None:
    """Off for the run, then for the one domain: no cookie sent, the server's not kept;
    on again, both."""
    assert _run(code, site) == ["cookie=, []", "cookie=, []", "cookie=A=1, srv-77"]


REQUEST_EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/?Login"
HTTPSend(r)
Trace(ArrayCount(HTTPCookieGet(r, "127.0.0.1")))
HTTPCookieManage(r, True)
HTTPSend(r)
r.URL = "http://127.0.0.1:{port}/next"
Trace(HTTPSend(r).Content, "[" + HTTPCookieRead("127.0.0.1", "ID") + "]")
r.CookieWrite("127.0.0.1", "B", "2")
Trace(HTTPSend(r).Content, r.CookieRead("127.0.0.1", "b"))
r.CookieReset("127.0.0.1")
Trace(HTTPSend(r).Content)
rep is httpResponse = HTTPSend("http://127.0.0.1:{port}/?Login")
arr is array of Cookie = HTTPCookieGet(rep)
Trace(ArrayCount(arr), arr[1].Name, arr[1].Value, arr[1].Path)
"""
REQUEST_FR = """r est une httpRequête
r.URL = "http://127.0.0.1:{port}/?Login"
HTTPEnvoie(r)
Trace(TableauOccurrence(HTTPCookieRécupère(r, "127.0.0.1")))
HTTPCookieGère(r, Vrai)
HTTPEnvoie(r)
r.URL = "http://127.0.0.1:{port}/suite"
Trace(HTTPEnvoie(r).Contenu, "[" + HTTPCookieLit("127.0.0.1", "ID") + "]")
r.CookieEcrit("127.0.0.1", "B", "2")
Trace(HTTPEnvoie(r).Contenu, r.CookieLit("127.0.0.1", "b"))
r.CookieRAZ("127.0.0.1")
Trace(HTTPEnvoie(r).Contenu)
rep est une httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/?Login")
tab est un tableau de Cookie = HTTPCookieRecupere(rep)
Trace(TableauOccurrence(tab), tab[1].Nom, tab[1].Valeur, tab[1].Chemin)
"""


@pytest.mark.parametrize("code", [REQUEST_EN, REQUEST_FR], ids=["en", "fr"])
def test_a_request_keeps_its_own_cookies(site: int, code: str) -> None:
    """An httpRequest sends and keeps cookies once it manages them, its own, not the
    run's; a cookie written into it goes with it; HTTPCookieGet(response) gives what
    that answer set."""
    assert _run(code, site) == ["0", "cookie=ID=srv-77, []", "cookie=ID=srv-77; B=2, 2",
                                "cookie=", "1, ID, srv-77, /"]


VERB_FIRST_EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/?Login"
r.ManageCookie(True)
r.WriteCookie("127.0.0.1", "Lang", "fr")
Trace(HTTPSend(r).Content, r.ReadCookie("127.0.0.1", "ID"))
"""
VERB_FIRST_FR = """r est une httpRequête
r.URL = "http://127.0.0.1:{port}/?Login"
r.GèreCookie(Vrai)
r.EcritCookie("127.0.0.1", "Lang", "fr")
Trace(HTTPEnvoie(r).Contenu, r.LitCookie("127.0.0.1", "ID"))
"""


@pytest.mark.parametrize("code", [VERB_FIRST_EN, VERB_FIRST_FR], ids=["en", "fr"])
def test_the_cookie_methods_named_verb_first(site: int, code: str) -> None:
    """`r.WriteCookie(domain, name, value)` as ?1000021607 writes it (and `.ManageCookie`,
    which it names; `.ReadCookie` and the French `.EcritCookie`, `.GèreCookie`,
    `.LitCookie` by analogy): the cookie goes with HTTPSend(r), the one the server set is
    read back. "Unknown method 'WriteCookie'" in the run and WL109 in wl check before."""
    assert _run(code, site) == ["cookie=Lang=fr, srv-77"]


@pytest.mark.parametrize("code, words", [
    ('HTTPCookieReplace("x.com", "A=1")',
     "HTTPCookieReplace: the cookies are given as an array of Cookie, not a value of type"),
    ('c is Cookie\nc.Name = "A"\narr is array of Cookie\nArrayAdd(arr, c)\n'
     'HTTPCookieReplace("", arr)',
     "HTTPCookieReplace: the cookie 'A' has no Domain and the call names none."),
    ('c is Cookie\nc.Name = "A;B"\nc.Domain = "x.com"\narr is array of Cookie\n'
     'ArrayAdd(arr, c)\nHTTPCookieReplace("", arr)',
     "HTTPCookieReplace: the cookie's name holds a control character or a ';'"),
    ('c is Cookie\nc.Expiration = "tomorrow"',
     "Cookie: 'tomorrow' is not an expiration date"),
    ('c is Cookie\nc.Size = 3', "Cookie has no property 'Size'."),
])
def test_what_cannot_be_a_cookie_stops_the_run(code: str, words: str) -> None:
    out = io.StringIO()
    with pytest.raises(WLRuntimeError) as stopped:
        run_source(code + '\nTrace("not reached")\n', "bad.wl", stdout=out,
                   stderr=io.StringIO())
    assert out.getvalue() == ""
    assert words in str(stopped.value), stopped.value


def test_expiration_in_both_forms_and_a_past_cookie_is_not_kept() -> None:
    """A DateTime's text or an HTTP date, read back as a DateTime in UTC; a cookie
    whose Expiration is past is replaced in but never given back (nor sent)."""
    code = """c is Cookie
c.Nom = "old"
c.Domaine = "x.com"
c.Expiration = "Sun, 06 Nov 1994 08:49:37 GMT"
Trace(c.Expiration)
d is Cookie = c
d.Name = "new"
dt is DateTime = "20990102030405"
d.Expiration = dt
Trace(d.Expiration)
arr is array of Cookie = [c, d]
HTTPCookieReplace("x.com", arr)
g is array of Cookie = HTTPCookieGet("x.com")
Trace(ArrayCount(g), g[1].Name, g[1].Domain, g[1].Expiration)
"""
    assert _run(code) == ["19941106084937000", "20990102030405000",
                          "1, new, .x.com, 20990102030405000"]


class Intruder(QuietHandler):
    """Sets a cookie for another site, one for a whole top-level domain, and its own."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(200)
        self.send_header("Set-Cookie", "stolen=1; Domain=example.com; Path=/")
        self.send_header("Set-Cookie", "wide=1; Domain=.com; Path=/")
        self.send_header("Set-Cookie", "mine=1; Path=/")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


@pytest.fixture
def intruder() -> Iterator[int]:
    yield from serve_http(Intruder)


def test_a_cookie_set_for_another_site_is_not_kept(intruder: int) -> None:
    """What a browser refuses is not kept either (Python's cookie policy): a server can
    plant no cookie in the requests made to another site; HTTPCookieGet lists its own."""
    code = """HTTPRequest("http://127.0.0.1:{port}/")
t is array of Cookie = HTTPCookieGet("")
FOR EACH c OF t
	Trace(c.Name, c.Domain)
END
Trace("[" + HTTPCookieRead("example.com", "stolen") + HTTPCookieRead("com", "wide") + "]")
"""
    assert _run(code, intruder) == ["mine, 127.0.0.1", "[]"]
