"""`wl check --analysis`: a DateTime stored into an integer item smaller than 8 bytes, or a
Date into one of 1 or 2 bytes, is WL110 in the words said of a sized int variable
(semantics/item_stores.py, datetime_stores.py; docs/check.md WL110): the item named, `=`
and `+=`, through a variable declared a Record of the file too. The run stops there with
"Numeric overflow" (tests/hfsql/cases/date_into_small_item_en.wl). An 8-byte item, an
item of a file described in code and a store under WHEN EXCEPTION are not said."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_check_items import check as _check
from hfsql_support import SHOP


@pytest.fixture(autouse=True)
def _no_analysis_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WL_ANALYSIS", raising=False)
    monkeypatch.delenv("WL_DB", raising=False)


def check(tmp_path: Path, source: str, analysis: Path | None = SHOP) -> list[tuple]:
    """(code, line, column, message) of each diagnostic of `source` (test_check_items's
    check, its hints left out)."""
    return [found[:4] for found in _check(tmp_path, source, analysis)]


SOURCES = {"en": """dtOrder is DateTime = "20251207103000000"
dDue is Date = "20251208"
Product.Stock = dtOrder
r is Record of Product
r.Stock = dtOrder + 1
Orders.Status = dDue
Product.Stock += dtOrder
Orders.CustomerID = dtOrder
Product.Stock = dDue
WHEN EXCEPTION IN
    Product.Stock = dtOrder
DO
    Trace(ExceptionInfo(errMessage))
END
Trace(r.Stock)
""", "fr": """dhCommande est une DateHeure = "20251207103000000"
dEcheance est une Date = "20251208"
Product.Stock = dhCommande
r est un Enregistrement de Product
r.Stock = dhCommande + 1
Orders.Status = dEcheance
Product.Stock += dhCommande
Orders.CustomerID = dhCommande
Product.Stock = dEcheance
QUAND EXCEPTION DANS
    Product.Stock = dhCommande
FAIRE
    Trace(ExceptionInfo(errMessage))
FIN
Trace(r.Stock)
"""}

_DATETIME = ("is an int: a DateTime's digits (YYYYMMDDHHMMSSCCC) are beyond its range, the "
             "run stops (Numeric overflow); an 8-byte int holds them")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_datetime_or_a_date_into_a_small_item_is_said(tmp_path: Path, lang: str) -> None:
    assert check(tmp_path, SOURCES[lang]) == [
        ("WL110", 3, 1, f"'Product.Stock' {_DATETIME}"),
        ("WL110", 5, 1, f"'r.Stock' {_DATETIME}"),
        ("WL110", 6, 1, "'Orders.Status' is an unsigned 1-byte int: a Date's digits "
                        "(YYYYMMDD) are beyond its range, the run stops (Numeric overflow); "
                        "an unsigned 4-byte int holds them"),
        ("WL110", 7, 1, f"'Product.Stock' {_DATETIME}")]


def test_without_analysis_nothing_is_said(tmp_path: Path) -> None:
    found = check(tmp_path, SOURCES["en"], None)
    assert [f for f in found if f[0] == "WL110"] == []


def test_a_file_described_in_code_is_left_to_the_run(tmp_path: Path) -> None:
    source = ('fd is FileDescription\nfd..Name = "Product"\nHDescribeFile(fd)\n'
              'dtOrder is DateTime = "20251207103000000"\nProduct.Stock = dtOrder\n')
    assert [f for f in check(tmp_path, source) if f[0] == "WL110"] == []
