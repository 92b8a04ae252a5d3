"""The fast paths of the data layer behave as the slow ones: FOR EACH by growing
batches, `File.Item` compiled straight to the buffer, PostgreSQL HAdd without a savepoint
in a transaction (refused only as a duplicate, else through the guarded path)."""
from __future__ import annotations

import io

import psycopg
import pytest

from hfsql_support import SHOP
from wlinterp.engine import run_source


def run(text: str, url: str) -> str:
    out = io.StringIO()
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(),
               options={"analysis": str(SHOP), "db": url})
    return out.getvalue()


FILL = """HTransactionStart()
FOR i = 1 TO 1500
\tHReset(Product)
\tProduct.Reference = "R" + NumToString(i, "04d")
\tProduct.Stock = i
\tHAdd(Product)
END
HTransactionEnd()
"""


def test_foreach_crosses_batches_and_sees_writes(db_url: str) -> None:
    """1,500 records cross the 256 and 1,024 batch limits; changes made in the loop
    are kept and the loop neither skips nor repeats a record."""
    text = FILL + """n is int
total is int
FOR EACH Product ON Reference
\tn++
\ttotal += Product.Stock
\tProduct.Stock = 0
\tHModify(Product)
END
Trace(n, total)
HReadSeekFirst(Product, Reference, "R1500")
Trace(Product.Stock, HNbRec(Product))
"""
    assert run(text, db_url) == f"1500, {1500 * 1501 // 2}\n0, 1500\n"


def test_foreach_break_in_first_batch(db_url: str) -> None:
    text = FILL + """n is int
FOR EACH Product ON Reference
\tn++
\tIF Product.Reference = "R0010" THEN BREAK
END
Trace(n)
"""
    assert run(text, db_url) == "10\n"


def test_duplicate_in_transaction_keeps_the_transaction(db_url: str) -> None:
    text = """HTransactionStart()
HReset(Product)
Product.Reference = "A"
Trace(HAdd(Product))
Trace(HAdd(Product), HErrorDuplicates())
Product.Reference = "B"
Trace(HAdd(Product), HRecNum(Product) > 0)
Trace(HTransactionEnd())
Trace(HNbRec(Product))
"""
    assert run(text, db_url) == "1\n0, 1\n1, 1\n1\n2\n"


def test_duplicate_does_not_use_an_identifier(db_url: str) -> None:
    text = """HTransactionStart()
HReset(Customer)
Customer.Name = "A"
Customer.Email = "a@x"
HAdd(Customer)
HAdd(Customer)
Customer.Email = "b@x"
HAdd(Customer)
HTransactionEnd()
Trace(Customer.CustomerID)
"""
    assert run(text, db_url) == "2\n"


def test_values_the_table_would_refuse_take_the_guarded_path(pg_server) -> None:
    """A text holding a NUL character (which PostgreSQL refuses), in a transaction:
    refused, and the transaction goes on (the write ran under a savepoint). (A Null into
    an item without NULL support was the example: it now stores the item's default
    value, docs/hfsql.md "Record buffer"; SQLite refuses neither.)"""
    url = pg_server.new_database("fast_guarded")
    text = """HTransactionStart()
HReset(Product)
Product.Reference = "A"
Product.Label = "a" + Charact(0) + "b"
Trace(HAdd(Product))
Product.Label = "ok"
Trace(HAdd(Product))
Trace(HTransactionEnd(), HNbRec(Product))
"""
    assert run(text, url) == "0\n1\n1, 1\n"


def test_unforeseen_refusal_cancels_the_transaction_visibly(pg_server) -> None:
    """A rule the data layer cannot know (a CHECK added by hand) refuses a write made
    without a savepoint: HTransactionEnd fails and says so; nothing is half-saved."""
    url = pg_server.new_database("fast_unforeseen")
    run("HCreationIfNotFound(Product)", url)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE product ADD CHECK (stock < 100)")
    text = """HTransactionStart()
HReset(Product)
Product.Reference = "A"
Trace(HAdd(Product))
Product.Reference = "B"
Product.Stock = 500
Trace(HAdd(Product))
Trace(HTransactionEnd(), HError() <> 0, HTransactionInProgress())
Trace(HNbRec(Product))
"""
    lines = run(text, url).splitlines()
    assert lines[:3] == ["1", "0", "0, 1, 0"]
    assert lines[3] == "0"


@pytest.mark.parametrize("source,expected", [
    ("HReset(Product)\nProduct.Stock = \"12\"\nTrace(Product.Stock + 1)", "13"),
    ("x is int = 3\nProduct.Stock = x\nTrace(Product..NewRecord)", "1"),
])
def test_item_access_through_the_compiled_path(db_url: str, source: str, expected: str) -> None:
    assert run(source, db_url).strip() == expected


def test_sqlite_keeps_whole_currencies_as_integers(tmp_path) -> None:
    """SQLite: a currency column has NUMERIC affinity, so a whole amount is stored (and
    read back) as an integer, the common case made cheap; others stay reals rounded to 6
    decimals, and SQL sums and comparisons see numbers either way (docs/hfsql.md)."""
    import sqlite3
    path = tmp_path / "c.db"
    text = """FOR EACH m IN [10, 2.5, 0.1234567, -3]
\tHReset(Customer)
\tCustomer.Name = "C" + m
\tCustomer.Balance = m
\tHAdd(Customer)
END
total is currency
FOR EACH Customer
\ttotal += Customer.Balance
\tTrace(Customer.Balance)
END
Trace(total)
"""
    assert run(text, f"sqlite:{path}") == "10\n2.5\n0.123457\n-3\n9.623457\n"
    conn = sqlite3.connect(path)
    rows = conn.execute('SELECT typeof("Balance"), "Balance" FROM customer ORDER BY _hrec')
    assert rows.fetchall() == [("integer", 10), ("real", 2.5), ("real", 0.123457),
                               ("integer", -3)]
    assert conn.execute('SELECT sum("Balance") FROM customer WHERE "Balance" > 2').fetchone() \
        == (12.5,)
    conn.close()


def test_currency_made_from_an_integer_is_written_as_that_integer(tmp_path) -> None:
    """SQLite: the Decimal `File.Balance = n` made is written as n itself (the item's
    `whole_slot`), the row `float()` of it gave; a value changed since, or beyond 2**53,
    takes the float path as before (docs/hfsql.md, "Performance")."""
    import sqlite3
    path = tmp_path / "w.db"
    text = """HReset(Customer)
Customer.Name = "A"
Customer.Balance = 12
HAdd(Customer)
Customer.Name = "B"
Customer.Balance = Customer.Balance + 0.25
HAdd(Customer)
Customer.Name = "C"
Customer.Balance = 9007199254740993
HAdd(Customer)
HReset(Customer)
Customer.Name = "D"
Customer.Balance = -7
HAdd(Customer)
Customer.Balance = 5
HModify(Customer)
"""
    run(text, f"sqlite:{path}")
    conn = sqlite3.connect(path)
    rows = conn.execute('SELECT "Name", typeof("Balance"), "Balance" FROM customer '
                        'ORDER BY _hrec').fetchall()
    conn.close()
    assert rows == [("A", "integer", 12), ("B", "real", 12.25),
                    ("C", "integer", 9007199254740992), ("D", "integer", 5)]
