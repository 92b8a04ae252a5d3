"""HDeclare (a file of another analysis), HDeclareExternal (a table read back from the
database) and `File = r` (a record variable into the buffer), EN and FR, on both
backends."""
from __future__ import annotations

import io
from pathlib import Path

from hfsql_support import SHOP
from wlinterp.engine import run_source


def run(text: str, url: str, analysis: str | None = str(SHOP)) -> str:
    out = io.StringIO()
    options = {"db": url}
    if analysis:
        options["analysis"] = analysis
    run_source(text, "t.wl", stdout=out, stderr=io.StringIO(), options=options)
    return out.getvalue()


FILL = """HReset(Product)
Product.Reference = "B2"
Product.Label = "Bolt"
Product.Stock = 7
HAdd(Product)
Product.Reference = "A1"
Product.Label = "Axe"
Product.Stock = 3
HAdd(Product)
"""


def test_declare_external_reads_the_table_back(db_url: str) -> None:
    run(FILL, db_url)
    text = """Trace(HDeclareExternal("C:\\Data\\Product.fic", "Stock"))
FOR EACH Stock ON Reference
    Trace(Stock.Reference, Stock.Label, Stock.Stock)
END
Trace(HReadSeekFirst(Stock, Reference, "B2"), Stock.Stock)
Stock.Reference = "A1"
Trace(HAdd(Stock), HErrorDuplicates())
Trace(HDéclareExterne("nothing.fic", "Nope"), HError() <> 0)
"""
    assert run(text, db_url, analysis=None) == ("1\nA1, Axe, 3\nB2, Bolt, 7\n1, 7\n0, 1\n"
                                                "0, 1\n")


def test_declare_takes_a_file_of_another_analysis(db_url: str, tmp_path: Path) -> None:
    text = f"""Trace(HDeclare("Product", "{SHOP}", "", "Article"))
HReset(Article)
Article.Reference = "X"
Article.Stock = 2
HAdd(Article)
Trace(HNbRec(Article), HReadFirst(Article, Reference), Article.Stock)
Trace(HDéclare("Nope", "{SHOP}"), HError() <> 0)
Trace(HDeclare("Product", "{tmp_path / 'missing.xdd'}"), HError() <> 0)
"""
    assert run(text, db_url, analysis=None) == "1\n1, 1, 2\n0, 1\n0, 1\n"


def test_assigning_a_record_sets_the_buffer(db_url: str) -> None:
    text = FILL + """r is Record of Product
HReadSeekFirst(Product, Reference, "A1")
r = Product
r.Reference = "C3"
HReset(Product)
Product = r
Trace(Product.Reference, Product.Label, Product.Stock)
HAdd(Product)
Trace(HNbRec(Product))
e est un Enregistrement de Product
e = Product
e.Reference = "D4"
Product = e
HAjoute(Product)
Trace(HNbRec(Product))
n = 5
Trace(n)
"""
    assert run(text, db_url) == "C3, Axe, 3\n3\n4\n5\n"


def test_declare_external_recovers_composite_keys_and_defaults(db_url: str) -> None:
    """A composite key (named after its index) and the items' default values (text,
    numbers, NULL by default) come back from the table."""
    fill = """HReset(Customer)
Customer.Name = "Dupont"
Customer.City = "Paris"
HAdd(Customer)
Customer.Name = "Durand"
HAdd(Customer)
fd is File Description
fd..Name = "Note"
it is Item Description
it..Name = "Title"
it..Type = hItemText
it..Size = 20
it..DefaultValue = "Untitled"
HDescribeItem(fd, it)
it..Name = "Pages"
it..Type = hItemInt
it..DefaultValue = 12
HDescribeItem(fd, it)
HDescribeFile(fd)
HCreation(Note)
"""
    run(fill, db_url)
    text = """HDeclareExternal("customer.fic", "Client")
Trace(HReadSeekFirst(Client, CityName, ["Paris", "Durand"]), Client.Name)
HReset(Client)
Trace(Client.Email = Null, Client.Balance)
HDeclareExternal("note.fic", "Booklet")
HReset(Booklet)
Trace(Booklet.Title, Booklet.Pages)
"""
    assert run(text, db_url, analysis=None) == "1, Durand\n1, 0\nUntitled, 12\n"


def test_declare_external_recovers_a_currency(db_url: str) -> None:
    """A currency column reads back as a currency on both backends (SQLite: NUMERIC)."""
    run("""HReset(Customer)
Customer.Name = "Ann"
Customer.Balance = 2.5
HAdd(Customer)
""", db_url)
    text = """HDeclareExternal("customer.fic", "Cust")
HReadFirst(Cust)
Trace(Cust.Balance, TypeVar(Cust.Balance) = TypeVar(m))
m is currency
"""
    text = "m is currency\n" + text.replace("m is currency\n", "")
    assert run(text, db_url, analysis=None) == "2.5, 1\n"
