"""HModifyStructure making a SQLite table again (an item given NULL support) keeps the rows
the table holds, an integer beyond its item's range included: a file made before the range
CHECK (7 Dec 2026) may hold 3000000000 in a 4-byte item, put there by SQL written by hand,
and the copy into the new table was refused "CHECK constraint failed: integer out of range".
The column keeps no CHECK then; a table whose rows are in range gets it (docs/hfsql.md
"HModifyStructure"). On a real SQLite file."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from wlinterp.engine import run_source

from hfsql_support import SHOP

MAKE = 'Product.Reference = "R1"\nProduct.Stock = 5\nHAdd(Product)\n'
MODIFY_EN = """Trace(HModifyStructure(Product), ErrorOccurred)
HReadSeekFirst(Product, Reference, "R9")
Trace(Product.Stock, HNbRec(Product))
"""
MODIFY_FR = """Trace(HModifieStructure(Product), ErreurDétectée)
HLitRecherchePremier(Product, Reference, "R9")
Trace(Product.Stock, HNbEnr(Product))
"""


def _run(program: str, db: Path, xdd: Path) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(program, "t.wl", stdout=out, stderr=err,
               options={"db": f"sqlite:{db}", "analysis": str(xdd)})
    assert "Traceback" not in err.getvalue(), err.getvalue()
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


def _stock_nullable(tmp_path: Path) -> Path:
    """The shop analysis with Product's Stock given NULL support."""
    text = SHOP.read_bytes().decode("latin-1")
    start = text.index('<FICHIER Nom="Product"')
    product = text[start:].replace('FicNullSupporte="0"', 'FicNullSupporte="1"', 1)
    stock = product.index('<RUBRIQUE Nom="Stock">')
    product = product[:stock] + product[stock:].replace(
        'Null="0" Valeur="0" RubNullSupporte="0"', 'Null="1" Valeur="0" RubNullSupporte="1"', 1)
    xdd = tmp_path / "nullable.xdd"
    xdd.write_bytes((text[:start] + product).encode("latin-1"))
    return xdd


def _old_row(db: Path) -> None:
    """A row with Stock 3000000000 (a 4-byte item), as a file made before the CHECK holds."""
    conn = sqlite3.connect(db)
    conn.create_collation("HCI", lambda a, b: (a.casefold() > b.casefold()) - (a.casefold() < b.casefold()))
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("INSERT INTO Product (Reference, Label, Price, Stock) "
                 "VALUES ('R9', 'L', 1, 3000000000)")
    conn.commit()
    conn.close()


def _checks(db: Path) -> str:
    conn = sqlite3.connect(db)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'Product'").fetchone()[0]
    conn.close()
    return str(sql)


def test_rows_out_of_range_kept(tmp_path: Path) -> None:
    xdd = _stock_nullable(tmp_path)
    for n, program in enumerate((MODIFY_EN, MODIFY_FR)):
        db = tmp_path / f"old{n}.db"
        _run(MAKE, db, SHOP)
        _old_row(db)
        assert _run(program, db, xdd) == ["1, 0", "3000000000, 2"]
        assert "integer out of range" not in _checks(db)


def test_rows_in_range_keep_the_check(tmp_path: Path) -> None:
    xdd = _stock_nullable(tmp_path)
    db = tmp_path / "new.db"
    _run(MAKE, db, SHOP)
    assert _run("Trace(HModifyStructure(Product), ErrorOccurred)\n", db, xdd) == ["1, 0"]
    assert '"integer out of range" CHECK ("Stock" BETWEEN' in _checks(db)
