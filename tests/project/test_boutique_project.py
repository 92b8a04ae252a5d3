"""A French REST client project (tests/project/boutique/): a procedure set in text format
(pBoutique.wdg: a form-encoded login that returns a token, one procedure calling the API
for every method with the token, a JSON body from a Variant, 503 retried, errors turned
into ErrorOccurred/ErrorInfo) and the synchronisation job (synchro.wl: pages of orders,
DateTime read from ISO text, shipments created by POST, statuses changed by PUT, a call
given 500 ms that answers only once the client has hung up, a DELETE, a call without the
token) against an e-shop API served on the loopback by this test."""
from __future__ import annotations

import json
import select
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator
from urllib.parse import parse_qs, urlparse

import pytest

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "boutique"
TOKEN = "jeton-42"
ORDERS = [
    {"id": 101, "client": "Dupont", "ville": "Lyon", "cp": "69003", "total": 59.90,
     "date": "2026-12-01T09:15:00"},
    {"id": 102, "client": "Müller", "ville": "Strasbourg", "cp": "67000", "total": 120.00,
     "date": "2026-12-01T11:40:30"},
    {"id": 103, "client": "Leroy", "ville": "", "cp": "", "total": 15.50,
     "date": "2026-12-02T08:05:00"},
    {"id": 104, "client": "Nguyễn", "ville": "Nantes", "cp": "44000", "total": 240.10,
     "date": "2026-12-02T17:59:59"}]


class Shop(BaseHTTPRequestHandler):
    """The e-shop API: what the job may call, each call logged (`log`)."""

    log: list[str] = []
    busy = [1]  # the second page answers 503 once

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, code: int, body: object = None, headers: tuple = ()) -> None:
        data = b"" if body is None else json.dumps(body, ensure_ascii=False).encode()
        self.send_response(code)
        if body is not None:
            self.send_header("Content-Type", "application/json; charset=utf-8")
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        try:
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # A client that hangs up before the answer is logged, not a traceback on stderr;
            # the test fails on any such line but the slow call's.
            self.log.append(f"HUNG UP {self.command} {self.path}")

    def _hung_up_within(self, seconds: float) -> float | None:
        """How long the client took to close its connection (None: still open after
        `seconds`): the slow call waits for that instead of writing to a closed socket."""
        start = time.monotonic()
        if select.select([self.connection], [], [], seconds)[0]:
            try:
                if self.connection.recv(1, socket.MSG_PEEK) == b"":
                    return time.monotonic() - start
            except ConnectionResetError:
                return time.monotonic() - start
        return None

    def _body(self) -> str:
        return self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()

    def _denied(self) -> bool:
        if self.headers.get("Authorization") == f"Bearer {TOKEN}":
            return False
        self._send(401, {"erreur": "jeton absent ou invalide"})
        return True

    def do_POST(self) -> None:
        path, body = urlparse(self.path).path, self._body()
        self.log.append(f"POST {path} {self.headers.get('Content-Type')} {body}")
        if path == "/api/connexion":
            form = parse_qs(body)
            if form == {"utilisateur": ["synchro"], "motdepasse": ["s3cret"]}:
                return self._send(200, {"jeton": TOKEN, "expire": 3600})
            return self._send(403, {"erreur": "identifiants refusés"})
        if self._denied():
            return
        order = json.loads(body)
        if not order.get("cp"):
            return self._send(422, {"erreur": "adresse incomplète", "champ": "cp"})
        self._send(201, {"numero": f"EXP-{order['commande']}"})

    def do_GET(self) -> None:
        url = urlparse(self.path)
        self.log.append(f"GET {self.path}")
        if self._denied():
            return
        if url.path == "/api/lent":
            waited = self._hung_up_within(10)
            if waited is not None:
                self.log.append(f"GAVE UP {url.path} after {waited:.1f} s")
                return None
            return self._send(200, {"ok": True})
        page = int(parse_qs(url.query).get("page", ["1"])[0])
        if page == 2 and self.busy[0]:
            self.busy[0] -= 1
            return self._send(503, {"erreur": "réessayez"}, (("Retry-After", "1"),))
        self._send(200, {"page": page, "pages": 2, "items": ORDERS[(page - 1) * 2:page * 2]})

    def do_PUT(self) -> None:
        self.log.append(f"PUT {self.path} {self._body()}")
        if not self._denied():
            self._send(204)

    def do_DELETE(self) -> None:
        self.log.append(f"DELETE {self.path}")
        if not self._denied():
            self._send(200, {"supprimes": 3})


@pytest.fixture
def shop() -> Iterator[str]:
    Shop.log, Shop.busy = [], [1]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Shop)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_synchronisation_job(shop: str) -> None:
    r = wl_in(HERE, "run", "synchro.wl", shop)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "connecté, jeton de 8 caractères",
        "   503 sur /api/commandes?statut=nouvelle&page=2, nouvel essai dans 1 s",
        "4 commande(s) sur 2 page(s) en 3 appel(s)",
        "n°101 Dupont (69003 Lyon) du 01/12 à 09:15 :    59.90 €",
        "   expédition EXP-101",
        "n°102 Müller (67000 Strasbourg) du 01/12 à 11:40 :   120.00 €",
        "   expédition EXP-102",
        "n°103 Leroy ( ) du 02/12 à 08:05 :    15.50 €",
        "   refusée : 422 /api/expeditions : adresse incomplète",
        "n°104 Nguyễn (44000 Nantes) du 02/12 à 17:59 :   240.10 €",
        "   expédition EXP-104",
        "total 435.5",
        "service lent : abandon (code 0)",
        "3 panier(s) abandonné(s) supprimé(s)",
        "sans jeton : 401 /api/commandes?page=1 : jeton absent ou invalide"]
    assert Shop.log[0] == ("POST /api/connexion application/x-www-form-urlencoded "
                           "utilisateur=synchro&motdepasse=s3cret")
    # the body is VariantToJSON's 7-bit ASCII (docs/builtins.md "JSON in 7-bit ASCII")
    assert "PUT /api/commandes/101/statut {\"statut\":\"exp\\u00E9di\\u00E9e\"}" in Shop.log
    assert ('POST /api/expeditions application/json {"commande":104,"destinataire":"Nguy\\u1EC5n",'
            '"cp":"44000","ville":"Nantes"}') in Shop.log
    assert [e.split()[0] for e in Shop.log].count("DELETE") == 1
    # the 500 ms call was sent once and its connection closed when the Timeout rang (the
    # 1.5 s the whole exchange may take: http_deadline.py; 5 s under load), not left open
    assert Shop.log.count("GET /api/lent") == 1
    gave_up = [e for e in Shop.log if e.startswith(("GAVE UP", "HUNG UP"))]
    assert len(gave_up) == 1 and gave_up[0].startswith("GAVE UP /api/lent after "), Shop.log
    assert float(gave_up[0].split()[-2]) < 5.0, gave_up


def test_the_files_check_clean() -> None:
    checks_clean(HERE)
