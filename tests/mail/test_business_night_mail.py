"""Business code as WINDEV developers write it (issue 8, NET, method b), each script in
French and its English twin under tests/mail/business/, run against a real aiosmtpd on
127.0.0.1 that the scripts' SMTP host is routed to; what arrives is read back by
Python's mail parser:

* the nightly sales report (rapport_nocturne.wl, nightly_report.wl): a CSV built in
  memory (structures, CSV escaping, a currency total, StringToUTF8) and attached from a
  Buffer through an emailAttach variable, no temporary file; recipients given as extra
  parameters (MyParameters);
* a password-reset mail (reinitialisation_mdp.wl, password_reset.wl): a GetGUID token,
  only its HashString(HA_SHA_256) digest kept with its expiry in an associative array of
  structures, a text and an HTML body holding the link, the token then checked (wrong,
  right, used again);
* month-end statements (releves_accentues.wl, accented_statements.wl): a French subject
  with accents and dashes, a display name with accents, PDF files whose names have
  accents, "n°" and "–", attached by path: RFC 2047 encoded words and RFC 2231 file
  names to a server without SMTPUTF8, raw UTF-8 to one with it.
"""
from __future__ import annotations

import re
from email import message_from_bytes, message_from_string, policy
from pathlib import Path
from typing import Any

import pytest

from mail_helpers import run_routed

BUSINESS = Path(__file__).parent / "business"
FR_HOST, EN_HOST = "smtp.monentreprise.fr", "smtp.mycompany.com"


def run(name: str, host: str, server: Any) -> list[str]:
    """The script's Trace lines; nothing on stderr."""
    return run_routed((BUSINESS / name).read_text(encoding="utf-8"), name, host, server.port)


def parsed(data: bytes, smtputf8: bool = False) -> Any:
    """The message as a client reads it (raw UTF-8 headers read as text: the bytes
    parser takes them for undecodable bytes)."""
    message = (message_from_string(data.decode("utf-8"), policy=policy.default) if smtputf8
               else message_from_bytes(data, policy=policy.default))
    assert not message.defects and all(not p.defects for p in message.walk())
    return message


CSV = {"fr": "Client;Ville;Montant;Date", "en": "Customer;City;Amount;Date"}
ROWS = ["Société Générale d'Équipement;Orléans;+1250.50;05/12/2026",
        '"{bakery} ""Chez Paul""";Saint-Étienne;+89.90;05/12/2026',
        '"Dupont; {sons}";Brest;-12.00;04/12/2026', "TOTAL;;1328.40;"]


@pytest.mark.parametrize("lang, name, host, said, to, file, bakery, sons", [
    ("fr", "rapport_nocturne.wl", FR_HOST, "Rapport envoyé : 3 ventes",
     ["direction@monentreprise.fr", "compta@monentreprise.fr"], r"ventes_\d{8}\.csv",
     "Boulangerie", "Fils & Cie"),
    ("en", "nightly_report.wl", EN_HOST, "Report sent: 3 sales",
     ["management@mycompany.com", "accounts@mycompany.com"], r"sales_\d{8}\.csv",
     "Bakery", "Sons & Co")], ids=["fr", "en"])
def test_the_nightly_report_attaches_a_csv_built_in_memory(
        smtp_server, lang, name, host, said, to, file, bakery, sons) -> None:
    server = smtp_server()
    assert run(name, host, server) == [said]
    [got] = server.messages
    assert got.rcpt_tos == to
    message = parsed(got.data)
    [attachment] = list(message.iter_attachments())
    assert re.fullmatch(file, attachment.get_filename())
    assert attachment.get_content_type() == "text/csv"
    rows = [CSV[lang]] + [r.format(bakery=bakery, sons=sons) for r in ROWS]
    assert attachment.get_payload(decode=True) == ("\r\n".join(rows) + "\r\n").encode("utf-8")
    assert "(3 l" in message.get_body(("plain",)).get_content()


@pytest.mark.parametrize("name, host, lines, to, subject, word", [
    ("reinitialisation_mdp.wl", FR_HOST,
     ["1", "Adresse refusée : pas-une-adresse", "0", "jeton faux", "ok", "déjà utilisé"],
     "jean.dupont@exemple.fr", "Réinitialisation de votre mot de passe", "jeton"),
    ("password_reset.wl", EN_HOST,
     ["1", "Address refused: not-an-address", "0", "wrong token", "ok", "used already"],
     "john.smith@example.com", "Reset your password", "token")], ids=["fr", "en"])
def test_a_password_reset_mails_a_token_kept_only_as_its_digest(
        smtp_server, name, host, lines, to, subject, word) -> None:
    server = smtp_server()
    assert run(name, host, server) == lines
    [got] = server.messages  # the address that is none was never sent to
    assert got.rcpt_tos == [to]
    message = parsed(got.data)
    assert message["Subject"] == subject and message["To"] == to
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    [token] = re.findall(rf"[?&]email={re.escape(to)}&{word}=([0-9A-F]{{32}})\b", text)
    assert f"{word}={token}" in html and text.count(token) == 1


@pytest.mark.parametrize("smtputf8", [False, True], ids=["encoded", "smtputf8"])
@pytest.mark.parametrize("name, host, said", [
    ("releves_accentues.wl", FR_HOST, "2 relevé(s) envoyé(s)"),
    ("accented_statements.wl", EN_HOST, "2 statement(s) sent")], ids=["fr", "en"])
def test_statements_with_accented_subjects_and_file_names(
        smtp_server, name, host, said, smtputf8) -> None:
    server = smtp_server(enable_SMTPUTF8=smtputf8)
    assert run(name, host, server) == [said]
    customers = [("Société Générale d'Équipement", "compta@sge.fr", 12),
                 ("Boulangerie Lefèvre & Fils", "m.lefevre@boulangerie-lefevre.fr", 13)]
    assert [m.rcpt_tos for m in server.messages] == [[c[1]] for c in customers]
    for got, (customer, _, number) in zip(server.messages, customers):
        head = got.data.split(b"\r\n\r\n", 1)[0]
        assert got.smtp_utf8 is smtputf8 and head.isascii() is not smtputf8, head
        if smtputf8:  # not folded right after "Subject:" (Python's generator does it)
            assert b"\r\nSubject: Votre relev\xc3\xa9 de compte" in head, head
        else:  # RFC 2047 words, RFC 2231 file name (in two parts)
            assert b"\r\nSubject: Votre =?utf-8?" in head, head
            assert b"filename*0*=utf-8''Relev%C3%A9%20n%C2%B0" in got.data, got.data
        message = parsed(got.data, smtputf8)
        assert message["Subject"].startswith("Votre relevé de compte — ")
        assert message["Subject"].endswith(f" 2026 — {customer}")
        assert message["From"].addresses[0].display_name == "Comptabilité Clients"
        [pdf] = list(message.iter_attachments())
        assert pdf.get_filename() == f"Relevé n°{number} – {customer}.pdf"
        index = customers.index((customer, got.rcpt_tos[0], number)) + 1
        assert pdf.get_payload(decode=True) == b"%%PDF-1.4\r\nrelev\xe9 %d\r\n%%%%EOF" % index
