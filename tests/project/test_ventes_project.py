"""A French sales project as a porting team keeps it (tests/project/ventes/): an analysis
export (two files and a link) and a query with parameters at the root beside the .wdp, a
procedure library and a report script in code/, French wl tests. The report loads its data
in a transaction (WHEN EXCEPTION cancelling it), browses a key with duplicates while a
procedure reads the same file (HSavePosition/HRestorePosition), filters, runs the query
for a month, meets an integrity error and e-mails the result, captured locally."""
from __future__ import annotations

import mailbox
import subprocess
from pathlib import Path

from wl_test_helpers import checks_clean, wl_in

HERE = Path(__file__).parent / "ventes"


def wl(*args: str) -> subprocess.CompletedProcess:
    return wl_in(HERE, *args)


def test_the_report_runs_and_mails_its_result(tmp_path: Path) -> None:
    box = tmp_path / "box"
    r = wl("run", "--db", "sqlite::memory:", "--capture", str(box), "code/rapport.wl")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "7 commandes chargées",
        "Lyon : Dupont (2213.98 net)",
        "Lyon : Bernard (511.88 net)",
        "à livrer : n°4 du 20/11",
        "à livrer : n°6 du 01/12",
        "Chiffre d'affaires de novembre 2026",
        "Martin (Paris) : 1 commande(s),      2400.00 EUR",
        "Dupont (Lyon) : 2 commande(s),      2030.50 EUR",
        "Bernard (Lyon) : 1 commande(s),       450.00 EUR",
        "Total : 4880.5 EUR",
        "refusée, intégrité : 1",
        "rapport envoyé"]
    messages = list(mailbox.Maildir(str(box), create=False))
    assert len(messages) == 1
    msg = messages[0]
    assert (msg["Subject"], msg["To"]) == ("Ventes de novembre 2026", "direction@exemple.fr")
    body = msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8")
    assert "Dupont (Lyon) : 2 commande(s),      2030.50 EUR" in body
    assert body.rstrip().endswith("Total : 4880.5 EUR")


def test_the_project_checks_clean() -> None:
    checks_clean(HERE)


def test_the_french_tests_pass_on_a_fresh_database_each() -> None:
    r = wl("test", "-v", ".")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "4 passed, 0 failed" in r.stdout


def test_no_database_file_is_left_beside_the_analysis() -> None:
    assert sorted(p.name for p in HERE.iterdir()) == [
        "REQ_CAParClient.wdr", "Ventes.wdp", "Ventes.xdd", "code", "wlproject.toml"]
