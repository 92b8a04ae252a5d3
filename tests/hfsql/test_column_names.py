"""hfsql/column_names.py: a computed column without AS named as the program wrote it,
an alias spelled as written (docs/hfsql.md "Result columns' names")."""
from __future__ import annotations

import pytest

from wlinterp.hfsql.column_names import named_columns, select_list, written_names


@pytest.mark.parametrize("written, translated, expected", [
    ("SELECT LEFT(City, 2), Name FROM Customer", "SELECT SUBSTR(City, 1, 2), Name FROM Customer",
     'SELECT SUBSTR(City, 1, 2) AS "LEFT(City, 2)", Name FROM Customer'),
    ("SELECT c.Name, COUNT(*) n, Price * Qty, t.* FROM t c",
     "SELECT c.Name, COUNT(*) n, Price * Qty, t.* FROM t c",
     'SELECT c.Name, COUNT(*) n, Price * Qty AS "Price * Qty", t.* FROM t c'),
    ("SELECT CASE WHEN a THEN 'x' ELSE 'y' END FROM t",
     "SELECT CASE WHEN a THEN 'x' ELSE 'y' END FROM t",
     "SELECT CASE WHEN a THEN 'x' ELSE 'y' END AS \"CASE WHEN a THEN 'x' ELSE 'y' END\" FROM t"),
    ('SELECT UPPER("Name") FROM t', 'SELECT UPPER("Name") FROM t',
     'SELECT UPPER("Name") AS "UPPER(""Name"")" FROM t'),
    ("SELECT LOWER(City) FROM t", "SELECT LOWER(City) COLLATE HCI FROM t",
     'SELECT LOWER(City) COLLATE HCI AS "LOWER(City)" FROM t'),
    ("UPDATE t SET a = 1", "UPDATE t SET a = 1", "UPDATE t SET a = 1"),
    ("SELECT a, b FROM t", "SELECT a FROM t", "SELECT a FROM t"),  # (not the same columns)
])
def test_named_columns(written: str, translated: str, expected: str) -> None:
    assert named_columns(translated, select_list(written)) == expected


def test_written_names_spell_back_what_postgresql_folded() -> None:
    text = 'SELECT Name, City AS Town, c.Label, "Mixed" FROM t c'
    assert written_names(text, ["name", "town", "label", "Mixed", "_hrec"]) \
        == ["Name", "Town", "Label", "Mixed", "_hrec"]


def test_one_reading_of_an_alias() -> None:
    """The alias reading shared by names, types and collation: without AS, quoted, and
    neither CASE's END nor IS NULL's NULL taken for an alias."""
    from wlinterp.hfsql.computed_columns import alias_name, aliased

    assert alias_name("UPPER(City) Town") == "Town"
    assert alias_name('LOWER(City) AS "Town"') == "Town"
    assert alias_name("City IS NULL") is None
    assert alias_name("CASE WHEN a THEN b END") is None
    assert alias_name("c.Name") is None
    m = aliased("UPPER(City) AS Town")
    assert m is not None and m.group("expr") == "UPPER(City)"
