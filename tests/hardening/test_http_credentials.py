"""HTTP credentials never cross the network in clear and never follow a redirect to
another server (docs/security.md, "No password in clear text"): the Basic header made
from HTTPRequest's user and password, an httpRequest's User/Password or a header the
script sets (Authorization, Proxy-Authorization)."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from loopback import serve_http
from wlinterp.engine import run_source


class _Echo(BaseHTTPRequestHandler):
    """/away?URL moves to URL; /headers answers the secret headers it got (and one
    other); anything else answers the Authorization header it got."""

    def do_GET(self) -> None:
        if self.path.startswith("/away?"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/away?"):])
            self.end_headers()
            return
        got = ({k: self.headers.get(k, "") for k in ("X-Api-Key", "Cookie", "X-Trace")}
               if self.path.startswith("/headers")
               else {"auth": self.headers.get("Authorization", "")})
        body = json.dumps(got, sort_keys=True).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(_Echo)


def run(code: str, **options: object) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "creds.wl", stdout=out, stderr=err, options=dict(options))
    assert "Traceback" not in err.getvalue()
    return out.getvalue().splitlines()


def test_a_redirect_to_another_server_drops_the_credentials(port: int) -> None:
    """127.0.0.1 and localhost are two servers for the browser rule (scheme, host, port):
    the password given for the first is not handed to the second."""
    lines = run(f'''
r is httpRequest
r.URL = "http://127.0.0.1:{port}/away?http://localhost:{port}/there"
r.User = "ann"
r.Password = "hunter2"
r.Header["Proxy-Authorization"] = "Basic eHg6eXk="
a is httpResponse = HTTPSend(r)
Trace(a.StatusCode)
Trace(a.Content)
''')
    assert lines == ["200", '{"auth": ""}']


def test_a_redirect_on_the_same_server_keeps_them(port: int) -> None:
    lines = run(f'''
HTTPRequest("http://127.0.0.1:{port}/away?/here", "", "", "", "", "ann", "hunter2")
Trace(HTTPGetResult())
''')
    assert lines == ['{"auth": "Basic YW5uOmh1bnRlcjI="}']


def test_a_user_part_in_the_url_is_sent_as_basic_credentials(port: int) -> None:
    """`http://ann:hunter2@host/` (INFERRED, as browsers and curl do): urllib took
    `ann:hunter2@host` for the host name and failed, quoting the password."""
    lines = run(f'HTTPRequest("http://ann:hunter2@127.0.0.1:{port}/x")\n'
                'Trace(HTTPGetResult())')
    assert lines == ['{"auth": "Basic YW5uOmh1bnRlcjI="}']


@pytest.mark.parametrize("code", [
    'HTTPRequest("http://shop.example.invalid/orders", "", "", "", "", "ann", "hunter2")',
    'HTTPRequest("http://ann:hunter2@shop.example.invalid/orders")',
    # the user part in every way of sending (issue 8: userinfo over http:// checked)
    'r is httpRequest\nr.URL = "http://ann:hunter2@shop.example.invalid/orders"\n'
    'a is httpResponse = HTTPSend(r)',
    'HTTPCreateForm("f")\nHTTPAddParameter("f", "q", "1")\n'
    'HTTPSendForm("f", "http://ann:hunter%32@shop.example.invalid/x")',
    'r is httpRequest\nr.URL = "http://shop.example.invalid/orders"\n'
    'r.Header["Authorization"] = "Bearer hunter2"\na is httpResponse = HTTPSend(r)',
    'r is httpRequest\nr.URL = "http://10.1.2.3/x"\nr.User = "ann"\n'
    'r.Password = "hunter2"\na is httpResponse = HTTPSend(r)',
])
def test_credentials_over_http_off_this_machine_are_refused(code: str) -> None:
    """Refused before any connection is made (no name looked up), a non-fatal error."""
    lines = run(code + '\nTrace(ErrorOccurred)\nTrace(ErrorInfo(errMessage))')
    assert lines[0] == "1"
    assert "clear text" in lines[1] and "hunter2" not in "\n".join(lines)


def test_allow_cleartext_auth_lets_them_go(port: int) -> None:
    """--allow-cleartext-auth, the e-mail families' switch, lifts the refusal: the
    request is then made (here it fails for want of the server, not of the rule)."""
    lines = run('HTTPRequest("http://shop.example.invalid/", "", "", "", "", "a", "b")\n'
                'Trace(ErrorInfo(errMessage))', allow_cleartext_auth=True)
    assert "clear text" not in lines[0]


@pytest.mark.parametrize("url", ["http://[::1/x", "http://ann:hunter2@[::1/x"])
def test_a_url_that_cannot_be_split_is_a_failed_request(url: str) -> None:
    """Was 'wl: error: Invalid IPv6 URL' (an internal error without a place)."""
    lines = run(f'Trace(HTTPRequest("{url}"), ErrorOccurred)\nTrace(ErrorInfo(errMessage))'
                f'\nr is httpRequest\nr.URL = "{url}"\na is httpResponse = HTTPSend(r)\n'
                'Trace(ErrorOccurred, a.StatusCode)')
    assert lines[0] == "0, 1" and "not a valid URL" in lines[1]
    assert "hunter2" not in lines[1] and lines[2] == "1, 0"



SECRET_HEADERS = '''
r is httpRequest
r.URL = "http://127.0.0.1:{port}/away?{target}"
r.Header["X-Api-Key"] = "hunter2"
r.Header["Cookie"] = "session=hunter3"
r.Header["X-Trace"] = "t-1"
a is httpResponse = HTTPSend(r)
Trace(a.Content)
'''


def test_a_redirect_to_another_server_drops_secret_headers_and_cookies(port: int) -> None:
    """An API key in a header of its own (X-Api-Key, named like a secret) and a Cookie
    the script set were handed to wherever a redirect pointed, as Authorization was
    before: they are credentials too (curl drops them as well); other headers go on."""
    lines = run(SECRET_HEADERS.format(port=port, target=f"http://localhost:{port}/headers"))
    assert lines == ['{"Cookie": "", "X-Api-Key": "", "X-Trace": "t-1"}']


def test_a_redirect_on_the_same_server_keeps_secret_headers(port: int) -> None:
    lines = run(SECRET_HEADERS.format(port=port, target="/headers"))
    assert lines == ['{"Cookie": "session=hunter3", "X-Api-Key": "hunter2", "X-Trace": "t-1"}']


def test_a_secret_header_over_http_off_this_machine_is_refused() -> None:
    """X-Api-Key: hunter2 to http:// on another machine is the API key in clear, as a
    Basic header is the password: refused the same way (before anything is sent)."""
    lines = run('r is httpRequest\nr.URL = "http://shop.example.invalid/orders"\n'
                'r.Header["X-Api-Key"] = "hunter2"\na is httpResponse = HTTPSend(r)\n'
                'Trace(ErrorOccurred)\nTrace(ErrorInfo(errMessage))')
    assert lines[0] == "1"
    assert "clear text" in lines[1] and "hunter2" not in "\n".join(lines)


@pytest.mark.parametrize("proxy, no_proxy, refused", [
    ("http://proxy.example.invalid:3128", "", True),
    ("proxy.example.invalid:3128", "", True),
    ("http://proxy.example.invalid:3128", "127.0.0.1", False),
    ("http://127.0.0.1:9", "", False)])
def test_credentials_to_this_machine_through_a_proxy_elsewhere_are_refused(
        monkeypatch: pytest.MonkeyPatch, proxy: str, no_proxy: str, refused: bool) -> None:
    """urllib sends a request through the environment's http_proxy: Basic credentials
    for a server on this machine went in clear to the proxy's machine, as the check
    judged the URL's host only. A proxy on this machine, or a host no_proxy names, is
    this machine still (the request then fails for want of a server, not by this rule)."""
    for name in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", proxy)
    if no_proxy:
        monkeypatch.setenv("no_proxy", no_proxy)
    out = io.StringIO()
    run_source('HTTPRequest("http://127.0.0.1:9/", "", "", "", "", "ann", "hunter2")\n'
               "Trace(ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n", "p.wl", stdout=out,
               stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "1" and "hunter2" not in lines[1], lines
    assert ("through the proxy" in lines[1] and "clear text" in lines[1]) is refused, lines
