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
