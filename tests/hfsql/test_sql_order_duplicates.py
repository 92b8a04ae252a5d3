"""SQLite: duplicates removed under the keys' collation (hfsql/sql_order.py; docs/hfsql.md
"SQL on both databases (issue 8, HF, 7 Dec 2026, 09:57-12:57)"): the columns computed from
a text key item in each part of a UNION, INTERSECT or EXCEPT without ALL, and an aggregate's
DISTINCT argument; what is left as written. Both databases' answers:
cases/query_union_distinct_collation_en.wl, requete_union_distinct_collation_fr.wl."""
from __future__ import annotations

import pytest

from wlinterp.hfsql.analysis import FileDesc, ItemDesc, KeyDesc
from wlinterp.hfsql.itemtypes import ITEM_TYPES
from wlinterp.hfsql.sql_order import ordered_by_keys

CUSTOMER = FileDesc("Customer", "customer",
                    [ItemDesc("City", ITEM_TYPES[2]), ItemDesc("Note", ITEM_TYPES[2])],
                    [KeyDesc("City", ["City"], False)])


@pytest.mark.parametrize("sql, expected", [
    ("SELECT UPPER(City) FROM c UNION SELECT LOWER(City) AS l FROM c",
     "SELECT UPPER(City) COLLATE HCI FROM c UNION SELECT LOWER(City) COLLATE HCI AS l FROM c"),
    ("SELECT COUNT(DISTINCT UPPER(City)), count( distinct Note ) FROM c",
     "SELECT COUNT(DISTINCT UPPER(City) COLLATE HCI), count( distinct Note ) FROM c"),
    ("SELECT (SELECT COUNT(DISTINCT LOWER(City)) FROM c) AS n",
     "SELECT (SELECT COUNT(DISTINCT LOWER(City) COLLATE HCI) FROM c) AS n"),
])
def test_duplicates_compared_under_the_keys_collation(sql: str, expected: str) -> None:
    assert ordered_by_keys(sql, [CUSTOMER]) == expected


@pytest.mark.parametrize("sql", [
    "SELECT UPPER(City) FROM c UNION ALL SELECT UPPER(City) FROM c",  # (no duplicate removed)
    "SELECT City FROM c UNION SELECT Note FROM c",  # (a bare item: its column's collation)
    "SELECT UPPER(Note) FROM c EXCEPT SELECT 'x'",  # (no key item)
    "SELECT COUNT(DISTINCT City), 'COUNT(DISTINCT UPPER(City))' FROM c",
    "SELECT SUM(DISTINCT LENGTH(Note)) FROM c",
])
def test_left_as_written(sql: str) -> None:
    assert ordered_by_keys(sql, [CUSTOMER]) == sql
