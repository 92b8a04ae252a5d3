"""httpRequest.Authentication / Authentification (?1000021158): auDigest answers the
server's Digest challenge (RFC 7616, stdlib/http_digest.py), against a loopback server
that checks the answer with its own hashes; the RFC's own examples (section 3.9.1); auBasic
as before; auNTLM and auNegotiate refused in words, unsent. EN and FR.
docs/builtins.md, httpRequest rows."""
from __future__ import annotations

import hashlib
import urllib.request
from collections.abc import Iterator

import pytest
from hypothesis import given, settings, strategies as st

from loopback import QuietHandler, serve_http
from wl_test_helpers import run_lines
from wlinterp.stdlib import http_digest

REALM, NONCE, OPAQUE = "api@camera.test", "bm9uY2UtMQ", "b3BhcXVl"
PASSWORDS = {"ann": "s3cret é"}


class DigestHandler(QuietHandler):
    """GET /<algorithm>: 401 with a Digest challenge of that algorithm (qop auth), then
    200 "hello <user>" for an Authorization that proves the password; what each request
    carried is kept."""
    seen: list[str] = []
    opaque = f'"{OPAQUE}"'  # (as the challenge writes it)

    def do_POST(self) -> None:
        """A form sent with POST: the same challenge; the page proved to names the
        fields it received."""
        self.form = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        self.do_GET()

    def do_GET(self) -> None:
        if self.path.startswith("/from/"):  # a redirect to the rest of the path
            self.seen.append("->")
            self.send_response(302)
            self.send_header("Location", self.path[5:])
            self.send_header("Content-Length", "0")
            return self.end_headers()
        algorithm = self.path.strip("/").split("?")[0].upper()
        said = self.headers.get("Authorization", "")
        self.seen.append(said.split(" ")[0] or "-")
        if said.startswith("Digest ") and self._proves(said[7:], algorithm):
            got = f" ({self.form})" if getattr(self, "form", "") else ""
            return self.answer(f"hello {self._fields(said[7:])['username']}{got}".encode())
        self.send_response(401)
        self.send_header("WWW-Authenticate", f'Digest realm="{REALM}", qop="auth", '
                         f'algorithm={algorithm}, nonce="{NONCE}", opaque={self.opaque}')
        self.send_header("Content-Length", "6")
        self.end_headers()
        self.wfile.write(b"denied")

    @staticmethod
    def _fields(text: str) -> dict[str, str]:
        return urllib.request.parse_keqv_list(urllib.request.parse_http_list(text))

    def _proves(self, text: str, algorithm: str) -> bool:
        f = self._fields(text)
        h = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}[algorithm]

        def digest(s: str) -> str:
            return h(s.encode("utf-8")).hexdigest()
        password = PASSWORDS.get(f.get("username", ""))
        if password is None or f.get("opaque") != self.opaque.strip('"') \
                or f.get("uri") != self.path:
            return False
        ha1 = digest(f"{f['username']}:{REALM}:{password}")
        ha2 = digest(f"{self.command}:{self.path}")
        return f.get("response") == digest(
            f"{ha1}:{NONCE}:{f['nc']}:{f['cnonce']}:{f['qop']}:{ha2}")


@pytest.fixture()
def port() -> Iterator[int]:
    DigestHandler.seen = []
    DigestHandler.opaque = f'"{OPAQUE}"'
    yield from serve_http(DigestHandler)


EN = """r is httpRequest
r.URL = "http://127.0.0.1:{port}/{algorithm}?photo=1"
r.User = "ann"
r.Password = "{password}"
r.Authentication = auDigest
res is httpResponse = HTTPSend(r)
Trace(res.StatusCode, res.Content, ErrorOccurred)
"""
FR = """r est une httpRequête
r.URL = "http://127.0.0.1:{port}/{algorithm}?photo=1"
r.Utilisateur = "ann"
r.MotDePasse = "{password}"
r.Authentification = auDigest
rep est une httpRéponse = HTTPEnvoie(r)
Trace(rep.CodeEtat, rep.Contenu, ErreurDétectée)
"""


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_digest_challenge_is_answered(port: int, code: str, algorithm: str) -> None:
    """The request goes without credentials, the server's challenge is answered with the
    password's hash (never the password, never Basic), and the answer is the page."""
    lines = run_lines(code.format(port=port, algorithm=algorithm, password="s3cret é"))
    assert lines == ["200, hello ann, 0"]
    assert DigestHandler.seen == ["-", "Digest"]


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_wrong_password_gets_the_server_s_401(port: int, code: str) -> None:
    """Answered once: the server's second 401 is the answer, as any 401 is."""
    lines = run_lines(code.format(port=port, algorithm="SHA-256", password="wrong"))
    assert lines == ["401, denied, 0"]
    assert DigestHandler.seen == ["-", "Digest"]


@pytest.mark.parametrize("algorithm, response", [
    ("MD5", "8ca523f5e9506fed4657c9700eebdbec"),
    ("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")])
def test_the_rfc_s_own_examples(monkeypatch: pytest.MonkeyPatch, algorithm: str,
                                response: str) -> None:
    """RFC 7616 3.9.1: the same challenge, user, password and client nonce give the
    response the RFC gives."""
    monkeypatch.setattr(http_digest, "_cnonce",
                        lambda: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
    rough = ("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest "
             'realm="http-auth@example.org", qop="auth, auth-int", '
             f"algorithm={algorithm}, "
             'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", '
             'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"\r\n')
    said = http_digest.digest_authorization(rough, "Mufasa", "Circle of Life", "GET",
                                            "http://www.example.org/dir/index.html", None)
    assert f'response="{response}"' in said and 'uri="/dir/index.html"' in said


@pytest.mark.parametrize("code, words", [
    ('r is httpRequest\nr.URL = "http://127.0.0.1:{port}/MD5"\nr.User = "ann"\n'
     'r.Authentication = auNTLM\nres is httpResponse = HTTPSend(r)\n'
     'Trace(res.StatusCode, ErrorOccurred)\nTrace(ErrorInfo())\n',
     "HTTPSend: the request's Authentication, auNTLM, is Windows' own and is not "
     "available here (auBasic or auDigest are); nothing was sent."),
    ('r est une httpRequête\nr.URL = "http://127.0.0.1:{port}/MD5"\nr.Utilisateur = "ann"\n'
     'r.Authentification = auNegotiate\nrep est une httpRéponse = HTTPEnvoie(r)\n'
     'Trace(rep.CodeEtat, ErreurDétectée)\nTrace(ErreurInfo())\n',
     "HTTPEnvoie: the request's Authentication, auNegotiate (Kerberos, then NTLM), is "
     "Windows' own and is not available here (auBasic or auDigest are); nothing was "
     "sent.")], ids=["en", "fr"])
def test_windows_own_schemes_are_refused_unsent(port: int, code: str, words: str) -> None:
    assert run_lines(code.format(port=port)) == ["0, 1", words]
    assert DigestHandler.seen == []


def test_basic_is_the_default_and_goes_at_once(port: int) -> None:
    """auBasic (the default, read back so) sends User and Password with the first
    request, as before."""
    lines = run_lines(f'r is httpRequest\nTrace(r.Authentication = auBasic)\n'
                 f'r.URL = "http://127.0.0.1:{port}/MD5"\nr.User = "ann"\n'
                 'r.Password = "pw"\nres is httpResponse = HTTPSend(r)\n'
                 'Trace(res.StatusCode)\n')
    assert lines == ["1", "401"]
    assert DigestHandler.seen == ["Basic"]


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_challenge_parameter_with_an_empty_value_is_empty(port: int, code: str) -> None:
    """`opaque=` (no value) in the challenge: answered, the opaque sent back empty (it
    stopped the run: "internal error: IndexError")."""
    DigestHandler.opaque = ""
    lines = run_lines(code.format(port=port, algorithm="MD5", password="s3cret é"))
    assert lines == ["200, hello ann, 0"]
    assert DigestHandler.seen == ["-", "Digest"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list('a=",\\ \t;xé') + ["realm", "nonce", "qop",
                                                          "opaque", "algorithm"]))
       .map("".join))
def test_odd_challenges_never_stop_the_answer(params: str) -> None:
    """Whatever follows `Digest `, the answer is a Digest header or "" (no challenge it
    can answer), never an exception."""
    rough = f"HTTP/1.1 401 No\r\nWWW-Authenticate: Digest {params}\r\n"
    said = http_digest.digest_authorization(rough, "ann", "pw", "GET", "http://h/a", None)
    assert said == "" or said.startswith("Digest username=")


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_challenge_after_a_redirect_is_answered_where_it_came_from(
        port: int, code: str) -> None:
    """/from/MD5 answers 302 to /MD5, which asks for the digest: the digest covers
    /MD5 and goes there (it went to /from/MD5 again, carrying uri="/from/MD5...", and
    the server's second 401 was the answer)."""
    lines = run_lines(code.replace("{algorithm}", "from/{algorithm}").format(
        port=port, algorithm="MD5", password="s3cret é"))
    assert lines == ["200, hello ann, 0"]
    assert DigestHandler.seen == ["->", "-", "Digest"]


@pytest.mark.parametrize("code", [
    'Trace(HTTPRequest("http://127.0.0.1:{port}/SHA-256", "", "", "", "", "ann", "s3cret é"))\n'
    'Trace(HTTPGetResult(), ErrorOccurred)\n',
    'Trace(HTTPRequête("http://127.0.0.1:{port}/SHA-256", "", "", "", "", "ann", "s3cret é"))\n'
    'Trace(HTTPDonneRésultat(), ErreurDétectée)\n'], ids=["en", "fr"])
def test_http_request_answers_a_digest_challenge_after_its_basic(port: int, code: str) -> None:
    """HTTPRequest's user and password go at once as Basic (as before: a server that
    takes Basic needs one request); a server answering 401 with a Digest challenge is
    answered once more, with the password's hash: the page behind it is the result (it
    was the 401's "denied")."""
    assert run_lines(code.format(port=port)) == ["1", "hello ann, 0"]
    assert DigestHandler.seen == ["Basic", "Digest"]


def test_http_request_s_wrong_password_gets_the_server_s_401(port: int) -> None:
    """Answered once: the second 401 is the result, as any 401 is (True: the request
    was made)."""
    lines = run_lines(f'Trace(HTTPRequest("http://127.0.0.1:{port}/MD5", "", "", "", "", '
                      '"ann", "wrong"))\nTrace(HTTPGetResult(), ErrorOccurred)\n')
    assert lines == ["1", "denied, 0"]
    assert DigestHandler.seen == ["Basic", "Digest"]


FORM_EN = """HTTPCreateForm("order")
HTTPAddParameter("order", "item", "lamp")
Trace(HTTPSendForm("order", "http://127.0.0.1:{port}/{algorithm}", httpPost, "", "", "", "ann",
                   "{password}"))
Trace(HTTPGetResult(), ErrorOccurred)
"""
FORM_FR = """HTTPCréeFormulaire("commande")
HTTPAjouteParamètre("commande", "item", "lamp")
Trace(HTTPEnvoieFormulaire("commande", "http://127.0.0.1:{port}/{algorithm}", httpPost, "", "",
                           "", "ann", "{password}"))
Trace(HTTPDonneRésultat(), ErreurDétectée)
"""


@pytest.mark.parametrize("algorithm", ["MD5", "SHA-256"])
@pytest.mark.parametrize("code", [FORM_EN, FORM_FR], ids=["en", "fr"])
def test_http_send_form_answers_a_digest_challenge_after_its_basic(port: int, code: str,
                                                                   algorithm: str) -> None:
    """HTTPSendForm's user and password follow HTTPRequest's rule (one place,
    http_digest.sent_with_password): Basic at once, then the server's Digest challenge
    answered once, the form sent again with it; the page behind is the result (it was the
    401's "denied")."""
    lines = run_lines(code.format(port=port, algorithm=algorithm, password="s3cret é"))
    assert lines == ["1", "hello ann (item=lamp), 0"]
    assert DigestHandler.seen == ["Basic", "Digest"]


@pytest.mark.parametrize("code", [FORM_EN, FORM_FR], ids=["en", "fr"])
def test_http_send_form_s_wrong_password_gets_the_server_s_401(port: int, code: str) -> None:
    """Answered once: the second 401 is the result, as HTTPRequest's (True: sent)."""
    lines = run_lines(code.format(port=port, algorithm="MD5", password="wrong"))
    assert lines == ["1", "denied, 0"]
    assert DigestHandler.seen == ["Basic", "Digest"]
