"""HTTP client family against real HTTP and HTTPS servers on 127.0.0.1 (trustme certs)."""
from __future__ import annotations

import io
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import trustme

from wlinterp.engine import run_source


class Handler(BaseHTTPRequestHandler):
    """Echoes what it received as JSON; /missing answers 404; /redirect moves to /."""

    def _answer(self) -> None:
        if self.path == "/missing":
            self.send_response(404)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write("absent ç".encode("utf-8"))
            return
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/moved")
            self.end_headers()
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        text = json.dumps({"method": self.command, "path": self.path, "body": body,
                           "type": self.headers.get("Content-Type", ""),
                           "token": self.headers.get("X-Token", ""),
                           "auth": self.headers.get("Authorization", ""),
                           "agent": self.headers.get("User-Agent", "")})
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Set-Cookie", "session=abc")
        self.end_headers()
        self.wfile.write(text.encode("utf-8"))

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass


def _serve(context: ssl.SSLContext | None = None) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if context else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def http_url() -> Iterator[str]:
    yield from _serve()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    ca_file = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    for url in _serve(ctx):
        yield url, str(ca_file)


def run(code: str, **options: object) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "http.wl", stdout=out, stderr=err, options=dict(options))
    return out.getvalue().splitlines(), err.getvalue()


def test_httpsend_posts_content_headers_and_reads_the_answer(http_url: str) -> None:
    lines, _ = run(f'''
r is httpRequest
r.URL = "{http_url}/items?x=1"
r.Method = httpPost
r.ContentType = "application/json"
r.Content = "{{""name"": ""Zoé""}}"
r.Header["X-Token"] = "t0k"
a is httpResponse = HTTPSend(r)
Trace(ErrorOccurred)
Trace(a.StatusCode)
v is JSON = a.Content
Trace(v.method + " " + v.path + " " + v.token + " " + v.type)
Trace(v.body)
Trace(a.Header["Content-Type"])
''')
    assert lines == ["0", "200", "POST /items?x=1 t0k application/json", '{"name": "Zoé"}',
                     "application/json; charset=utf-8"]


def test_a_method_kept_in_an_int_reaches_the_server(http_url: str) -> None:
    """httpGet, httpPut... are integer constants (the httpRequest page types its
    properties' constants so): a generic caller taking the method as an `int` parameter
    sent GET for httpPut (the constant was the text "PUT", which an int holds as 0)."""
    lines, _ = run(f'''
Trace(CallAPI(httpPut, "/a"), CallAPI(httpDelete, "/b"))
Trace(Appelle(httpPost))
PROCEDURE CallAPI(nMethod is int, sPath is string) : string
r is httpRequest
r.URL = "{http_url}" + sPath
r.Method = nMethod
a is httpResponse = HTTPSend(r)
v is JSON = a.Content
RESULT v.method
PROCÉDURE Appelle(nMéthode est un entier) : chaîne
r est une httpRequête
r.URL = "{http_url}/c"
r.Méthode = nMéthode
v est un JSON = HTTPEnvoie(r).Contenu
RENVOYER v.method
''')
    assert lines == ["PUT, DELETE", "POST"]


def test_french_names_error_status_and_redirect(http_url: str) -> None:
    lines, _ = run(f'''
r est un httpRequête
r.URL = "{http_url}/missing"
rep est un httpRéponse = HTTPEnvoie(r)
Trace(ErreurDétectée)
Trace(rep.CodeEtat)
Trace(rep.Contenu)
rep = HTTPEnvoie("{http_url}/redirect")
Trace(rep.StatusCode)
''')
    assert lines == ["0", "404", "absent ç", "200"]


@pytest.mark.parametrize("code", [
    'r is httpRequest\nr.URL = "{url}/redirect"\nr.IgnoreError = httpIgnoreRedirection\n'
    'rep is httpResponse = HTTPSend(r)\nTrace(ErrorOccurred, rep.StatusCode)\n'
    'r.IgnoreError = 0\nrep = HTTPSend(r)\nTrace(rep.StatusCode, r.IgnoreError)\n',
    'r est un httpRequête\nr.URL = "{url}/redirect"\nr.IgnoreErreur = HTTPIGNOREREDIRECTION\n'
    'rep est un httpRéponse = HTTPEnvoie(r)\nTrace(ErreurDétectée, rep.CodeEtat)\n'
    'r.IgnoreErreur = 0\nrep = HTTPEnvoie(r)\nTrace(rep.CodeEtat, r.IgnoreErreur)\n'],
    ids=["en", "fr"])
def test_ignore_redirection_gives_the_redirect_as_the_answer(http_url: str, code: str) -> None:
    """httpIgnoreRedirection (?1000021624, both languages): the 302 is the answer, for the
    code to follow or not; it was an undeclared name (Null) and the redirect followed."""
    lines, err = run(code.replace("{url}", http_url))
    assert lines == ["0, 302", "200, 0"] and "not declared" not in err, (lines, err)


def test_rest_spellings_of_the_types_and_of_httpsend(http_url: str) -> None:
    """restRequest/restRéponse and RESTSend/RESTEnvoie, as the REST pages write them."""
    lines, _ = run(f'''
cReq est un restRequête
cReq..Méthode = httpPost
cReq..URL = "{http_url}/rest"
cReq..Contenu = "x=1"
cRep est un restRéponse = RESTEnvoie(cReq)
Trace(ErreurDétectée, cRep..CodeEtat)
v est un JSON = cRep..Contenu
Trace(v.method + " " + v.path + " " + v.body)
r is restRequest
r.URL = "{http_url}/missing"
a is restResponse = RESTSend(r)
Trace(a.StatusCode)
''')
    assert lines == ["0, 200", "POST /rest x=1", "404"]


def test_httprequest_and_httpgetresult(http_url: str) -> None:
    lines, _ = run(f'''
Trace(HTTPRequest("{http_url}/form", "", "X-Token: abc", "a=1&b=2"))
Trace(HTTPGetResult())
Trace(Position(HTTPDonneRésultat(httpEntête), "Content-Type") > 0)
Trace(HTTPGetResult(httpCookie))
Trace(HTTPRequête("{http_url}/p", "", "", "", "", "ann", "pw"))
''')
    echoed = json.loads(lines[1])
    assert lines[0] == "1" and echoed["method"] == "POST" and echoed["body"] == "a=1&b=2"
    assert echoed["token"] == "abc" and echoed["type"] == "application/x-www-form-urlencoded"
    assert lines[2:] == ["1", "session=abc", "1"]


def test_unreachable_server_is_a_non_fatal_error() -> None:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    lines, _ = run(f'''
a is httpResponse = HTTPSend("http://127.0.0.1:{port}/")
Trace(ErrorOccurred)
Trace(a.StatusCode)
Trace(HTTPRequest("http://127.0.0.1:{port}/"))
Trace(Position(ErrorInfo(), "failed") > 0)
Trace(HTTPGetResult())
''')
    assert lines == ["1", "0", "0", "1", ""]


def test_https_verifies_certificates(tls: tuple[str, str]) -> None:
    url, ca_file = tls
    code = f'''
a is httpResponse = HTTPSend("{url}/secure")
Trace(ErrorOccurred)
Trace(a.StatusCode)
'''
    untrusted, _ = run(code)
    assert untrusted == ["1", "0"]  # a certificate nobody trusts: refused
    trusted, _ = run(code, ca_file=ca_file)
    assert trusted == ["0", "200"]


def test_header_injection_is_refused(http_url: str) -> None:
    lines, _ = run(f'''
r is httpRequest
r.URL = "{http_url}/"
r.Header["X-Token"] = "a" + CR + "Evil: 1"
a is httpResponse = HTTPSend(r)
Trace(ErrorOccurred)
Trace(Position(ErrorInfo(), "line break") > 0)
''')
    assert lines == ["1", "1"]


def test_read_only_response_property_is_an_error(http_url: str) -> None:
    out = io.StringIO()
    with pytest.raises(Exception) as info:
        run_source('a is httpResponse\na.StatusCode = 3\n', "ro.wl", stdout=out,
                   stderr=io.StringIO())
    assert "read-only" in str(info.value)


def test_user_agent_defaults(http_url: str) -> None:
    """httpRequest's page (?1000021158): without UserAgent the request names the
    application (the script: http.wl gives "http"); HTTPRequest without one sends what
    HTTPSendForm's page states, "PC SOFT Framework"; a given agent is sent as is."""
    lines, err = run(f'''
cMaRequête est un httpRequête
cMaRequête.URL = "{http_url}/"
cMaRéponse est un httpRéponse = HTTPEnvoie(cMaRequête)
v est un JSON = cMaRéponse.Contenu
Trace(v.agent)
cMaRequête.AgentUtilisateur = "MonAgent"
cMaRéponse = HTTPEnvoie(cMaRequête)
v = cMaRéponse.Contenu
Trace(v.agent)
r is httpRequest
r.URL = "{http_url}/"
r.UserAgent = "Agent/2"
a is httpResponse = HTTPSend(r)
v = a.Content
Trace(v.agent)
IF HTTPRequest("{http_url}/") THEN
	v = HTTPGetResult(httpResult)
	Trace(v.agent)
END
IF HTTPRequête("{http_url}/", "Le mien") THEN
	v = HTTPDonneRésultat(httpRésultat)
	Trace(v.agent)
END
''')
    assert err == ""
    assert lines == ["http", "MonAgent", "Agent/2", "PC SOFT Framework", "Le mien"]


@pytest.mark.parametrize("filename", ["<stdin>", "<repl>"])
def test_user_agent_of_a_script_without_a_file_name(http_url: str, filename: str) -> None:
    """A script read from standard input (`wl run -`) or typed in the REPL has no file
    name: its requests name "wlinterp", not "<stdin>" (angle brackets are not allowed in
    a User-Agent product token, RFC 9110 §10.1.5)."""
    out, err = io.StringIO(), io.StringIO()
    run_source(f'''
r is httpRequest
Trace(r.UserAgent)
r.URL = "{http_url}/"
a is httpResponse = HTTPSend(r)
v is JSON = a.Content
Trace(v.agent)
''', filename, stdout=out, stderr=err)
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == ["wlinterp", "wlinterp"]


@pytest.mark.parametrize("code, fname", [
    ('r is httpRequest\nr.URL = "{url}/api"\nr.AuthToken = "ya29.tok"\n'
    'a is httpResponse = HTTPSend(r)\nv is JSON = a.Content\nTrace(v.auth)\n'
    't is AuthToken\nr.AuthToken = t\na = HTTPSend(r)\nTrace(ErrorOccurred, ErrorInfo(errMessage))\n',
     "HTTPSend"),
    ('r est une httpRequête\nr.URL = "{url}/api"\nr.AuthToken = "ya29.tok"\n'
    'a est une httpRéponse = HTTPEnvoie(r)\nv est un JSON = a.Contenu\nTrace(v.auth)\n'
    't est un AuthToken\nr.AuthToken = t\na = HTTPEnvoie(r)\nTrace(ErreurDétectée, ErreurInfo(errMessage))\n',
     "HTTPEnvoie")], ids=["en", "fr"])
def test_an_auth_token_is_sent_as_a_bearer(http_url: str, code: str, fname: str) -> None:
    """httpRequest.AuthToken (?1000021158's property; an AuthToken, or a token given as
    text) was not a property; an AuthToken holding none fails the request unsent."""
    lines, _ = run(code.format(url=http_url))
    assert lines == ["Bearer ya29.tok", f"1, {fname}: the request's AuthToken holds no "
                     "token (did AuthIdentify fail?); nothing was sent."]


@pytest.mark.parametrize("line", [
    'a is httpResponse = HTTPSend("{url}/")\nv is JSON = a.Content\nTrace(v.agent)\n',
    'a est une httpRéponse = HTTPEnvoie("{url}/")\nv est un JSON = a.Contenu\nTrace(v.agent)\n'],
    ids=["en", "fr"])
def test_http_send_of_a_url_sends_the_application_s_agent(http_url: str, line: str) -> None:
    """HTTPSend of a URL given as text sent "Python-urllib/3.x"; it sends what a new
    httpRequest sends, the application's name (here the script's file name)."""
    out, err = io.StringIO(), io.StringIO()
    run_source(line.format(url=http_url), "/tmp/Orders.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == ["Orders"]
