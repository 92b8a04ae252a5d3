"""Business code as WINDEV developers write it (issue 8, NET, method b): a health check
of several sites (tests/mail/business/supervision_sites.wl in French: CONSTANTE block,
structures, an optional LOCAL parameter for the per-site delay, httpRequête with
DuréeNonRéponse and httpGet, SELON with `CAS 200 A 299`, the ternary `? ... SINON`,
Position(..., SansCasse) on an accented word in capitals, ChaîneConstruit and
TexteVersHTML; site_health_check_en.wl its English twin): one site answers, one is
redirected to a page "in DEGRADED mode", one never answers within its own 800 ms, one
answers 503, one port is closed. Each is classified in words, and a summary mail (text
and HTML) goes to the on-call address through the loopback aiosmtpd the SMTP host is
routed to; the French script typed in lower case without accents too. The stalled site is given up at its own delay (the words say so), not the
default one; nothing reaches stderr."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest

from loopback import QuietHandler, serve_http
from mail_helpers import as_written_in_lower_case_without_accents, free_port, run_routed

BUSINESS = Path(__file__).parent / "business"
RELEASE = threading.Event()


class Sites(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path in ("/sante", "/health"):
            self.answer(b'{"etat": "ok"}', "application/json")
        elif self.path in ("/ancienne-adresse", "/old-address"):
            self.send_response(301)
            self.send_header("Location", "/extranet")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/extranet":
            self.answer("Service en mode DÉGRADÉ / running in DEGRADED mode".encode(),
                        "text/plain; charset=utf-8")
        elif self.path in ("/api/etat", "/api/status"):
            RELEASE.wait(10)  # never within the site's delay; released at teardown
        else:
            self.answer(b"maintenance", code=503)


@pytest.fixture
def sites() -> Iterator[int]:
    RELEASE.clear()
    server = serve_http(Sites)
    port = next(server)
    yield port
    RELEASE.set()
    next(server, None)


CASES = {
    "fr": ("supervision_sites.wl", "smtp.monentreprise.fr", [
        "Boutique : OK (200)",
        "Extranet : LENT (200) - mode dégradé",
        "API commandes : EN PANNE - pas de réponse en 0.8 s",
        "Paiement : EN PANNE (503) - Service Unavailable",
        "Ancien serveur : EN PANNE - injoignable",
        "Récapitulatif envoyé à astreinte@monentreprise.fr"],
        "[Supervision] 3 site(s) en panne sur 5", "astreinte@monentreprise.fr",
        ["Site\tEtat\tCode", "Boutique\tOK\t200", "Extranet\tLENT\t200",
         "API commandes\tEN PANNE\t0", "Paiement\tEN PANNE\t503",
         "Ancien serveur\tEN PANNE\t0"]),
    "en": ("site_health_check_en.wl", "smtp.mycompany.com", [
        "Shop: OK (200)",
        "Extranet: SLOW (200) - degraded mode",
        "Orders API: DOWN - no answer within 0.8 s",
        "Payment: DOWN (503) - Service Unavailable",
        "Old server: DOWN - unreachable",
        "Summary sent to oncall@mycompany.com"],
        "[Monitoring] 3 site(s) down out of 5", "oncall@mycompany.com",
        ["Site\tState\tCode", "Shop\tOK\t200", "Extranet\tSLOW\t200",
         "Orders API\tDOWN\t0", "Payment\tDOWN\t503", "Old server\tDOWN\t0"]),
}


@pytest.mark.parametrize("lang", [*CASES, "fr typed in lower case without accents"])
def test_sites_checked_and_the_summary_mailed(sites: int, smtp_server: Any, lang: str):
    name, host, said, subject, to, rows = CASES[lang[:2]]
    server = smtp_server()
    code = (BUSINESS / name).read_text(encoding="utf-8")
    if len(lang) > 2:
        code = as_written_in_lower_case_without_accents(code)
    code = code.replace("{port}", str(sites)).replace("{ferme}", str(free_port())) \
        .replace("{closed}", str(free_port()))
    assert run_routed(code, name, host, server.port) == said
    [sent] = server.messages
    assert sent.rcpt_tos == [to]
    message = message_from_bytes(sent.data, policy=policy.default)
    assert message["Subject"] == subject
    text = message.get_body(("plain",)).get_content()
    assert text.replace("\r\n", "\n").splitlines() == rows
    html = message.get_body(("html",)).get_content()
    assert html.count("<tr>") == 6, html
    assert f"<td>{rows[-1].split(chr(9))[0]}</td>" in html, html
