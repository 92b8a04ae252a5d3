"""HTTPTimeOut / HTTPTimeOut (EN and FR scripts): the Timeout of HTTPRequest, HTTPSend of a
URL and HTTPSendForm, which take none of their own (20 s until it is called; docs/builtins.md
"HTTP", INFERRED). Against a loopback server that reads the request and never answers,
each call fails within the exchange's overall limit of 3 times the Timeout, not after 20 s
per wait. Bounded: a failure here takes seconds, never minutes.

The calls are timed by the script itself (ChronoStart/ChronoEnd, the monotonic clock):
what the Timeout bounds is the calls, not the parse, the compilation and the imports
before them, which a loaded machine (an eighth of a processor at a load of 15) can make
take seconds."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from cpu_share import slowdown
from loopback import RawServer, read_command
from wlinterp.engine import run_source


def _silent(conn: socket.socket, stop: threading.Event) -> None:
    """Read the request, then say nothing until the test ends."""
    while read_command(conn, stop) not in (b"", b"\r\n", b"\n"):
        pass
    stop.wait(30)


EN = """HTTPTimeOut({timeout})
ChronoStart()
Trace(HTTPRequest("http://127.0.0.1:{port}/a"), ErrorOccurred)
r is httpResponse = HTTPSend("http://127.0.0.1:{port}/b")
Trace(ErrorOccurred, r.StatusCode)
Trace(ChronoEnd()..InMilliseconds)
"""
FR = """HTTPTimeOut({timeout})
ChronoDébut()
Trace(HTTPRequête("http://127.0.0.1:{port}/a"), ErreurDétectée)
r est un httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/b")
Trace(ErreurDétectée, r.CodeEtat)
Trace(ChronoFin()..EnMillisecondes)
"""


@pytest.mark.parametrize("script", [EN, FR], ids=["en", "fr"])
@pytest.mark.parametrize("timeout", ["300", "300 ms"])
def test_http_timeout_bounds_the_calls_without_a_timeout(script: str, timeout: str) -> None:
    server = RawServer(_silent)
    try:
        out = io.StringIO()
        run_source(script.format(timeout=timeout, port=server.port), "t.wl", stdout=out,
                   stderr=io.StringIO())
    finally:
        server.close()
    *lines, took = out.getvalue().splitlines()
    assert lines == ["0, 1", "1, 0"]
    assert int(took) < 8000, took  # two calls, each cut at 3 x 0.3 s (was 20 s per wait)


def test_a_silent_server_is_left_after_the_timeout() -> None:
    """HTTPTimeOut(200): the wait for the answer ends after 0.2 s, said in ErrorInfo.

    Which limit ends the call says which message it gives: the wait's ("no answer within
    0.2 s: the request's Timeout, or HTTPTimeOut's"; it was "timed out"), or
    the exchange's 3 x 0.2 s when the call's own work before the wait (connecting,
    sending; the server is a thread of this process) took more than 0.4 s, as it did at
    an eleventh of a processor. The Timeout is therefore 0.2 s times how much slower
    computing is now than on an idle machine (cpu_share.slowdown, at least 1)."""
    ms = round(200 * slowdown())
    server = RawServer(_silent)
    try:
        out = io.StringIO()
        run_source(f"HTTPTimeOut({ms})\nChronoStart()\n"
                   f"HTTPRequest(\"http://127.0.0.1:{server.port}/\")\n"
                   "Trace(ErrorInfo(errMessage))\nTrace(ChronoEnd()..InMilliseconds)\n",
                   "t.wl", stdout=out, stderr=io.StringIO())
    finally:
        server.close()
    *shown, took = out.getvalue().splitlines()
    text = "\n".join(shown)
    assert text.startswith("HTTPRequest: the request to http://127.0.0.1:"), text
    assert f"no answer within {ms / 1000:g} s: the request's Timeout" in text, text
    assert int(took) < 20 * ms, (text, took, ms)


@pytest.mark.parametrize("setting", ["HTTPTimeOut(1e300)", "HTTPTimeOut(1e12)"])
def test_a_huge_timeout_waits_as_long_as_the_platform_can(setting: str, capfd) -> None:
    """A Timeout beyond what a thread timer or a socket can wait (1e300 ms) was an
    OverflowError: a Python traceback from the deadline's timer thread, then the call a
    fatal 'Numeric overflow'. It now waits as long as the platform allows: the call to a
    closed port fails the ordinary way."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = io.StringIO()
    run_source(f"{setting}\nTrace(HTTPRequest(\"http://127.0.0.1:{port}/\"), ErrorOccurred)\n"
               "r is httpRequest\nr.URL = \"http://127.0.0.1:%d/\"\nr.Timeout = 1e300\n"
               "x is httpResponse = HTTPSend(r)\nTrace(ErrorOccurred)\n" % port,
               "t.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["0, 1", "1"]
    assert "Traceback" not in capfd.readouterr().err
