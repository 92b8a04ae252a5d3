"""Business code as WINDEV developers write it (issue 8, NET, method b): an order
confirmation with an HTML body showing the shop's logo inline (`cid:`), a plain-text
alternative and the order's lines from an array of structures
(tests/mail/business/confirmation_commande_html.wl: CONSTANTE, a structure, `:` members,
LOCAL and optional parameters, POUR TOUT, ChaîneConstruit, EmailChargeFichierAttaché,
IdentifiantAttache; order_confirmation_html.wl, its English twin), run unedited but for
the logo's path against aiosmtpd on 127.0.0.1 (the shop's server routed to it). What the
server received is parsed: the logo travels beside the HTML in multipart/related, the
text as its alternative (the logo went into a multipart/mixed part: clients then show it
as an attachment as well, or not in place); a missing logo sends nothing, and says so."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.mark.parametrize("name, host, said, subject, text, cid", [
    ("confirmation_commande_html.wl", "smtp.boutique-elegance.fr",
     ["Confirmation envoyée", "Logo introuvable : EmailChargeFichierAttaché: cannot read "
      "'{absent}' (No such file or directory).", "0"],
     "Confirmation de votre commande n° CDE-2026-0815",
     ["Bonjour Hélène Dûpont,", "- 1 x Théière en fonte « Kyoto » : 49.90 €",
      "- 3 x Thé vert Sencha 100 g : 22.50 €", "Total TTC : 72.40 €"], "logo-boutique"),
    ("order_confirmation_html.wl", "smtp.elegance-shop.com",
     ["Confirmation sent", "Logo not found: EmailLoadAttachment: cannot read '{absent}' "
      "(No such file or directory).", "0"],
     "Your order no. ORD-2026-0815 is confirmed",
     ["Hello Helen Dupont,", "- 1 x Cast-iron teapot “Kyoto”: 49.90 €",
      "- 3 x Sencha green tea 100 g: 22.50 €", "Total incl. VAT: 72.40 €"], "shop-logo"),
], ids=["fr", "en"])
def test_an_order_confirmation_with_an_inline_logo(smtp_server, tmp_path: Path, name, host,
                                                   said, subject, text, cid) -> None:
    server = smtp_server()
    logo, absent = tmp_path / "logo boutique.png", tmp_path / "absent.png"
    logo.write_bytes(PNG)
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{logo}", str(logo)) \
        .replace("{absent}", str(absent))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", server.port)}})
    expected = [line.replace("{absent}", str(absent)) for line in said]
    assert (out.getvalue().splitlines(), err.getvalue()) == (expected, "")
    [got] = server.messages  # the second order, its logo missing, was not sent
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == subject
    assert msg.get_content_type() == "multipart/alternative"
    plain, related = msg.iter_parts()
    assert plain.get_content_type() == "text/plain"
    body = plain.get_content()
    assert all(line in body for line in text), body
    assert related.get_content_type() == "multipart/related"
    html, image = related.iter_parts()
    assert html.get_content_type() == "text/html"
    assert f'<img src="cid:{cid}"' in html.get_content() and "72.40 €" in html.get_content()
    assert image.get_content_type() == "image/png" and image["Content-ID"] == f"<{cid}>"
    assert image.get_content_disposition() == "inline" and image.get_filename() == "logo.png"
    assert image.get_content() == PNG


def test_an_inline_image_without_html_stays_an_inline_attachment(smtp_server,
                                                                  tmp_path: Path) -> None:
    """The control: with no HTML body there is nothing to be related to."""
    server = smtp_server()
    image = tmp_path / "p.png"
    image.write_bytes(PNG)
    run_source(f'EmailStartSMTPSession("a@x.test", "127.0.0.1", {server.port})\n'
               'm is Email\nm.Sender = "a@x.test"\nm.Recipient[1] = "b@x.test"\n'
               f'm.Message = "text only"\nm.Attach[1] = "{image}"\n'
               'm.AttachIdentifier[1] = "img1"\nTrace(EmailSendMessage("a@x.test", m))\n',
               "c.wl", stdout=io.StringIO(), stderr=io.StringIO())
    [got] = server.messages
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg.get_content_type() == "multipart/mixed"
    _, part = msg.iter_parts()
    assert part["Content-ID"] == "<img1>" and part.get_content_disposition() == "inline"
