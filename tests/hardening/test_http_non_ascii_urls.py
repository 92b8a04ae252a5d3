"""A URL outside ASCII, the script's own or a redirect's `Location` sent as raw bytes by
the server, is sent in ASCII (stdlib/http_urls.py): the host name in IDNA, the rest
percent-encoded. A `Location` whose host was Latin-1 bytes failed with "ordinal not in
range(256)", a script's `http://host/café` with "ordinal not in range(128)"."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator

import pytest

from loopback import RawServer
from wlinterp.engine import run_source

LOCATIONS = {  # /rN answers a 302 to this Location, sent as these very bytes
    "/r0": b"/caf\xe9",  # Latin-1
    "/r1": "/café?q=€".encode(),  # UTF-8
    "/r2": b"http://b\xfccher.example/x",  # a host name in Latin-1
    "/r3": "http://bücher.example/x".encode(),  # the same in UTF-8
}


def _request_line(conn: socket.socket) -> bytes:
    conn.settimeout(2)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n")[0]


def _script(conn: socket.socket, stop: threading.Event) -> None:
    """A 302 for /rN, else 200 with the request line received as the body (through a
    proxy, the whole URL)."""
    target = _request_line(conn).split(b" ")[1]
    path = b"/" + target.split(b"/", 3)[3] if target.startswith(b"http") else target
    if path.decode() in LOCATIONS and b".example" not in target:
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + LOCATIONS[path.decode()]
                     + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        return
    body = b"got " + (target if b".example" in target else path)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
                 % len(body) + body)


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    server = RawServer(_script)
    yield server.port
    server.close()


def _get(url: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(f'b is boolean = HTTPRequest("{url}")\nTrace(b, ErrorOccurred)\n'
               'Trace(ErrorInfo(errMessage))\nTrace(HTTPGetResult())\n', "url.wl",
               stdout=out, stderr=err, options={})
    assert "Traceback" not in err.getvalue() and err.getvalue() == ""
    return out.getvalue().splitlines()


@pytest.mark.parametrize("path, sent", [("/r0", "/caf%E9"),
                                        ("/r1", "/caf%C3%A9?q=%E2%82%AC")])
def test_a_location_outside_ascii_is_followed_percent_encoded(port, path, sent):
    """The server's own bytes come back percent-encoded, UTF-8 or Latin-1 alike."""
    assert _get(f"http://127.0.0.1:{port}{path}") == ["1, 0", "", f"got {sent}"]


@pytest.mark.parametrize("path", ["/r2", "/r3"])
def test_a_location_host_outside_ascii_is_asked_in_idna(port, path, monkeypatch):
    """The loopback server is the proxy here, so the request line shows the host the
    redirect asked for: `bücher` in IDNA whether the server wrote it in Latin-1 or
    UTF-8 (it was "ordinal not in range(256)" for Latin-1)."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{port}")
    assert _get(f"http://127.0.0.1:{port}{path}") == [
        "1, 0", "", "got http://xn--bcher-kva.example/x"]


def test_a_script_url_outside_ascii_is_sent_in_utf8(port):
    """INFERRED (the help does not say): percent-encoded UTF-8, as browsers send it;
    it was "ordinal not in range(128)"."""
    assert _get(f"http://127.0.0.1:{port}/café/€") == [
        "1, 0", "", "got /caf%C3%A9/%E2%82%AC"]


def test_a_host_idna_cannot_write_is_a_failed_request():
    lines = _get("http://bü..example/x")
    assert lines[0] == "0, 1" and "not a valid URL" in lines[1], lines
