"""Business code as WINDEV developers write it (issue 8, NET, method b): customers
synchronised from a CRM's REST API (tests/stdlib/business/clients_pagines_fr.wl and its
English twin paged_customers_en.wl): an httpRequest with a bearer token, the pages followed
through the "suivant" (next) link of each JSON answer until it is null, a 429 answer
honoured by waiting its Retry-After in a loop bounded by a CONSTANT, a JSON summary POSTed
back, and an endpoint that stays rate-limited given up after the bounded tries.

The loopback server is a real rate limiter: a retry that comes before the Retry-After has
passed is refused again, so a script that did not wait would print a second "too many
requests" for page 2; each request's bearer token and the summary's JSON are checked."""
from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
TOKEN = "Bearer jeton-crm-2026"
PAGES = {
    "1": [{"id": 1, "nom": "Dupont SARL", "encours": 1250.5},
          {"id": 2, "nom": "Martin & Fils", "encours": 0}],
    "2": [{"id": 3, "nom": "Boulangerie Lefèvre", "encours": 99.99}],
    "3": [{"id": 4, "nom": "Éts Zoé", "encours": 10}],
}


class Crm(QuietHandler):
    seen: list[tuple[str, str]] = []
    posted: list[object] = []
    limited_until: dict[str, float] = {}
    lock = threading.Lock()

    def _json(self, code: int, value: object, extra: dict[str, str] | None = None) -> None:
        body = json.dumps(value, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, text in (extra or {}).items():
            self.send_header(name, text)
        self.end_headers()
        self.wfile.write(body)

    def _limited(self, key: str, seconds: int) -> bool:
        """A rate limiter: True (429 sent) on the first request for `key` and on any
        retry before its Retry-After has passed."""
        with Crm.lock:
            until = Crm.limited_until.get(key)
            now = time.monotonic()
            if until is None or now < until:
                Crm.limited_until.setdefault(key, now + seconds)
                self._json(429, {"erreur": "trop de requêtes"}, {"Retry-After": str(seconds)})
                return True
        return False

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        Crm.seen.append((f"GET {self.path}", self.headers.get("Authorization", "")))
        if self.headers.get("Authorization") != TOKEN:
            self._json(401, {"erreur": "jeton invalide"})
        elif self.path == "/api/commandes":
            self._json(429, {"erreur": "quota"}, {"Retry-After": "0"})
        elif self.path.startswith("/api/clients?page="):
            page = self.path.rsplit("=", 1)[1]
            if page == "2" and self._limited(page, 1):
                return
            following = str(int(page) + 1)
            link = (f"http://127.0.0.1:{self.server.server_address[1]}/api/clients?page="
                    f"{following}" if following in PAGES else None)
            self._json(200, {"donnees": PAGES[page], "suivant": link})
        else:
            self._json(404, {"erreur": "inconnu"})

    def do_POST(self) -> None:  # noqa: N802
        Crm.seen.append((f"POST {self.path}", self.headers.get("Authorization", "")))
        sent = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        Crm.posted.append(sent)
        self._json(201 if self.headers.get("Authorization") == TOKEN else 401,
                   {"reference": "B-2026-7"})


@pytest.fixture
def crm() -> Iterator[int]:
    Crm.seen, Crm.posted, Crm.limited_until = [], [], {}
    yield from serve_http(Crm)


@pytest.mark.parametrize("name, said", [
    ("clients_pagines_fr.wl", [
        "Trop de requêtes (essai 1) : attente de 1 s",
        "4 client(s) lus en 3 page(s)",
        "Dupont SARL : 1250.5", "Martin & Fils : 0", "Boulangerie Lefèvre : 99.99",
        "Éts Zoé : 10", "Bilan enregistré : B-2026-7",
        "Trop de requêtes (essai 1) : attente de 1 s",
        "Trop de requêtes (essai 2) : attente de 1 s",
        "Trop de requêtes (essai 3) : attente de 1 s",
        "Abandon après 3 essais : http://127.0.0.1:{port}/api/commandes",
        "Commandes : réessayer plus tard"]),
    ("paged_customers_en.wl", [
        "Too many requests (try 1): waiting 1 s",
        "4 customer(s) read in 3 page(s)",
        "Dupont SARL: 1250.5", "Martin & Fils: 0", "Boulangerie Lefèvre: 99.99",
        "Éts Zoé: 10", "Summary saved: B-2026-7",
        "Too many requests (try 1): waiting 1 s",
        "Too many requests (try 2): waiting 1 s",
        "Too many requests (try 3): waiting 1 s",
        "Gave up after 3 tries: http://127.0.0.1:{port}/api/commandes",
        "Orders: try again later"]),
], ids=["fr", "en"])
def test_pages_followed_and_429_honoured(crm: int, name: str, said: list[str]) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(crm))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        [line.format(port=crm) for line in said], "")
    assert [what for what, _ in Crm.seen] == [
        "GET /api/clients?page=1", "GET /api/clients?page=2", "GET /api/clients?page=2",
        "GET /api/clients?page=3", "POST /api/bilans"] + ["GET /api/commandes"] * 3
    assert {token for _, token in Crm.seen} == {TOKEN}
    assert Crm.posted == [{"clients": 4, "encours_total": 1360.49, "source": "Synchro été"}]
