"""Real code is often checked without its project's analysis: a name passed to an H*
function as its data file (or query), or to a seek as its key item, is then taken for
one, so `wl check` does not report it (nor its items) as undeclared; a name no H* call
names stays WL101, and with an analysis given its names alone are known. Sources
written for this test, in English and French."""
from __future__ import annotations

import shutil
from pathlib import Path

from wl_test_helpers import check_json

SHOP = Path(__file__).resolve().parents[2] / "samples" / "orders" / "shop.xdd"

ENGLISH = """\
HReset(Invoice)
Invoice.Total = 12
HAdd(Invoice)
IF HReadSeekFirst(Customer, CustomerID, 3) THEN Trace(Customer.Name)
HExecuteQuery(QRY_Late)
FOR EACH QRY_Late
    Trace(QRY_Late.Total)
END
Trace(Custmer.Name)
"""
FRENCH = """\
HRAZ(Facture)
Facture.Total = 12
HAjoute(Facture)
SI HLitRecherchePremier(Client, IDClient, 3) ALORS Trace(Client.Nom)
Trace(Produit.Nom)
"""


def _errors(path: Path) -> list[str]:
    return [str(d["message"]) for d in check_json(path) if d["severity"] == "error"]


def test_names_the_h_calls_give_are_data_files(tmp_path: Path) -> None:
    f = tmp_path / "invoices.wl"
    f.write_text(ENGLISH, encoding="utf-8")
    assert _errors(f) == ["'Custmer' is not declared"]


def test_en_francais_aussi(tmp_path: Path) -> None:
    f = tmp_path / "factures.wl"
    f.write_text(FRENCH, encoding="utf-8")
    assert _errors(f) == ["'Produit' is not declared"]


def test_with_an_analysis_only_its_names_are_data_files(tmp_path: Path) -> None:
    shutil.copy(SHOP, tmp_path / "shop.xdd")
    f = tmp_path / "factures.wl"
    f.write_text(FRENCH.replace("Produit.Nom", "Customer.Name"), encoding="utf-8")
    assert {m.split(" is ")[0] for m in _errors(f)} == {"'Facture'", "'Client'", "'IDClient'"}
