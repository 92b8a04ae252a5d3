"""Business code as WINDEV developers write it (issue 8, NET, method b): tomorrow's
appointments reminded by SMS through an operator's gateway that takes a POST form and
answers in JSON (tests/stdlib/business/rappel_rdv_sms_fr.wl: CONSTANTE, an array of
structures filled by a procedure, French mobile numbers normalised to +33 with `[=`,
HTTPCréeFormulaire / HTTPAjouteParamètre / HTTPEnvoieFormulaire, the status read from
HTTPDonneRésultat(httpEntête), JSONVersVariant and ErreurDétectée, each patient's
failure collected; and its English twin appointment_sms_en.wl) against a loopback HTTP
gateway: one number on the operator's STOP list, one that is no mobile number; a
gateway answering 500 in HTML; no gateway at all. Nothing is lost silently: every
patient is sent or named with the reason."""
from __future__ import annotations

import io
import json
import socket
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from loopback import QuietHandler, serve_http
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
SEEN: list[tuple[str, str, dict[str, list[str]]]] = []
BROKEN: list[bool] = [False]


class Gateway(QuietHandler):
    """The operator's gateway: keeps each form; refuses +33798765432 (STOP list); answers
    500 in HTML when BROKEN."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        form = urllib.parse.parse_qs(body.decode("utf-8"), strict_parsing=True)
        SEEN.append((self.path, self.headers["Content-Type"], form))
        if BROKEN[0]:
            self.answer(b"<html><body>Internal Server Error</body></html>", "text/html", 500)
        elif form["destinataire"] == ["+33798765432"]:
            self.answer(json.dumps({"statut": "ERREUR", "message": "numéro sur liste STOP"})
                        .encode(), "application/json")
        else:
            self.answer(json.dumps({"statut": "OK", "id": f"m{len(SEEN)}"}).encode(),
                        "application/json")


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    yield from serve_http(Gateway)


def run(name: str, port: int) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    source = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(port))
    run_source(source, name, stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


FR = ("rappel_rdv_sms_fr.wl", "{n} SMS envoyé(s), {e} erreur(s)", "{who} : {why}",
      "refusé par la passerelle : ", "numéro invalide", "erreur HTTP ",
      "passerelle injoignable : HTTPEnvoieFormulaire")
EN = ("appointment_sms_en.wl", "{n} SMS sent, {e} error(s)", "{who}: {why}",
      "refused by the gateway: ", "invalid number", "HTTP error ",
      "gateway unreachable: HTTPSendForm")
PATIENTS = ["Mme Élise Lefèvre", "M. Jean-Noël Durand", "M. Paul Martin", "Mme Zoé Bernard"]


@pytest.mark.parametrize("case", [FR, EN], ids=["fr", "en"])
def test_each_patient_is_sent_or_named_with_the_reason(port: int, case) -> None:
    name, total, line, refused, invalid, *_ = case
    SEEN.clear()
    BROKEN[0] = False
    assert run(name, port) == [
        total.format(n=2, e=2),
        line.format(who=PATIENTS[1], why=refused + "numéro sur liste STOP"),
        line.format(who=PATIENTS[2], why=invalid + " (12 34)")]
    assert [(path, kind) for path, kind, _ in SEEN] == \
        [("/api/sms", "application/x-www-form-urlencoded")] * 3
    forms = [form for _, _, form in SEEN]
    assert [f["destinataire"] for f in forms] == [["+33612345678"], ["+33798765432"],
                                                  ["+33611223344"]]
    assert forms[0]["compte"] == ["CABINET-DUPONT"]
    assert forms[0]["texte"] == ["Bonjour Mme Élise Lefèvre, rappel de votre RDV demain à "
                                 "09h30 au cabinet Dupont. Répondez STOP pour annuler."]


@pytest.mark.parametrize("case", [FR, EN], ids=["fr", "en"])
def test_a_gateway_answering_500_in_html(port: int, case) -> None:
    name, total, line, _, invalid, http_error, _ = case
    BROKEN[0] = True
    try:
        lines = run(name, port)
    finally:
        BROKEN[0] = False
    assert lines == [total.format(n=0, e=4)] + [
        line.format(who=who, why=invalid + " (12 34)" if who == PATIENTS[2]
                    else http_error + "500") for who in PATIENTS]


@pytest.mark.parametrize("case", [FR, EN], ids=["fr", "en"])
def test_no_gateway(case) -> None:
    name, total, line, *_, unreachable = case
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    lines = run(name, closed)
    assert lines[0] == total.format(n=0, e=4)
    for who, said in zip([p for p in PATIENTS if p != PATIENTS[2]],
                         [lines[1], lines[2], lines[4]]):
        assert said.startswith(line.format(who=who, why=unreachable)), said
        assert "refused" in said.lower() or "refus" in said.lower(), said
