"""`File.Item..Property` (hfsql/item_props.py): the compiler sends the same property names
to the analysis as the runtime reads there, and a query's column has its item's."""
from __future__ import annotations

from hfsql_support import run_shop


def test_the_compiler_and_the_runtime_know_the_same_item_properties() -> None:
    from wlinterp.compiler.exprs import ITEM_PROPERTIES
    from wlinterp.hfsql.item_props import ITEM_PROPERTIES as READ
    assert ITEM_PROPERTIES == frozenset(READ)


def test_a_query_column_has_its_item_properties(db_url: str) -> None:
    out = run_shop('HCreation(Customer)\nds is Data Source\n'
                   'HExecuteSQLQuery(ds, "SELECT Name, Balance FROM Customer")\n'
                   'Trace(ds.Name..Name, ds.Name..Size, ds.Balance..KeyType = hNotAKey)\n',
                   db_url)
    assert out == "Name, 40, 1\n"
