"""HTTPSend/HTTPRequest of an answer compressed though the script did not ask for it
(stdlib/http_encoding.py): it was handed over raw, gzip's bytes as the answer's text,
without a word. Now decoded, bounded by --max-string (a gzip bomb fails in words), a
body that does not decode fails the call; a script that sent its own Accept-Encoding
gets the bytes as they came. A loopback server; English and French script lines."""
from __future__ import annotations

import gzip
import io
import zlib

import pytest

from wlinterp.engine import run_source

TEXT = b"Hello compressed world " * 200


def _answer(coding: str, body: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: %s\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % (coding.encode(), len(body))
            + body)


def _run(source: str, **options: object) -> list[str]:
    out = io.StringIO()
    run_source(source, "enc.wl", stdout=out, stderr=io.StringIO(), options=dict(options))
    return out.getvalue().splitlines()


def _send_en(port: int, header: str = "", **options: object) -> list[str]:
    return _run(f'''req is httpRequest
req.URL = "http://127.0.0.1:{port}/x"
req.Timeout = 2000
{header}
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, r.StatusCode, Length(r.Content), Left(r.Content, 16))
Trace(ErrorInfo(errMessage))
''', **options)


def _send_fr(port: int, **options: object) -> list[str]:
    return _run(f'''req est un httpRequête
req.URL = "http://127.0.0.1:{port}/x"
req.DuréeNonRéponse = 2000
r est un httpRéponse = HTTPEnvoie(req)
Trace(ErreurDétectée, r.CodeEtat, Taille(r.Contenu), Gauche(r.Contenu, 16))
Trace(ErreurInfo(errMessage))
''', **options)


@pytest.mark.parametrize("coding, body", [
    ("gzip", gzip.compress(TEXT)),
    ("x-gzip", gzip.compress(TEXT)),
    ("deflate", zlib.compress(TEXT)),
    ("deflate", zlib.compress(TEXT)[2:-4]),  # raw deflate, as some servers send it
    ("gzip, deflate", zlib.compress(gzip.compress(TEXT)))],
    ids=["gzip", "x-gzip", "deflate", "raw-deflate", "two"])
@pytest.mark.parametrize("send", [_send_en, _send_fr], ids=["en", "fr"])
def test_an_unasked_compressed_answer_is_decoded(http_server, send, coding, body) -> None:
    srv = http_server(_answer(coding, body))
    lines = send(srv.port)
    assert lines == [f"0, 200, {len(TEXT)}, Hello compressed", ""], lines


@pytest.mark.parametrize("send", [_send_en, _send_fr], ids=["en", "fr"])
def test_a_gzip_bomb_fails_in_words(http_server, send) -> None:
    """20 MB of zeros, 20 KB compressed: at most --max-string (1 MB) comes out of it."""
    bomb = gzip.compress(bytes(20 << 20), 9)
    srv = http_server(_answer("gzip", bomb))
    lines = send(srv.port, max_string=1 << 20)
    assert lines[0].startswith("1, 0, 0"), lines
    assert "failed: the answer, sent compressed (gzip), would expand beyond 1048576 bytes, " \
        "the longest string of the run (--max-string)." in lines[1], lines


@pytest.mark.parametrize("coding, body", [
    ("gzip", b"not gzip at all"),
    ("gzip", gzip.compress(TEXT)[:-30]),
    ("deflate", b"\x00\x01garbage")], ids=["garbage", "truncated", "deflate"])
@pytest.mark.parametrize("send", [_send_en, _send_fr], ids=["en", "fr"])
def test_a_body_that_does_not_decode_fails_the_call(http_server, send, coding, body) -> None:
    srv = http_server(_answer(coding, body))
    lines = send(srv.port)
    assert lines[0].startswith("1, 0, 0"), lines
    assert f"failed: the answer says it is compressed ({coding}) but its body is damaged " \
        "or truncated and does not decode." in lines[1], lines


def test_an_encoding_that_cannot_be_decoded_fails_the_call(http_server) -> None:
    srv = http_server(_answer("br", b"\x8b\x02\x80hello\x03"))
    lines = _send_en(srv.port)
    assert lines[0].startswith("1, 0, 0"), lines
    assert "failed: the server sent the answer encoded as 'br', which the request did not " \
        "ask for and which cannot be decoded here (gzip and deflate can)." in lines[1], lines


def test_a_script_that_asked_gets_the_bytes_as_they_came(http_server) -> None:
    """It decodes them itself (Uncompress reads gzip)."""
    body = gzip.compress(TEXT)
    srv = http_server(_answer("gzip", body))
    lines = _run(f'''req is httpRequest
req.URL = "http://127.0.0.1:{srv.port}/x"
req.Header["Accept-Encoding"] = "gzip"
r is httpResponse = HTTPSend(req)
Trace(ErrorOccurred, Length(r.Content), Length(Uncompress(r.Content)))
''')
    assert lines == [f"0, {len(body)}, {len(TEXT)}"], lines


@pytest.mark.parametrize("line", [
    'Trace(HTTPRequest("http://127.0.0.1:{port}/"), Length(HTTPGetResult()))',
    'Trace(HTTPRequête("http://127.0.0.1:{port}/"), Taille(HTTPDonneRésultat()))'],
    ids=["en", "fr"])
def test_http_request_decodes_alike(http_server, line: str) -> None:
    srv = http_server(_answer("gzip", gzip.compress(TEXT)))
    assert _run(line.format(port=srv.port) + "\n") == [f"1, {len(TEXT)}"]


@pytest.mark.parametrize("lines", [
    ['r is httpResponse = HTTPSend(req)',
     'Trace(Length(r.Content), r.Header["Content-Encoding"], r.Header["content-length"])',
     'Trace(Position(r.RoughHeader, "Content-Encoding: gzip") > 0)'],
    ['r est un httpRéponse = HTTPEnvoie(req)',
     'Trace(Taille(r.Contenu), r.EnTête["Content-Encoding"], r.EnTête["content-length"])',
     'Trace(Position(r.EntêteBrut, "Content-Encoding: gzip") > 0)']],
    ids=["en", "fr"])
def test_the_header_stays_the_one_received(http_server, lines: list[str]) -> None:
    """httpResponse's Header is the "Key/Value set of received headers" and RoughHeader
    "the header that was returned with the response" (?1000021165): after the body is
    decoded they still show the server's Content-Encoding and Content-Length (the
    compressed size), as received (decided; curl, browsers and Python's requests keep
    them too), while Content holds the decoded text."""
    body = gzip.compress(TEXT)
    srv = http_server(_answer("gzip", body))
    got = _run(f'req is httpRequest\nreq.URL = "http://127.0.0.1:{srv.port}/x"\n'
               + "\n".join(lines) + "\n")
    assert got == [f"{len(TEXT)}, gzip, {len(body)}", "1"], got


@pytest.mark.parametrize("line", [
    'HTTPRequest("http://127.0.0.1:{port}/")\nTrace(Position(HTTPGetResult(httpHeader), "Content-Encoding: gzip") > 0, Length(HTTPGetResult(httpResult)))',
    'HTTPRequête("http://127.0.0.1:{port}/")\nTrace(Position(HTTPDonneRésultat(httpEntête), "Content-Encoding: gzip") > 0, Taille(HTTPDonneRésultat(httpRésultat)))'],
    ids=["en", "fr"])
def test_http_get_result_header_stays_the_one_received(http_server, line: str) -> None:
    """HTTPGetResult(httpHeader) after HTTPRequest: the header as received, beside the
    decoded result (decided, as httpResponse's Header above)."""
    srv = http_server(_answer("gzip", gzip.compress(TEXT)))
    assert _run(line.format(port=srv.port) + "\n") == [f"1, {len(TEXT)}"]
