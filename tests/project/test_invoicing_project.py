"""An English e-invoicing project (tests/project/invoicing/): a procedure set in text
format (pInvoicing.wdg: structures holding an array of structures, VAT rounded per rate
through an associative array, XML built by member writes with `:` attributes and
XMLAddChild on a node, a JSON summary, the files mailed as attachments with a Cc over an
emailSMTPSession), a class with GLOBAL members and a property (CInvoiceSequence.wdc), a
monthly job script and wl tests with mail expectations."""
from __future__ import annotations

import email
import mailbox
import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "invoicing"
NOW = ("--now", "2026-12-03 10:00")


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_monthly_run_mails_each_invoice_with_its_files(tmp_path: Path) -> None:
    box = tmp_path / "box"
    r = wl("run", *NOW, "--capture", str(box), "monthly_run.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "refused: INV-2026-0044: line BAD has quantity 0",
        "INV-2026-0042 Boulangerie Petit: net 1530, VAT 302.38, gross 1832.38, "
        "due Wed 30/12/2026",
        "  sent to compta@petit.example",
        "INV-2026-0043 Hôtel du Lac: net 1299.8, VAT 259.96, gross 1559.76, "
        "due Fri 01/01/2027",
        "  sent to direction@hotel-lac.example",
        "44 invoice numbers used this year",
        "  INV-2026-0042.json, 159 bytes",
        "  INV-2026-0042.xml, 677 bytes",
        "  INV-2026-0043.json, 157 bytes",
        "  INV-2026-0043.xml, 471 bytes",
        "4 files removed from the outbox"]
    messages = sorted((email.message_from_bytes(m.as_bytes())
                       for m in mailbox.Maildir(str(box), create=False)),
                      key=lambda m: str(m["Subject"]))
    assert [m["Subject"] for m in messages] == [
        "Invoice INV-2026-0042 - 1832.38 EUR due 30/12/2026",
        "Invoice INV-2026-0043 - 1559.76 EUR due 01/01/2027"]
    first = messages[0]
    assert first["Cc"] == "accounting@atelier-nord.example"
    parts = {p.get_filename(): p.get_payload(decode=True) for p in first.walk()
             if p.get_filename()}
    assert sorted(parts) == ["INV-2026-0042.json", "INV-2026-0042.xml"]
    xml = parts["INV-2026-0042.xml"].decode()
    assert '<Invoice issued="2026-11-30" currency="EUR">' in xml
    assert '<Line sku="DOC-03"><Caption>Hygiene guide</Caption><Quantity>2</Quantity>' \
        '<Amount>25.00</Amount></Line>' in xml
    assert "<Totals><Net>1530.00</Net><VAT>302.38</VAT><Gross>1832.38</Gross></Totals>" in xml
    assert parts["INV-2026-0042.json"] == (
        b'{"number":"INV-2026-0042","customer":"Boulangerie Petit","issued":"2026-11-30",'
        b'"due":"2026-12-30","totals":{"net":1530,"vat":302.38,"gross":1832.38},"lines":3}')


def test_the_tests_pass() -> None:
    r = wl("test", *NOW, ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "8 passed, 0 failed" in r.stdout + r.stderr


def test_the_files_check_clean() -> None:
    checks_clean(HERE)
