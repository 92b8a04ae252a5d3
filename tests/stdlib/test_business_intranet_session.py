"""Business code as WINDEV developers write it (issue 8, NET, method b): an old intranet
with no API, logged into through its form (a password with spaces and `&`, URL-encoded
in the body), whose session cookie the same httpRequest keeps once HTTPCookieManage(r,
True) made it manage its cookies, then its CSV export downloaded and summed line by line
(tests/stdlib/business/export_intranet_session_fr.wl: a global httpRequête, untyped
parameters, `_ET_`, POUR TOUTE CHAÎNE ... SÉPARÉE PAR RC with CONTINUER, a currency
total; intranet_export_session_en.wl, its English twin); another request is not logged
in (the cookies are the request's). Against a loopback intranet checking the form and the
session."""
from __future__ import annotations

import io
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
EXPORT = "num;client;montant\r\nC-101;Durand;1250,50\r\nC-102;Martin;99,90\r\n"


class Intranet(QuietHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if self.path == "/login" and form == {"user": ["compta"], "pwd": ["m0t de passe&co"]}:
            self.send_response(200)
            self.send_header("Set-Cookie", "PHPSESSID=s-42; Path=/; HttpOnly")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.answer(b"refused", "text/plain", 403)

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/export?mois=2026-11" and self.headers.get("Cookie") == "PHPSESSID=s-42":
            self.answer(EXPORT.encode("utf-8"), "text/csv; charset=utf-8", 200)
        else:
            self.answer(b"log in first", "text/plain", 401)


@pytest.fixture
def intranet() -> Iterator[int]:
    yield from serve_http(Intranet)


@pytest.mark.parametrize("name, lines", [
    ("export_intranet_session_fr.wl", ["C-101 : 1250,50", "C-102 : 99,90", "total : 1350.4", "401"]),
    ("intranet_export_session_en.wl", ["C-101: 1250,50", "C-102: 99,90", "total: 1350.4", "401"])],
    ids=["fr", "en"])
def test_the_session_cookie_goes_with_the_export(intranet: int, name: str, lines: list[str]) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(intranet))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (lines, "")
