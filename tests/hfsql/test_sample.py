"""samples/orders/orders.wl runs as documented, on SQLite and PostgreSQL, and twice on the
same database (it starts by emptying its files)."""
from __future__ import annotations

import io

import wlinterp
from hfsql_support import SHOP

EXPECTED = """Found Émile (Paris)
Order 1 of 20240110: 120.5
Order 3 of 20240112: 42.25
Total of all orders: 259.025
Refused: HAdd on Orders: integrity constraint of a link violated.
3 orders, 3 customers
"""


def test_orders_sample(db_url: str) -> None:
    for _ in range(2):
        out, err = io.StringIO(), io.StringIO()
        wlinterp.run_file(str(SHOP.parent / "orders.wl"), stdout=out, stderr=err,
                          options={"db": db_url})
        assert out.getvalue() == EXPECTED
        assert err.getvalue() == ""  # the analysis beside it: no undeclared-name warning


def test_wl_check_knows_the_analysis_beside_the_file(capsys) -> None:  # type: ignore[no-untyped-def]
    from wlinterp.cli import main
    assert main(["check", str(SHOP.parent / "orders.wl")]) == 0
    out = capsys.readouterr()
    assert "not declared" not in out.out + out.err
