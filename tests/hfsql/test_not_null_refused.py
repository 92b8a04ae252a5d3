"""A NOT NULL column refusing NULL is named: HExecuteSQLQuery's INSERT of NULL into it
(query error 70800) and a HAdd of Null into a table made when the item had no NULL
support (70600) say the table and column as the database names them and what the
script can do; HErrorInfo(hErrDatabaseMessage) keeps the database's own words. They
were SQLite's "NOT NULL constraint failed: orders.Customer", PostgreSQL's two lines with
DETAIL, and for HAdd a bare "database error" (docs/hfsql.md "Errors")."""
from __future__ import annotations

import io
from pathlib import Path

from wlinterp.engine import run_source


def _xdd(null: str) -> bytes:
    """One data file Orders (OrderID key, Customer integer); `null`: NULL support."""
    return ('<?xml version="1.0" encoding="ISO-8859-1"?><ANALYSE><FICHIER Nom="Orders" '
            f'NomPhysique="orders" FicNullSupporte="{null}"><RUBRIQUE Nom="OrderID">'
            '<TYPE>5</TYPE><TYPE_CLE>1</TYPE_CLE><TAILLE>8</TAILLE></RUBRIQUE>'
            '<RUBRIQUE Nom="Customer"><TYPE>5</TYPE><TYPE_CLE>0</TYPE_CLE><TAILLE>4</TAILLE>'
            f'<INDICERUBRIQUE Indice="0" RubNullSupporte="{null}"/></RUBRIQUE>'
            '</FICHIER></ANALYSE>').encode("latin-1")


QUERY_EN = """HCreation(Orders)
q is Data Source
Trace(HExecuteSQLQuery(q, "INSERT INTO Orders (OrderID, Customer) VALUES (5, NULL)"))
Trace(HError())
Trace(HErrorInfo())
Trace(HErrorInfo(hErrDatabaseMessage))
Trace(HNbRec(Orders))
"""
QUERY_FR = """HCréation(Orders)
q est une Source de Données
Trace(HExécuteRequêteSQL(q, "INSERT INTO Orders (OrderID, Customer) VALUES (5, NULL)"))
Trace(HErreur())
Trace(HErreurInfo())
Trace(HErreurInfo(hErrBaseMessage))
Trace(HNbEnr(Orders))
"""
ADD_EN = """Orders.OrderID = 7
Orders.Customer = Null
Trace(HAdd(Orders))
Trace(HError())
Trace(HErrorInfo())
"""
ADD_FR = """Orders.OrderID = 7
Orders.Customer = Null
Trace(HAjoute(Orders))
Trace(HErreur())
Trace(HErreurInfo())
"""


def _run(program: str, db_url: str, xdd: Path) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(program, "t.wl", stdout=out, stderr=err,
               options={"db": db_url, "analysis": str(xdd)})
    assert "Traceback" not in err.getvalue(), err.getvalue()
    return out.getvalue().splitlines()


def _named(text: str) -> None:
    """The table and column as the database spells them (PostgreSQL folds to lower case)."""
    lowered = text.lower()
    assert ("the database refused null in the column customer of the table orders "
            "(not null): give ") in lowered, text
    assert ("NULL support in the analysis when its table was made (HModifyStructure brings "
            "the table in line with the analysis).") in text, text


def test_insert_of_null_by_sql_names_table_and_column(db_url: str, tmp_path: Path) -> None:
    xdd = tmp_path / "orders.xdd"
    xdd.write_bytes(_xdd("0"))
    for program in (QUERY_EN, QUERY_FR):
        lines = _run(program, db_url, xdd)
        assert lines[0:2] == ["0", "70800"], lines
        assert lines[2].startswith("query q: "), lines  # the Data Source variable's name
        assert "give that column a value in the query;" in lines[2], lines
        _named(lines[2])
        raw = "\n".join(lines[3:-1]).lower()  # the database's own words, kept
        assert "null" in raw and "customer" in raw and "refused" not in raw, lines
        assert lines[-1] == "0", lines


def test_hadd_of_null_into_a_not_null_table_names_it(db_url: str, tmp_path: Path) -> None:
    """The table was made while the item had no NULL support; the analysis opened now
    gives it NULL support, so Null stays in the buffer and the database refuses it."""
    strict, lenient = tmp_path / "strict.xdd", tmp_path / "lenient.xdd"
    strict.write_bytes(_xdd("0"))
    lenient.write_bytes(_xdd("1"))
    assert _run("Trace(HCreation(Orders))\n", db_url, strict) == ["1"]
    for program, called in ((ADD_EN, "HAdd"), (ADD_FR, "HAjoute")):  # (as the line calls it)
        lines = _run(program, db_url, lenient)
        assert lines[0:2] == ["0", "70600"], lines
        assert lines[2].startswith(f"{called} on Orders: "), lines
        assert "give the item a value before HAdd;" in lines[2], lines
        _named(lines[2])


STRUCTURE_EN = """Trace(HModifyStructure(Orders))
Orders.OrderID = 8
Orders.Customer = Null
Trace(HAdd(Orders))
HReadSeekFirst(Orders, OrderID, 8)
Trace(Orders.Customer..Null)
HReadSeekFirst(Orders, OrderID, 1)
Trace(Orders.Customer)
"""
STRUCTURE_FR = """Trace(HModifieStructure(Orders))
Orders.OrderID = 9
Orders.Customer = Null
Trace(HAjoute(Orders))
HLitRecherchePremier(Orders, OrderID, 9)
Trace(Orders.Customer..Null)
Trace(HNbEnr(Orders))
"""


def test_hmodifystructure_lets_null_into_an_item_given_null_support(
        db_url: str, tmp_path: Path) -> None:
    """*Decided* (docs/hfsql.md "HModifyStructure"): the automatic data modification
    drops NOT NULL from a column whose item now accepts NULL (SQLite: the table made
    again, its rows and record numbers kept); then HAdd stores NULL."""
    strict, lenient = tmp_path / "strict.xdd", tmp_path / "lenient.xdd"
    strict.write_bytes(_xdd("0"))
    lenient.write_bytes(_xdd("1"))
    made = "HCreation(Orders)\nOrders.OrderID = 1\nOrders.Customer = 42\nTrace(HAdd(Orders))\n"
    assert _run(made, db_url, strict) == ["1"]
    assert _run(STRUCTURE_EN, db_url, lenient) == ["1", "1", "1", "42"]
    assert _run(STRUCTURE_FR, db_url, lenient) == ["1", "1", "1", "3"]
    assert _run("HReadSeekFirst(Orders, OrderID, 1)\nTrace(HRecNum(Orders))\n", db_url,
                lenient) == ["1"]  # the record number kept through SQLite's copy
    lines = _run(ADD_EN, db_url, lenient)
    assert lines[0] == "1", lines  # the refusal of the test above no longer happens
