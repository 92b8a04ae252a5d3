"""Informational answers (1xx) before the final one (NET, 7 Dec 2026; docs/builtins.md
"HTTP: informational answers"): RFC 9110 15.2 has a client parse any number of them, asked
for or not. The HTTP library passed `100 Continue` only, so a server sending `102
Processing` (WebDAV, long requests) or `103 Early Hints` (a CDN preloading) before its 200
gave StatusCode 102/103 and an empty Content, the real answer lost without a word. Against
raw servers on 127.0.0.1, English and French; HTTPRequest and HTTPGetResult too. A `101
Switching Protocols` the request did not ask for (no Upgrade header) is a failed call."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

EN = '''r is httpResponse = HTTPSend("http://127.0.0.1:{port}/report")
Trace(r.StatusCode, r.Content, r.Header["X-Final"], ErrorOccurred)
'''
FR = '''r est un httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/report")
Trace(r.CodeEtat, r.Contenu, r.Entête["X-Final"], ErreurDétectée)
'''
OLD_EN = '''Trace(HTTPRequest("http://127.0.0.1:{port}/report"), HTTPGetResult(httpResult))
'''
OLD_FR = '''Trace(HTTPRequête("http://127.0.0.1:{port}/report"), HTTPDonneRésultat(httpRésultat))
'''
FINAL = b"HTTP/1.1 200 OK\r\nX-Final: yes\r\nContent-Length: 5\r\n\r\nhello"
EARLY_HINTS = b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n"
PROCESSING = b"HTTP/1.1 102 Processing\r\n\r\n"


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
@pytest.mark.parametrize("before", [EARLY_HINTS, PROCESSING, PROCESSING * 3 + EARLY_HINTS,
                                    b"HTTP/1.1 100 Continue\r\n\r\n" + EARLY_HINTS],
                         ids=["103", "102", "several", "100-then-103"])
def test_informational_answers_are_passed(http_server, code: str, before: bytes) -> None:
    srv = http_server(before + FINAL)
    out = io.StringIO()
    run_source(code.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["200, hello, yes, 0"]


@pytest.mark.parametrize("code", [OLD_EN, OLD_FR], ids=["en", "fr"])
def test_http_request_passes_them_too(http_server, code: str) -> None:
    srv = http_server(EARLY_HINTS + FINAL)
    out = io.StringIO()
    run_source(code.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["1, hello"]


def test_an_informational_answer_without_end_fails_in_the_library_s_words(http_server) -> None:
    """Its header lines are bound as a final answer's are (100 lines)."""
    srv = http_server(b"HTTP/1.1 103 Early Hints\r\n" + b"Link: </a.css>\r\n" * 200 + FINAL)
    out = io.StringIO()
    run_source(EN.format(port=srv.port) + "Trace(ErrorInfo(errMessage))\n", "http.wl",
               stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [
        "0, , , 1", f"HTTPSend: the request to http://127.0.0.1:{srv.port}/report failed "
        "(the server's answer has more than 100 header lines, the most accepted)."]


SWITCH = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n"
INFO_EN = "Trace(ErrorInfo(errMessage))\n"
INFO_FR = "Trace(ErreurInfo(errMessage))\n"


@pytest.mark.parametrize("code, info, name", [(EN, INFO_EN, "HTTPSend"),
                                             (FR, INFO_FR, "HTTPEnvoie")], ids=["en", "fr"])
def test_a_switch_the_request_did_not_ask_for_fails_in_words(http_server, code: str,
                                                             info: str, name: str) -> None:
    """RFC 9110 15.2.2: a server switches only to a protocol the request's Upgrade
    offered; a 101 to a request with none gave StatusCode 101 and an empty Content."""
    srv = http_server(SWITCH)
    out = io.StringIO()
    run_source(code.format(port=srv.port) + info, "http.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == [
        "0, , , 1", f"{name}: the request to http://127.0.0.1:{srv.port}/report failed: "
        "the server answered '101 Switching Protocols', a switch to another protocol the "
        "request did not ask for (it sent no Upgrade header)."]


@pytest.mark.parametrize("code", [OLD_EN + INFO_EN, OLD_FR + INFO_FR], ids=["en", "fr"])
def test_http_request_fails_on_it_too(http_server, code: str) -> None:
    srv = http_server(SWITCH)
    out = io.StringIO()
    run_source(code.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert lines[0] == "0, "
    assert lines[1].endswith(f"http://127.0.0.1:{srv.port}/report failed: the server "
                             "answered '101 Switching Protocols', a switch to another "
                             "protocol the request did not ask for (it sent no Upgrade "
                             "header).")


ASKED_EN = '''req is httpRequest
req.URL = "http://127.0.0.1:{port}/chat"
req.Header["Upgrade"] = "websocket"
r is httpResponse = HTTPSend(req)
Trace(r.StatusCode, r.Header["Upgrade"], ErrorOccurred)
'''
ASKED_FR = '''req est un httpRequête
req.URL = "http://127.0.0.1:{port}/chat"
req.Entête["Upgrade"] = "websocket"
r est un httpRéponse = HTTPEnvoie(req)
Trace(r.CodeEtat, r.Entête["Upgrade"], ErreurDétectée)
'''


@pytest.mark.parametrize("code", [ASKED_EN, ASKED_FR], ids=["en", "fr"])
def test_a_switch_the_request_asked_for_is_the_answer(http_server, code: str) -> None:
    """A request that offered an Upgrade gets the server's 101 as sent."""
    srv = http_server(SWITCH)
    out = io.StringIO()
    run_source(code.format(port=srv.port), "http.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().splitlines() == ["101, websocket, 0"]
