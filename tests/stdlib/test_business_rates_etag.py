"""Business code as WINDEV developers write it (issue 8, NET, method b): the day's exchange
rates (a central bank's XML file) downloaded once, then asked again with the ETag kept in
a file beside it: the server answers 304 while it has not changed and the cached file
serves; each rate read out of the XML with string functions
(tests/stdlib/business/taux_change_etag_fr.wl: `[fSep()]`, ET, a two-statement line with
`;`, SELON with CAS 304, Position/ExtraitChaîne/Milieu/Val; rates_etag_en.wl, its English
twin). Against a loopback server that checks If-None-Match and counts full answers."""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
ETAG = '"2026-12-04-a1"'
XML = ("<?xml version='1.0' encoding='UTF-8'?><gesmes:Envelope><Cube><Cube time='2026-12-04'>"
       "<Cube currency='USD' rate='1.0823'/><Cube currency='JPY' rate='162.41'/>"
       "<Cube currency='CHF' rate='0.9437'/></Cube></Cube></gesmes:Envelope>")
ASKED: list[str] = []


class Bank(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        ASKED.append(self.headers.get("If-None-Match", ""))
        if self.headers.get("If-None-Match") == ETAG:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.end_headers()
            return
        body = XML.encode()
        self.send_response(200)
        self.send_header("ETag", ETAG)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def bank() -> Iterator[int]:
    ASKED.clear()
    yield from serve_http(Bank)


@pytest.mark.parametrize("name, said", [
    ("taux_change_etag_fr.wl", ("téléchargé", "inchangé, cache", "devise inconnue : XXX")),
    ("rates_etag_en.wl", ("downloaded", "unchanged, cached", "unknown currency: XXX"))],
    ids=["fr", "en"])
def test_downloaded_once_then_304(bank: int, name: str, said: tuple[str, str, str]) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(bank))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == ([
        said[0], "USD, 1.0823", said[1], "CHF, 0.9437", said[1], "JPY, 162.41",
        said[1], said[2], "XXX, 0"], "")
    assert ASKED == ["", ETAG, ETAG, ETAG]
