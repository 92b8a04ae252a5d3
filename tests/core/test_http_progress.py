"""httpProgress (?1000021222; stdlib/http_progress.py) against a loopback server: the
procedure a request's DownloadProgress names hears of the body as it arrives, a piece at
a time, with the Content-Length as Total, or Total 0 until the end of a chunked answer;
the last call always has Progress = Total; an exception the procedure raises stops
HTTPSend as any WLanguage error does; a procedure wanting three parameters is refused in
words naming what it is given."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BODY = 200_000


class Server(QuietHandler):
    """/fixed: a Content-Length; /chunked: three chunks, no length."""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/fixed":
            self.answer(b"x" * BODY)
            return
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for size in (70_000, 70_000, 60_000):
            self.wfile.write(f"{size:x}\r\n".encode() + b"y" * size + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture()
def port() -> Iterator[int]:
    yield from serve_http(Server)


def _run(port: int, path: str, procedure: str, frequency: int = 1000) -> tuple[list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(f'''r is httpRequest
r.URL = "http://127.0.0.1:{port}{path}"
r.DownloadProgress.Procedure = Heard
r.DownloadProgress.Frequency = {frequency}
WHEN EXCEPTION IN
	Trace(Length(HTTPSend(r).Content))
DO
	Trace("stopped: " + ExceptionInfo())
END
{procedure}''', "progress.wl", stdout=out, stderr=err)
    return out.getvalue().splitlines(), err.getvalue()


HEARD = "PROCEDURE Heard(nTotal, nDone)\nTrace(nTotal, nDone)\n"


def test_a_known_length_is_the_total_of_every_call(port) -> None:
    lines, err = _run(port, "/fixed", HEARD)
    calls = [tuple(map(int, line.split(", "))) for line in lines[:-1]]
    assert lines[-1] == str(BODY) and err == "", (lines, err)
    assert {total for total, _ in calls} == {BODY} and calls[-1] == (BODY, BODY)
    assert [done for _, done in calls] == sorted({done for _, done in calls}), calls
    assert len(calls) >= 2, calls  # (pieces of at most 64 KB: the body came in several)


def test_a_chunked_answer_has_total_0_until_its_end(port) -> None:
    lines, _ = _run(port, "/chunked", HEARD, frequency=10**9)
    assert lines == [f"{BODY}, {BODY}", str(BODY)], lines


def test_an_exception_in_the_procedure_stops_the_send(port) -> None:
    lines, err = _run(port, "/fixed", 'PROCEDURE Heard(nTotal, nDone)\n'
                                       'ExceptionThrow(1, "enough: " + nDone)\n')
    assert len(lines) == 1 and lines[0].startswith("stopped: enough: "), (lines, err)


def test_a_procedure_wanting_more_than_it_is_given_is_refused_in_words(port) -> None:
    """As every callback: fewer parameters take the first values, more without a
    default are refused, saying what an httpProgress procedure gets."""
    lines, _ = _run(port, "/fixed", 'PROCEDURE Heard(a, b, c)\nTrace("called")\n')
    assert lines == ["stopped: Heard expects 3 parameter(s) but received 2: an httpProgress "
                     "procedure gets 2: the total number of bytes and the number already "
                     "transferred; a parameter past those needs a default value (x = \"\")."]
