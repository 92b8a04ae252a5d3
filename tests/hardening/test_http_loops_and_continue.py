"""An HTTP server that answers `100 Continue` and then nothing, or `100 Continue` again
and again for ever (issue 8, NET, misbehaving servers; the redirect loop is
test_http_redirect_methods.py's), against raw servers on 127.0.0.1
(loopback.RawServer): a failed call, ErrorOccurred, words naming the URL and the limit
that ended it; one connection, no retry, and the next call of the script runs."""
from __future__ import annotations

import io
import socket
import threading

import pytest

from wlinterp.engine import run_source

SCRIPT = '''r is httpRequest
r.URL = "http://127.0.0.1:{port}/upload"
r.Method = httpPost
r.Content = "x=1"
r.Timeout = 1000
rep is httpResponse = HTTPSend(r)
Trace(ErrorOccurred, rep.StatusCode, Length(rep.Content))
Trace(ErrorInfo(errMessage))
Trace(ErrorOccurred)
'''
SCRIPT_FR = '''r est un httpRequête
r.URL = "http://127.0.0.1:{port}/upload"
r.Méthode = httpPost
r.Contenu = "x=1"
r.DuréeNonRéponse = 1000
rep est un httpRéponse = HTTPEnvoie(r)
Trace(ErreurDétectée, rep.CodeEtat, Taille(rep.Contenu))
Trace(ErreurInfo(errMessage))
Trace(ErreurDétectée)
'''


def _continue_then_nothing(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    stop.wait(30)


def _continue_for_ever(conn: socket.socket, stop: threading.Event) -> None:
    """A `100 Continue` every 10 ms: each wait of the client gets bytes well within its
    timeout, so only the overall limit can end the exchange."""
    while not stop.wait(0.01):
        try:
            conn.sendall(b"HTTP/1.1 100 Continue\r\nX-Progress: 1\r\n\r\n")
        except OSError:
            return


@pytest.mark.parametrize("text", [SCRIPT, SCRIPT_FR], ids=["en", "fr"])
@pytest.mark.parametrize("answer, why", [
    (_continue_then_nothing, "no answer within 1 s: the request's Timeout, or HTTPTimeOut's"),
    (_continue_for_ever, "no complete answer within 3 s (the overall limit: 3 times the "
                         "Timeout of 1 s, plus 1 s per 64 KB)")], ids=["then-nothing", "for-ever"])
def test_a_100_continue_without_a_final_answer_fails_in_words(http_server, text, answer,
                                                              why) -> None:
    """The informational 100 is no answer: the call fails within the request's Timeout
    (or the overall limit, when 100s keep coming: it read "within 3.00005 s", the 3
    bytes sent counted in the limit), the response empty, and the script goes on."""
    srv = http_server(answer)
    out = io.StringIO()
    run_source(text.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    name = "HTTPEnvoie" if "HTTPEnvoie" in text else "HTTPSend"
    assert out.getvalue().splitlines() == [
        "1, 0, 0",
        f"{name}: the request to http://127.0.0.1:{srv.port}/upload failed ({why}).",
        "1"], out.getvalue()
    assert srv.connections == 1
