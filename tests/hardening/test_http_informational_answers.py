"""Informational answers (1xx) before the final one (NET, 7 Dec 2026; docs/builtins.md
"HTTP: informational answers"): RFC 9110 15.2 has a client parse any number of them, asked
for or not. The HTTP library passed `100 Continue` only, so a server sending `102
Processing` (WebDAV, long requests) or `103 Early Hints` (a CDN preloading) before its 200
gave StatusCode 102/103 and an empty Content, the real answer lost without a word. Against
raw servers on 127.0.0.1, English and French; HTTPRequest and HTTPGetResult too."""
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
