"""Business code as WINDEV developers write it (issue 8, NET, method b): procedures that
read a customer from a REST API (httpRequest with a bearer header, SWITCH on the status
code, JSONToVariant, FOR EACH over a JSON array) and create an order (restRequest, a JSON
body built from a Variant, RESTSend), in French (tests/stdlib/business/api_clients_fr.wl)
and in English, against a loopback JSON server that checks the header and echoes the order.
Accents travel both ways (a customer's name read, an article sent)."""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
CUSTOMER = {"id": 42, "nom": "Société Générale d'Électricité", "encours": 1234.5,
            "factures": [{"num": "F-001", "montant": 100.25},
                         {"num": "F-002", "montant": 1134.25}]}


class Api(QuietHandler):
    def _json(self, code: int, value: object) -> None:
        self.answer(json.dumps(value, ensure_ascii=False).encode(),
                    "application/json; charset=utf-8", code)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.headers.get("Authorization") != "Bearer jeton-123":
            self._json(401, {"erreur": "non autorisé"})
        elif self.path == "/api/clients/42":
            self._json(200, CUSTOMER)
        else:
            self._json(404, {"erreur": "introuvable"})

    def do_POST(self) -> None:  # noqa: N802
        sent = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._json(201, {"recu": json.loads(sent), "ctype": self.headers["Content-Type"]})


@pytest.fixture(scope="module")
def api() -> Iterator[int]:
    yield from serve_http(Api)


@pytest.mark.parametrize("name, missing", [("api_clients_fr.wl", "Client 99 introuvable"),
                                           ("api_customers_en.wl", "Customer 99 not found")],
                         ids=["fr", "en"])
def test_a_rest_api_called_by_business_procedures(api: int, name: str, missing: str) -> None:
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(api))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err)
    assert (out.getvalue().splitlines(), err.getvalue()) == ([
        "Société Générale d'Électricité", "1234.5", "F-001 : 100.25", "F-002 : 1134.25",
        missing, "1", "Câble électrique 2,5 mm² x3 (application/json)"], "")
