"""PostgreSQL's LIKE by the kinds of the query's items (hfsql/pg_like.py, query_items.py;
docs/hfsql.md "SQL on both databases (issue 8, HF, 7 Dec 2026, 09:57-12:57)", its
paragraph "LIKE on a currency, a Boolean, a CASE"; a Boolean by its place: "Reviewer R3's
findings on SQL (issue 8, M3, ...)"): a currency or Boolean item is read as SQLite holds it, a CASE ... END is
one operand, the kinds are worked out only when LIKE on PostgreSQL asks. Both databases'
answers: cases/sql_like_currency_boolean_en.wl, sql_comme_monetaire_booleen_fr.wl."""
from __future__ import annotations

import re

import pytest

from wlinterp.hfsql.analysis import FileDesc, ItemDesc
from wlinterp.hfsql.itemtypes import ITEM_TYPES
from wlinterp.hfsql.pg_like import pg_likes
from wlinterp.hfsql.query_items import QueryItems
from wlinterp.hfsql.sqldialect import translate

CUSTOMER = FileDesc("Customer", "customer", [
    ItemDesc("Name", ITEM_TYPES[2]), ItemDesc("Balance", ITEM_TYPES[17]),
    ItemDesc("VIP", ITEM_TYPES[37]), ItemDesc("Notes", ITEM_TYPES[29]),
    ItemDesc("Code", ITEM_TYPES[46]), ItemDesc("Stock", ITEM_TYPES[5])])
KINDS = QueryItems([CUSTOMER]).like_kinds


def _operand(sql: str) -> str:
    """What the sub-select of the (one) LIKE compares."""
    found = re.findall(r"FROM \(SELECT \((.*?)\) AS wl_o\) AS wl_like\) COLLATE", pg_likes(sql, KINDS))
    assert len(found) == 1, pg_likes(sql, KINDS)
    return found[0]


@pytest.mark.parametrize("sql, operand", [
    ("SELECT 1 FROM c WHERE Balance LIKE '1%'", "trim_scale(Balance)"),
    ("SELECT 1 FROM c WHERE c.balance * 2 LIKE '1%'", "trim_scale(c.balance) * 2"),
    ('SELECT 1 FROM c WHERE x."VIP" LIKE \'1\'', 'CAST((x."VIP") AS integer)'),
    ("SELECT 1 FROM c WHERE VIP + Stock LIKE '1'", "CAST((VIP) AS integer) + Stock"),
    ("SELECT 1 FROM c WHERE Stock LIKE '1'", "Stock"),
    ("SELECT 1 FROM c WHERE Balance(2) LIKE '1'", "Balance(2)"),  # (a function: left)
])
def test_a_currency_or_boolean_item_is_read_as_sqlite_holds_it(sql: str, operand: str) -> None:
    assert _operand(sql) == operand


@pytest.mark.parametrize("sql, operand", [
    ("SELECT 1 FROM c WHERE CASE WHEN VIP THEN 1 ELSE 0 END LIKE '1'",
     "CASE WHEN VIP THEN 1 ELSE 0 END"),
    ("SELECT 1 FROM c WHERE x = 1 AND CASE WHEN NOT VIP AND Stock > 1 THEN Balance END LIKE '1'",
     "CASE WHEN NOT VIP AND Stock > 1 THEN trim_scale(Balance) END"),
    ("SELECT 1 FROM c WHERE CASE WHEN Stock = 1 THEN CASE VIP WHEN 1 THEN 2 END END + 1 LIKE '1'",
     "CASE WHEN Stock = 1 THEN CASE CAST((VIP) AS integer) WHEN 1 THEN 2 END END + 1"),
])
def test_a_case_before_like_is_one_operand(sql: str, operand: str) -> None:
    """PostgreSQL refused `CASE ... END LIKE` when the CASE gave a number: the operand
    stopped at END and the collation went after it; a Boolean item that is a condition
    (next to WHEN, THEN, AND, OR, NOT) stays a Boolean."""
    assert _operand(sql) == operand


@pytest.mark.parametrize("sql, operand", [
    ("SELECT 1 FROM c WHERE CASE WHEN (VIP) THEN 1 END LIKE '1'", "CASE WHEN (VIP) THEN 1 END"),
    ("SELECT 1 FROM c WHERE CASE WHEN NOT(VIP) THEN 1 END LIKE '1'",
     "CASE WHEN NOT(VIP) THEN 1 END"),
    ("SELECT 1 FROM c WHERE CASE VIP WHEN TRUE THEN 1 END LIKE '1'",
     "CASE VIP WHEN TRUE THEN 1 END"),
    ("SELECT 1 FROM c WHERE (SELECT COUNT(*) FROM c x WHERE x.VIP) LIKE '1'",
     "(SELECT COUNT(*) FROM c x WHERE x.VIP)"),
    ("SELECT 1 FROM c WHERE COALESCE(VIP, FALSE) LIKE '1'", "COALESCE(VIP, FALSE)"),
    ("SELECT 1 FROM c WHERE COALESCE(VIP, 0) LIKE '1'", "COALESCE(CAST((VIP) AS integer), 0)"),
    ("SELECT 1 FROM c WHERE CASE WHEN VIP = TRUE THEN 1 END LIKE '1'",
     "CASE WHEN VIP = TRUE THEN 1 END"),
    ("SELECT 1 FROM c WHERE CASE WHEN 1 = VIP THEN 1 END LIKE '1'",
     "CASE WHEN 1 = CAST((VIP) AS integer) THEN 1 END"),
])
def test_a_boolean_item_is_cast_only_where_it_is_a_value(sql: str, operand: str) -> None:
    """A condition (after a parenthesis, NOT(, a sub-select's WHERE) or a value beside TRUE
    or FALSE stays a Boolean (R3's finding 1: PostgreSQL refused these, "argument of
    CASE/WHEN must be type boolean, not type integer"); its result is written 1 or 0."""
    assert _operand(sql) == operand


def test_text_items_keep_the_short_form_uuid_and_memo_too() -> None:
    for item in ("Name", "Notes", "Code", "c.Name"):
        sql = f"SELECT 1 FROM c WHERE {item} LIKE 'a%'"
        assert pg_likes(sql, KINDS) == f"SELECT 1 FROM c WHERE {item} COLLATE \"und-x-icu\" ILIKE 'a%'"


def test_a_name_two_files_give_different_kinds_is_no_text() -> None:
    other = FileDesc("Other", "other", [ItemDesc("Name", ITEM_TYPES[5])])
    assert "name" not in QueryItems([CUSTOMER, other]).like_kinds
    assert QueryItems([CUSTOMER, other]).like_kinds["balance"] == "currency"


def test_the_kinds_are_worked_out_only_for_like_on_postgresql() -> None:
    """run_query built the set of text items for every query, SQLite's too."""
    for sql, dialect in [("SELECT Name FROM Customer WHERE Name LIKE 'a%'", "sqlite"),
                         ("SELECT Name FROM Customer WHERE Name = 'a'", "postgresql")]:
        items = QueryItems([CUSTOMER])
        translate(sql, dialect, None, items=items)
        assert "like_kinds" not in vars(items)
    items = QueryItems([CUSTOMER])
    translate("SELECT Name FROM Customer WHERE Name LIKE 'a%'", "postgresql", None, items=items)
    assert vars(items)["like_kinds"]["name"] == "text"
