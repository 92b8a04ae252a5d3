"""Business code as WINDEV developers write it (issue 8, NET, method b): invoices created
through a JSON REST API with a bearer token, each failure handled as real code does
(`SI ErreurDétectée ALORS ... ErreurInfo()`, SELON on the status with `CAS 400 À 499`,
JSONVersVariant of the error body), and an older status call (HTTPRequête,
HTTPDonneRésultat(httpRésultat)); in French (tests/stdlib/business/factures_api_fr.wl:
CONSTANTE, LOCAL and optional parameters, `..` properties, a Duration Timeout) and in
English. The loopback server answers 201, 422, 401, 503, 404, and stalls on /api/lent
until the test ends: the 1 s Timeout ends the call with ErrorOccurred and a message saying
how long it waited and which setting (it said "timed out")."""
from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
RELEASE = threading.Event()
"""Set when the module's tests end: the stalled answer is then given up (bounded)."""


class Api(QuietHandler):
    seen: list[tuple[str, str, dict[str, object]]] = []

    def _json(self, code: int, value: object) -> None:
        self.answer(json.dumps(value, ensure_ascii=False).encode(),
                    "application/json; charset=utf-8", code)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self._json(200, {"etat": "opérationnelle", "version": "2.3"})

    def do_POST(self) -> None:  # noqa: N802
        sent = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        Api.seen.append((self.path, self.headers.get("Authorization", ""), sent))
        if self.path == "/api/lent":
            RELEASE.wait(30)
            return
        if self.path != "/api/factures":
            self._json(404, {"erreur": "ressource inconnue"})
        elif self.headers.get("Authorization") != "Bearer jeton-secret":
            self._json(401, {"erreur": "jeton invalide"})
        elif sent["client"] == 500:
            self._json(503, {"erreur": "maintenance"})
        elif sent["montant"] < 0:
            self._json(422, {"erreur": "montant négatif"})
        else:
            self._json(201, {"numero": "F-2026-001"})


@pytest.fixture(scope="module")
def api() -> Iterator[int]:
    server = serve_http(Api)
    yield next(server)
    RELEASE.set()  # the stalled handler first, then the server stops
    server.close()


@pytest.mark.parametrize("name, said", [
    ("factures_api_fr.wl", ["Facture n°F-2026-001", "Refusée (422) : montant négatif",
                            "Jeton refusé", "Serveur indisponible : 503 Service Unavailable",
                            "Erreur réseau : HTTPEnvoie: the request to ",
                            "Refusée (404) : ressource inconnue",
                            "API opérationnelle, version 2.3"]),
    ("invoices_api_en.wl", ["Invoice #F-2026-001", "Refused (422): montant négatif",
                            "Token refused", "Server unavailable: 503 Service Unavailable",
                            "Network error: HTTPSend: the request to ",
                            "Refused (404): ressource inconnue",
                            "API opérationnelle, version 2.3"]),
], ids=["fr", "en"])
def test_rest_failures_are_handled_as_business_code_does(api: int, name: str,
                                                         said: list[str]) -> None:
    Api.seen.clear()
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(api))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    lines = out.getvalue().splitlines()
    assert err.getvalue() == "" and len(lines) == len(said)
    assert [line for line, want in zip(lines, said) if not line.startswith(want)] == []
    assert lines[4].endswith(f"127.0.0.1:{api}/api/lent failed (no answer within 1 s: "
                             "the request's Timeout, or HTTPTimeOut's).")
    assert [s[1] for s in Api.seen] == ["Bearer jeton-secret"] * 2 + [
        "Bearer " + ("jeton-perime" if name.startswith("factures") else "expired-token")] + [
        "Bearer jeton-secret"] * 3
    assert Api.seen[0][2] == {"client": 42, "montant": 1234.56,
                              "libellé": ("Prestation de décembre, TVA 20 %"
                                          if name.startswith("factures")
                                          else "December services, VAT 20 %")}
