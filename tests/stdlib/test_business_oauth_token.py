"""Business code as WINDEV developers write it (issue 8, NET, method b): a carrier's API
called with an OAuth2 client-credentials token kept in a global structure until 30 s
before it expires (a DateTime moved with `..Second +=`), asked again when the API
answers 401 (a revoked token), once per call (tests/stdlib/business/
jeton_oauth_cache.wl and its English twin oauth_token_cache_en.wl: an optional LOCAL
parameter, SWITCH with `CASE 200 :` one-liners and CONTINUE, JSONToVariant, URLEncode of
a secret with `&`, `=` and an accent). Against a loopback server that checks the
secret and every token, and revokes the first after two calls.
"""
from __future__ import annotations

import io
import json
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
SHIPMENTS = {"EXP-001": ("en transit", "Lyon"), "EXP-002": ("livré", "Saint-Étienne"),
             "EXP-003": ("en agence", "Brest")}


class Carrier(QuietHandler):
    """POST /oauth/token gives tok-1, tok-2...; GET /v1/expeditions/<n> wants the
    newest token, and revokes tok-1 once it has served two calls."""

    lock = threading.Lock()
    tokens: list[str] = []
    calls: list[tuple[str, str]] = []
    secrets: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        form = dict(urllib.parse.parse_qsl(body))
        with self.lock:
            Carrier.secrets.append(form.get("client_secret", ""))
            if form.get("client_secret") != "s3cr&t=é" or form.get("grant_type") != \
                    "client_credentials":
                self.answer(b'{"error":"invalid_client"}', "application/json", 401)
                return
            Carrier.tokens.append(f"tok-{len(Carrier.tokens) + 1}")
            token = Carrier.tokens[-1]
        self.answer(json.dumps({"access_token": token, "token_type": "Bearer",
                                "expires_in": 3600}).encode(), "application/json")

    def do_GET(self) -> None:  # noqa: N802
        given = self.headers.get("Authorization", "").removeprefix("Bearer ")
        number = self.path.rsplit("/", 1)[1]
        with self.lock:
            Carrier.calls.append((number, given))
            served = sum(1 for _, t in Carrier.calls if t == "tok-1")
            valid = bool(Carrier.tokens) and given == Carrier.tokens[-1] and \
                not (given == "tok-1" and served > 2)
        if not valid:
            self.answer(b'{"error":"invalid_token"}', "application/json", 401)
        elif number not in SHIPMENTS:
            self.answer(b'{"error":"not found"}', "application/json", 404)
        else:
            status, city = SHIPMENTS[number]
            self.answer(json.dumps({"statut": status, "ville": city}).encode(),
                        "application/json; charset=utf-8")


@pytest.fixture()
def carrier() -> Iterator[int]:
    Carrier.tokens, Carrier.calls, Carrier.secrets = [], [], []
    yield from serve_http(Carrier)


CASES = {
    "fr": ("jeton_oauth_cache.wl", [
        "EXP-001 : en transit à Lyon", "EXP-002 : livré à Saint-Étienne",
        "EXP-003 : en agence à Brest", "EXP-404 : introuvable", "2 jeton(s) demandé(s)"]),
    "en": ("oauth_token_cache_en.wl", [
        "EXP-001: en transit in Lyon", "EXP-002: livré in Saint-Étienne",
        "EXP-003: en agence in Brest", "EXP-404: not found", "2 token(s) asked for"])}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_token_is_kept_and_asked_again_once_revoked(carrier, lang) -> None:
    name, said = CASES[lang]
    code = (BUSINESS / name).read_text(encoding="utf-8").replace(
        "{url}", f"http://127.0.0.1:{carrier}")
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
    assert Carrier.secrets == ["s3cr&t=é", "s3cr&t=é"]
    assert Carrier.calls == [("EXP-001", "tok-1"), ("EXP-002", "tok-1"), ("EXP-003", "tok-1"),
                             ("EXP-003", "tok-2"), ("EXP-404", "tok-2")]
