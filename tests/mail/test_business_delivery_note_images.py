"""Business code as WINDEV developers write it (issue 8, NET, method b): a delivery note
mailed with the company's logo and the driver's signature shown in its HTML (`cid:`),
both decoded from base64 into Buffers (the signature as the driver's tablet sends it),
and the parcels' detail as a CSV built in memory (ChaîneVersUTF8 of a text returned as a
Buffer) attached through emailAttache variables: no file on disk
(tests/mail/business/bon_livraison_images_fr.wl: a CONSTANTE block, a structure, `;`
between statements on one line, `""` inside strings, `...` continuations, LOCAL
parameters, RENVOYER of a Buffer; delivery_note_images_en.wl, its English twin). Against
aiosmtpd on 127.0.0.1; the message received is parsed: the images beside the HTML in
multipart/related with their Content-IDs and exact bytes, the CSV attached with its
type and its accented UTF-8 text exactly."""
from __future__ import annotations

import base64
import email
import email.policy
from pathlib import Path

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
CASES = {"fr": ("bon_livraison_images_fr.wl", "smtp.monentreprise.fr", "bon envoyé"),
         "en": ("delivery_note_images_en.wl", "smtp.mycompany.com", "note sent")}
LOGO = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=")
SIGNATURE = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAAAAADRSSBWAAAAC0lEQVR4nGNg+A8AAQIBA"
                             "EK+vGgAAAAASUVORK5CYII=")
CSV = ("Réf;Désignation;Poids (kg)\r\nC-001;Câble électrique 2,5 mm²;12.50\r\n"
       "C-002;Gaine ICTA Ø20;3.25\r\n")


@pytest.mark.parametrize("lang", sorted(CASES))
def test_images_in_place_and_a_csv_from_memory(smtp_server, lang: str) -> None:
    server = smtp_server()
    name, host, said = CASES[lang]
    lines = run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)
    assert lines == [said]
    [got] = server.messages
    message = email.message_from_bytes(got.data, policy=email.policy.default)
    related = next(p for p in message.walk() if p.get_content_type() == "multipart/related")
    inline = {p["Content-ID"]: p for p in related.iter_parts() if p.get_content_maintype() == "image"}
    assert set(inline) == {"<logo>", "<signature>"}, inline
    assert inline["<logo>"].get_content() == LOGO
    assert inline["<signature>"].get_content() == SIGNATURE
    assert inline["<signature>"].get_content_type() == "image/png"
    html = next(p for p in related.iter_parts() if p.get_content_type() == "text/html")
    assert 'src="cid:logo"' in html.get_content() and 'src="cid:signature"' in html.get_content()
    [csv] = [p for p in message.iter_attachments() if p.get_content_type() == "text/csv"]
    assert csv.get_filename() == "BL-2026-0412.csv"
    assert csv.get_content_charset() == "utf-8"
    assert csv.get_payload(decode=True) == CSV.encode("utf-8")
