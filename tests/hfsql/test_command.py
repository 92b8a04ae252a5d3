"""`wl hfsql init|describe|import|export` on a real database (SQLite and PostgreSQL)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hfsql_support import SHOP
from wlinterp.cli import main


def test_describe(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hfsql", "describe", "--analysis", str(SHOP)]) == 0
    out = capsys.readouterr().out
    assert "Customer (table customer, NULL supported)" in out
    assert "  Email: Text 80  unique key  NULL allowed" in out
    assert "  CustomerDate: composite key with duplicates (CustomerID + OrderDate)" in out
    assert "link: Orders.CustomerID -> Customer.CustomerID" in out


def test_init_import_export_roundtrip(db_url: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--analysis", str(SHOP), "--db", db_url]
    assert main(["hfsql", "init", *base]) == 0
    assert "3 data file(s) ready" in capsys.readouterr().out
    (tmp_path / "Customer.csv").write_text(
        "Name;City;Balance;BirthDate;VIP\nDupont;Paris;10.5;19800101;1\nÉmile;Lyon;3;;0\n",
        encoding="utf-8")
    (tmp_path / "orders.json").write_text(json.dumps(
        [{"OrderID": 10, "CustomerID": 2, "OrderDate": "20240101", "Total": "12.30"}]))
    assert main(["hfsql", "import", *base, str(tmp_path / "Customer.csv"),
                 str(tmp_path / "orders.json")]) == 0
    out = capsys.readouterr().out
    assert "2 record(s) added to Customer" in out and "1 record(s) added to Orders" in out
    assert main(["hfsql", "export", *base, "--format", "json", "Customer"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["CustomerID"], r["Name"], r["Balance"], r["VIP"], r["Email"]) for r in rows] == [
        (1, "Dupont", "10.5", True, None), (2, "Émile", "3", False, None)]
    out_csv = tmp_path / "o.csv"
    assert main(["hfsql", "export", *base, "-o", str(out_csv), "Orders"]) == 0
    lines = out_csv.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("OrderID,CustomerID,OrderDate,Total")
    assert lines[1].startswith("10,2,20240101,12.3,")


def test_import_errors_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:{tmp_path / 'x.db'}"
    bad = tmp_path / "Customer.csv"
    bad.write_text("Name,Nope\nA,1\n")
    assert main(["hfsql", "import", "--analysis", str(SHOP), "--db", db, str(bad)]) == 1
    assert "'Nope' is not an item of Customer" in capsys.readouterr().err
    dup = tmp_path / "Product.csv"
    dup.write_text("Reference,Label\nR1,a\nr1,b\n")
    assert main(["hfsql", "import", "--analysis", str(SHOP), "--db", db, str(dup)]) == 1
    assert "record 2: HAdd on Product: duplicate value" in capsys.readouterr().err
    assert main(["hfsql", "export", "--analysis", str(SHOP), "--db", db, "Product"]) == 0
    assert capsys.readouterr().out == "Reference,Label,Price,Stock\n"  # all or nothing


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hfsql", "describe", "--analysis", str(tmp_path / "none.xdd")]) == 1
    assert "cannot read the analysis" in capsys.readouterr().err
    assert main(["hfsql", "frobnicate"]) == 2
