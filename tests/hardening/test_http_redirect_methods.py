"""Redirects after a POST and redirects that never end, against a real HTTP server on
127.0.0.1 (issue 8, LIB): a 307/308 repeats the method and the body to http(s) only, a
303 asks with GET, and a loop or more than 10 redirects is a failed call (ErrorOccurred,
ErrorInfo naming the URL and why) where the last 3xx came back as a plain answer.
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from loopback import serve_http
from wlinterp.engine import run_source


class Redirecting(BaseHTTPRequestHandler):
    """/307 and /308 (and /301, /302, /303) move to /echo, which echoes method and body
    as JSON; /loop moves to itself, /a to /b and back; /chain/N to /chain/N+1; /far
    moves to /echo of the server whose port follows ("/far/PORT")."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8") if length else ""
        parts = self.path.strip("/").split("/")
        target = {"loop": "/loop", "a": "/b", "b": "/a"}.get(parts[0])
        if parts[0] in ("301", "302", "303", "307", "308"):
            self._move(int(parts[0]), "/echo")
        elif target:
            self._move(302, target)
        elif parts[0] == "chain":
            self._move(302, f"/chain/{int(parts[1]) + 1}")
        elif parts[0] == "far":
            self._move(307, f"http://127.0.0.1:{parts[1]}/echo")
        elif parts[0] == "ftp":
            self._move(307, "ftp://127.0.0.1/upload")
        else:
            text = json.dumps({"method": self.command, "body": body,
                               "auth": self.headers.get("Authorization", ""),
                               "type": self.headers.get("Content-Type", "")})
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text.encode())

    def _move(self, code: int, where: str) -> None:
        self.send_response(code)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(Redirecting)


@pytest.fixture(scope="module")
def other_port() -> Iterator[int]:
    yield from serve_http(Redirecting)


def _send(port: int, path: str, method: str = "httpPost", user: str = "") -> list[str]:
    out = io.StringIO()
    run_source(f'''r is httpRequest
r.URL = "http://127.0.0.1:{port}{path}"
r.Method = {method}
r.ContentType = "application/json"
r.Content = "{{""n"": 1}}"
r.User = "{user}"
r.Password = "pw"
a is httpResponse = HTTPSend(r)
Trace(ErrorOccurred, a.StatusCode)
Trace(a.Content)
Trace(ErrorInfo(errMessage))
''', "http.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("code", ["307", "308"])
def test_a_307_or_308_after_a_post_repeats_the_method_and_the_body(port: int,
                                                                   code: str) -> None:
    out = _send(port, f"/{code}")
    assert out[0] == "0, 200", out
    echoed = json.loads(out[1])
    assert (echoed["method"], echoed["body"], echoed["type"]) == \
        ("POST", '{"n": 1}', "application/json"), out


@pytest.mark.parametrize("code, method, then", [
    ("303", "httpPost", "GET"), ("302", "httpPost", "GET"), ("301", "httpPut", "PUT"),
    ("307", "httpDelete", "DELETE")])
def test_other_redirects_follow_the_rfc(port: int, code: str, method: str,
                                        then: str) -> None:
    out = _send(port, f"/{code}", method)
    assert out[0] == "0, 200", out
    echoed = json.loads(out[1])
    assert echoed["method"] == then, out
    assert echoed["body"] == ("" if then == "GET" else '{"n": 1}'), out


@pytest.mark.parametrize("path", ["/loop", "/a", "/chain/1"])
def test_a_redirect_loop_or_too_many_redirects_is_an_error(port: int, path: str) -> None:
    out = _send(port, path, "httpGet")
    assert out[0] == "1, 0", out
    assert out[2].startswith(f"HTTPSend: the request to http://127.0.0.1:{port}{path} "
                             "failed (a redirect loop or more than 10 redirects: not "
                             "followed after '/"), out


def test_httprequest_reports_a_loop_too(port: int) -> None:
    out = io.StringIO()
    run_source(f'Trace(HTTPRequest("http://127.0.0.1:{port}/loop"), ErrorOccurred)\n'
               'Trace(Position(ErrorInfo(), "redirect loop") > 0)\n', "http.wl",
               stdout=out, stderr=io.StringIO())
    assert out.getvalue() == "0, 1\n1\n"


def test_a_307_to_another_server_drops_the_credentials(port: int, other_port: int) -> None:
    out = _send(port, f"/far/{other_port}", user="ann")
    echoed = json.loads(out[1])
    assert (out[0], echoed["method"], echoed["auth"]) == ("0, 200", "POST", ""), out
    same = json.loads(_send(port, "/307", user="ann")[1])
    assert same["auth"].startswith("Basic "), same


def test_a_307_out_of_http_is_not_followed(port: int) -> None:
    out = _send(port, "/ftp")
    assert out[0] == "1, 0", out
    assert "redirected to 'ftp://127.0.0.1/upload', which is not an http:// or https://" \
        in out[2], out
