"""HTTPSend and HTTPRequest against HTTP servers that misbehave over time or announce
absurd sizes (stdlib/http_deadline.py): each ends in a failed call (ErrorOccurred,
ErrorInfo naming the URL) within the exchange's overall limit, never a hang, a fatal
"Not enough memory" or an answer silently cut short. Loopback only; a Timeout of 0.5 s
makes the overall limit 1.5 s (the cases that wait it out prove the limit at any scale:
the trickling server's pace keeps its ratio to the Timeout)."""
from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Callable

import pytest

from wlinterp.engine import run_source

Answer = Callable[[socket.socket, threading.Event], None]


def _trickle(data: bytes) -> Answer:
    """`data` a byte every 0.15 s: each wait is far under the 0.5 s Timeout."""
    def answer(conn: socket.socket, stop: threading.Event) -> None:
        for i in range(len(data)):
            conn.sendall(data[i:i + 1])
            if stop.wait(0.15):
                return
    return answer


def _endless(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n")
    ends = time.monotonic() + 20
    while not stop.is_set() and time.monotonic() < ends:
        conn.sendall(b"z" * 65536)


def _send(port: int, **options: object) -> list[str]:
    """HTTPSend with a Timeout of 0.5 s: what the script traced. No wall-time bound (a
    trickled body took 9.5 s of wall time at a load of 20 on two cores): the words say
    which limit stopped the call."""
    out = io.StringIO()
    run_source(f'''req is httpRequest
req.URL = "http://127.0.0.1:{port}/x"
req.Timeout = 500
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, r.StatusCode, Length(r.Content))
Trace(ErrorInfo(errMessage))
''', "http.wl", stdout=out, stderr=io.StringIO(), options=dict(options))
    return out.getvalue().splitlines()


@pytest.mark.parametrize("where, data", [
    ("body", b"HTTP/1.0 200 OK\r\n\r\n" + b"q" * 100),
    ("headers", b"HTTP/1.0 200 OK\r\nX-Long: " + b"h" * 100 + b"\r\n\r\nhi"),
    ("status line", b"HTTP/1.0 200 " + b"O" * 100 + b"\r\n\r\nhi")])
def test_a_trickling_answer_is_cut_at_the_overall_limit(http_server, where: str,
                                                        data: bytes) -> None:
    """It was read for as long as the server trickled: a byte just before each Timeout."""
    srv = http_server(_trickle(data))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", (where, lines)
    assert f"the request to http://127.0.0.1:{srv.port}/x failed" in lines[1], lines
    assert "no complete answer within 1.5 s (the overall limit: 3 times the Timeout of 500 ms" \
        in lines[1], lines


@pytest.mark.parametrize("head", [
    b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\nabc",
    b"HTTP/1.1 200 OK\r\nContent-Length: 4000000000\r\n\r\nabc",
    b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nabc"])
def test_a_content_length_never_met_is_a_failed_call(http_server, head: bytes) -> None:
    """A length of 10^14 was one allocation of that size, the fatal "Not enough memory";
    a shorter one gave the bytes that came as if they were the whole answer; the words
    said "7 of its 10 bytes never came", not what the server sent."""
    srv = http_server(lambda conn, stop: conn.sendall(head))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    announced = head.split(b"Content-Length: ")[1].split(b"\r")[0].decode()
    assert f"failed: the answer was cut short, the server announced {announced} bytes (its " \
        "Content-Length) and sent 3; the part that came is not given as the answer." \
        in lines[1], lines


@pytest.mark.parametrize("body, surplus", [(b"hello", b" world, and more"),
                                           (b"{}", b"HTTP/1.1 200 OK\r\n\r\nsmuggled"),
                                           (b"x" * 3000, b"y")])
def test_a_body_longer_than_its_content_length_is_a_failed_call(http_server, body: bytes,
                                                                 surplus: bytes) -> None:
    """The HTTP library kept the announced bytes and dropped the rest without a word
    ("hello" given as the whole answer, StatusCode 200): which is right is in doubt."""
    srv = http_server(lambda conn, stop: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s%s" % (len(body), body, surplus)))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert lines[1] == (f"HTTPSend: the request to http://127.0.0.1:{srv.port}/x failed: the "
                        f"server sent more than the {len(body)} bytes its Content-Length "
                        f"announced ({len(surplus)} more came with the body), so the answer's "
                        "length is in doubt (refused, as a sign of response smuggling); "
                        "nothing of it is given as the answer."), lines


def test_a_body_longer_than_its_content_length_in_french(http_server) -> None:
    srv = http_server(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello world")
    out = io.StringIO()
    run_source(f'''Trace(HTTPRequête("http://127.0.0.1:{srv.port}/x"), ErreurDétectée)
Trace(ErreurInfo(errMessage))
Trace("[" + HTTPDonneRésultat() + "]")
''', "http.wl", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "0, 1", lines
    assert lines[1].startswith(f"HTTPRequête: the request to http://127.0.0.1:{srv.port}/x "
                               "failed: the server sent more than the 5 bytes its "
                               "Content-Length announced (6 more came with the body)"), lines
    assert lines[2] == "[]", lines


@pytest.mark.parametrize("after", [b"\r\n", b"\n", b"\r\n\r\n"])
def test_an_empty_line_after_the_body_is_no_surplus(http_server, after: bytes) -> None:
    """Some servers end the body with a CR LF it does not count (RFC 9112 2.2 asks a
    robust reader to ignore an empty line between messages): the answer is read."""
    srv = http_server(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello" + after)
    assert _send(srv.port) == ["0, 200, 5", ""]


def test_an_exact_content_length_kept_open_is_read_at_once(http_server) -> None:
    """The control: the body's end and nothing after it, the connection left open (a
    server that ignores Connection: close): read as it came, no wait for more."""
    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        stop.wait(30)
    srv = http_server(answer)
    assert _send(srv.port) == ["0, 200, 5", ""]


def test_an_absurd_chunk_size_is_a_failed_call(http_server) -> None:
    srv = http_server(lambda conn, stop: conn.sendall(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\nabc"))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert "failed while reading the answer (the answer was cut short: the connection " \
        "ended before the end of its body, or the size of one of its chunks could not be " \
        "read)." in lines[1], lines
    assert "IncompleteRead" not in lines[1], lines  # (Python's class name, as it said)


@pytest.mark.parametrize("answer, words", [
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
     "failed while reading the answer (the answer was cut short: the connection ended"),
    (b"HELLO THERE\r\n\r\n", "failed (the server's answer is not HTTP: HELLO THERE)."),
    (b"HTTP/1.1 abc OK\r\n\r\n", "failed (the server's answer is not HTTP: HTTP/1.1 abc OK)."),
    (b"", "failed (the server closed the connection without answering)."),
    (b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"\r\nhi",
     "failed (the server's answer has more than 100 header lines, the most accepted)."),
    (b"HTTP/1.1 200 OK\r\nX-A: " + b"a" * 70_000 + b"\r\n\r\nhi",
     "failed (the server's answer has a line longer than 65536 bytes, the most accepted).")])
def test_the_http_library_s_complaints_are_said_in_words(http_server, answer: bytes,
                                                         words: str) -> None:
    """A chunk size that is no number said "IncompleteRead(0 bytes read)", a status line
    that is no HTTP was quoted alone ("failed (HELLO THERE)"), a server closing without
    answering said "Remote end closed connection without response" (REV, 5 Dec 2026);
    too many header lines "got more than 100 headers", a header line of 70,000 bytes "got
    more than 65536 bytes when reading header line" (NET, 5 Dec 2026 evening)."""
    srv = http_server(lambda conn, stop: conn.sendall(answer))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert words in lines[1], lines


def test_an_endless_answer_stops_at_the_longest_string(http_server) -> None:
    """It was read whole into memory: 800 MB in 25 s on loopback."""
    srv = http_server(_endless)
    lines = _send(srv.port, max_string=1 << 20)
    assert lines[0] == "1, 0, 0", lines
    assert "failed: the answer is longer than 1048576 bytes, the longest string of the " \
        "run (--max-string)." in lines[1], lines
    assert "no complete answer within" not in lines[1], lines  # the size bound, not the clock


def test_a_steady_answer_still_arrives_whole(http_server) -> None:
    body = b"w" * 300_000
    srv = http_server(lambda conn, stop: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body))
    lines = _send(srv.port)
    assert lines == ["0, 200, 300000", ""], lines


def test_http_request_is_bounded_alike(http_server) -> None:
    srv = http_server(lambda conn, stop: conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999999\r\n\r\nabc"))
    out = io.StringIO()
    run_source(f'Trace(HTTPRequest("http://127.0.0.1:{srv.port}/"), ErrorOccurred)\n'
               'Trace(Length(HTTPGetResult()), ErrorInfo(errMessage))\n', "r.wl",
               stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "0, 1", lines
    assert lines[1].startswith("0, HTTPRequest: the request to ") and "cut short" in lines[1]


def _then_silent(data: bytes) -> Answer:
    """`data`, then nothing more, the connection kept open past the Timeout."""
    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(data)
        stop.wait(10)
    return answer


@pytest.mark.parametrize("data", [
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nhello"], ids=["chunked", "length"])
def test_a_body_that_stops_coming_says_how_long_it_was_waited_for(http_server, data) -> None:
    """A chunked body whose last chunk never comes, a Content-Length never met, the
    connection kept open: the wait ends at the Timeout and says so (it said "(timed
    out)", neither how long nor which setting); the 5 bytes that came are not given as
    the answer."""
    srv = http_server(_then_silent(data))
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert lines[1].endswith("failed while reading the answer (nothing more of it came for "
                             "0.5 s: the request's Timeout, or HTTPTimeOut's)."), lines


def test_a_chunked_body_cut_by_a_close_is_a_failed_call(http_server) -> None:
    srv = http_server(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
    lines = _send(srv.port)
    assert lines[0] == "1, 0, 0", lines
    assert "failed while reading the answer (the answer was cut short: the connection " \
        "ended before the end of its body" in lines[1], lines


def _continues(conn: socket.socket, stop: threading.Event) -> None:
    """'100 Continue' answers without end, never the answer itself, in big batches (the
    client always has some to read: no single wait reaches its Timeout), for at most 20 s."""
    batch = b"HTTP/1.1 100 Continue\r\n\r\n" * 20000
    ends = time.monotonic() + 20
    while not stop.is_set() and time.monotonic() < ends:
        try:
            conn.sendall(batch)
        except OSError:
            return  # the client cut the connection


@pytest.mark.parametrize("source", [
    '''HTTPTimeOut(2)
Trace(HTTPRequest("http://127.0.0.1:{port}/x"), ErrorOccurred)
Trace(ErrorInfo(errMessage))
''', '''HTTPTimeOut(2)
Trace(HTTPRequête("http://127.0.0.1:{port}/x"), ErreurDétectée)
Trace(ErreurInfo(errMessage))
'''], ids=["en", "fr"])
def test_a_limit_under_a_second_is_said_in_milliseconds(http_server, source: str) -> None:
    """HTTPTimeOut(2) (milliseconds): an answer that never comes, though bytes keep coming,
    is cut at the overall limit of 6 ms, which said "within 0 s" (rounded to a tenth of
    a second)."""
    srv = http_server(_continues)
    out = io.StringIO()
    run_source(source.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "0, 1", lines
    assert lines[1].endswith("failed (no complete answer within 6 ms (the overall limit: "
                             "3 times the Timeout of 2 ms, plus 1 s per 64 KB)).") \
        or "no answer within 0.002 s" in lines[1], lines  # (a wait of 2 ms at a high load)
    assert "within 0 s" not in lines[1], lines
