"""Data-layer behaviours across runs and error reporting, on a real database file."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


ADD = 'HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n'


def test_open_transaction_is_cancelled_at_the_end(db_url: str) -> None:
    run(ADD + "HTransactionStart()\n" + ADD + "Trace(HNbRec(Customer))", db_url)
    assert run("Trace(HNbRec(Customer))", db_url) == "1\n"


def test_identifiers_are_not_reused_across_runs(db_url: str) -> None:
    run(ADD + ADD + "HReadLast(Customer, CustomerID)\nHDelete(Customer)", db_url)
    assert run(ADD + "Trace(Customer.CustomerID)", db_url) == "3\n"


def test_failure_reaches_case_error_and_error_occurred(tmp_path: Path) -> None:
    url = f"sqlite:{tmp_path / 'x.db'}"
    text = """HReset(Product)
Product.Reference = "R"
HAdd(Product)
Trace(HAdd(Product), ErrorOccurred, HErrorDuplicates())
Try()
PROCEDURE Try()
HAdd(Product)
Trace("not reached")
CASE ERROR:
    Trace("caught: " + ErrorInfo())
"""
    assert run(text, url) == ("0, 1, 1\n"
                              "caught: HAdd on Product: duplicate value on a unique key.\n")


def test_unknown_file_is_a_positioned_error(tmp_path: Path) -> None:
    with pytest.raises(WLRuntimeError) as info:
        run('x = 1\nHReadFirst("Nope")', f"sqlite:{tmp_path / 'x.db'}")
    assert info.value.line == 2 and "'Nope' is not a data file of the analysis" in \
        info.value.message


def test_foreach_condition_must_compare_items(tmp_path: Path) -> None:
    from wlinterp.errors import WLSyntaxError
    with pytest.raises(WLSyntaxError, match="the condition must compare items"):
        run("FOR EACH Customer WHERE Trace(1)\nEND", f"sqlite:{tmp_path / 'x.db'}")


def test_files_named_like_type_words(tmp_path: Path) -> None:
    """Data files called Item, Source or File are data files, not type names."""
    files = "".join(
        f'<FICHIER Nom="{n}" NomPhysique="{n}"><RUBRIQUE Nom="Code"><TYPE>5</TYPE>'
        f"<TYPE_CLE>2</TYPE_CLE><TAILLE>4</TAILLE></RUBRIQUE></FICHIER>"
        for n in ("Item", "Source", "File", "Data"))
    xdd = tmp_path / "a.xdd"
    xdd.write_text(f'<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE>{files}</ANALYSE>',
                   encoding="latin-1")
    out = io.StringIO()
    run_source("FOR EACH f OF [Item, Source, File, Data]\n\tHReset(f)\n\tf.Code = 7\n"
               "\tHAdd(f)\nEND\nTrace(HNbRec(Item), Source.Code, File.Code, Data.Code)",
               "t.wl", stdout=out, options={"analysis": str(xdd), "db": "sqlite::memory:"})
    assert out.getvalue() == "1, 7, 7, 7\n"


TYPES = [("T", 2, 10), ("I1", 4, 1), ("I2", 3, 2), ("U1", 36, 1), ("I8", 25, 8), ("R4", 6, 4),
         ("Tm", 11, 4), ("D", 14, 8), ("DT", 34, 8), ("M", 17, 10), ("B", 37, 1),
         ("Memo", 29, 8), ("Bin", 16, 8), ("U", 39, 20), ("UM", 40, 8), ("Dec", 41, 14),
         ("Id", 46, 16)]


def test_every_item_type_round_trips(db_url: str, tmp_path: Path) -> None:
    items = "".join(f'<RUBRIQUE Nom="{n}"><TYPE>{t}</TYPE><TYPE_CLE>0</TYPE_CLE>'
                    f"<TAILLE>{s}</TAILLE></RUBRIQUE>" for n, t, s in TYPES)
    xdd = tmp_path / "types.xdd"
    xdd.write_text('<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE><FICHIER Nom="All" '
                   f'NomPhysique="alltypes">{items}</FICHIER></ANALYSE>', encoding="latin-1")
    out = io.StringIO()
    run_source("""HReset(All)
All.T = "0123456789abc"
All.I1 = -5
All.I2 = 300
All.U1 = 200
All.I8 = 9000000000
All.R4 = 1.5
All.Tm = "13453012"
All.D = "20240229"
All.DT = "20240229134530123"
All.M = 1234567.891234
All.B = True
All.Memo = "line 1" + CR + "line 2"
All.Bin = "abc"
All.U = "Ωmega ünïcode"
All.UM = "long ünïcode memo"
All.Dec = "12345678901234.5678"
All.Id = "6f1c2d3e-0000-4000-8000-123456789abc"
HAdd(All)
HReset(All)
HReadFirst(All)
Trace(All.T, All.I1, All.I2, All.U1, All.I8, All.R4, All.Tm, All.D, All.DT)
Trace(All.M, All.B, Length(All.Memo), All.Bin, All.U, All.UM, All.Dec, All.Id)""",
               "t.wl", stdout=out, options={"analysis": str(xdd), "db": db_url})
    assert out.getvalue().splitlines() == [
        "0123456789, -5, 300, 200, 9000000000, 1.5, 13453012, 20240229, 20240229134530123",
        "1234567.891234, 1, 14, abc, Ωmega ünïcode, long ünïcode memo, 12345678901234.5678, "
        "6f1c2d3e-0000-4000-8000-123456789abc"]
