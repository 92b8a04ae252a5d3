"""HFSQL's SQL on SQLite and PostgreSQL (wlinterp/hfsql/sqldialect.py; docs/hfsql.md,
"HFSQL's SQL translated"): where the two backends differ, a WLanguage function given a
column (SQLite calls it for each row; PostgreSQL, which runs the query on its server,
refuses it in words), and the translation itself."""
from __future__ import annotations

import re

import pytest

from hfsql_support import run_shop
from wlinterp.errors import WLRuntimeError
from wlinterp.hfsql.analysis import FileDesc, ItemDesc
from wlinterp.hfsql.errors import HFError
from wlinterp.hfsql.itemtypes import ITEM_TYPES
from wlinterp.hfsql.query_items import QueryItems
from wlinterp.hfsql.sqldialect import translate

ADD = "".join(f'HReset(Customer)\nCustomer.Name = "{n}"\nHAdd(Customer)\n'
              for n in ("Alice", "Bob"))
ON_COLUMN = ADD + """ok is boolean = HExecuteSQLQuery(q, "SELECT WL.Left(Name, 2) AS S FROM customer ORDER BY Name")
Trace(ok)
IF ok THEN
    FOR EACH q
        Trace(q.S)
    END
ELSE
    Trace(HErrorInfo())
END
"""


def _items(**codes: int) -> QueryItems:
    """The items of one data file, each given by its `.xdd` type code."""
    return QueryItems([FileDesc("F", "f", [ItemDesc(n, ITEM_TYPES[c]) for n, c in codes.items()])])


def test_a_wlanguage_function_given_a_column(db_url: str) -> None:
    out = run_shop(ON_COLUMN, db_url).splitlines()
    if db_url.startswith("sqlite"):
        assert out == ["1", "Al", "Bo"]
    else:
        assert out[0] == "0"
        assert "WL.Left(Name, ...): on PostgreSQL a WLanguage function in an SQL query " \
               "can only be given values" in out[1]


def test_a_failing_function_called_by_sqlite_says_its_own_words(tmp_path) -> None:
    """SQLite says only "user-defined function raised exception": the function's own
    error is the query's (a fatal one stops the program, naming the function)."""
    text = ADD + """Trace(HExecuteSQLQuery(q, "SELECT WL.Middle(Name, 1, 2, 3, 4) AS S FROM customer"))
Trace(HErrorInfo())
HExecuteSQLQuery(q, "SELECT WL.StringToDuration(Name) AS S FROM customer")"""
    with pytest.raises(WLRuntimeError, match="'Alice' is not a duration"):
        run_shop(text, f"sqlite:{tmp_path / 't.db'}")
    out = run_shop(text.rpartition("\n")[0], f"sqlite:{tmp_path / 'u.db'}").splitlines()
    assert out == ["0", "WL.Middle: given 5 argument(s); it expects 2 to 3."]


@pytest.mark.parametrize("call", [
    "WL.ExeRun('touch {marker}')", "WL.LanceAppli('touch {marker}')",
    "WL.fSaveText('{marker}', 'x')", "WL.fDelete('{victim}')", "wl.FSUPPRIME('{victim}')",
    "WL.HashFile(1, '{victim}')", "WL.Compile('P', 'Trace(1)')",
    "WL.fLoadText('{victim}')", "WL.EmailSendMessage(1)"])
def test_a_query_calls_only_the_functions_computing_a_value(db_url: str, tmp_path, call) -> None:
    """Found by hand (REV's review of WL.Function in SQL): any built-in could be called,
    so an SQL text built from what a user typed ran programs, wrote and deleted files.
    Now a function of another family than strings, numbers, dates, encoding... is the
    query's failure in words (HErrorInfo), nothing done, on both backends."""
    marker, victim = tmp_path / "pwned", tmp_path / "victim.txt"
    victim.write_text("kept", encoding="utf-8")
    sql = call.format(marker=marker, victim=victim)
    text = ADD + f'Trace(HExecuteSQLQuery(q, "SELECT {sql} AS S FROM customer"))\n' \
        "Trace(HErrorInfo())\n"
    out = run_shop(text, db_url).splitlines()
    assert out[0] == "0" and "a query can call only the WLanguage functions that " \
        "compute a value" in out[1], out
    assert not marker.exists() and victim.read_text(encoding="utf-8") == "kept"


def test_translation() -> None:
    calls: list[tuple[str, list[object]]] = []

    def call(name: str, args: list[object]) -> object:
        calls.append((name, args))
        return "it's" if name == "Quote" else len(args)

    pg = "postgresql"
    assert translate("SELECT a FROM t LIMIT 5, 10", pg, None) == \
        "SELECT a FROM t LIMIT 10 OFFSET 5"
    assert translate("SELECT a FROM t LIMIT :s,{n}", pg, None) == \
        "SELECT a FROM t LIMIT {n} OFFSET :s"
    assert translate("SELECT a FROM t LIMIT 5, 10", "sqlite", None) == \
        "SELECT a FROM t LIMIT 5, 10"  # SQLite reads HFSQL's form itself
    assert translate("SELECT 'WL.X(1)' AS a", pg, None) == "SELECT 'WL.X(1)' AS a"
    assert translate("SELECT WL.Today(), wl . f( 'a,)', 2)", "sqlite", call) == \
        "SELECT wl_call('Today'), wl_call('f',  'a,)', 2)"
    assert translate("SELECT WL.F(WL.Quote(), -1.5, NULL)", pg, call) == "SELECT 3"
    assert calls == [("Quote", []), ("F", ["it's", -1.5, None])]
    assert translate("SELECT WL.F({pA}, :pB)", pg, call, {"pa": 1, "pb": "x"}) == "SELECT 2"
    assert calls[-1] == ("F", [1, "x"])
    with pytest.raises(HFError, match="can only be given values"):
        translate("SELECT WL.F({pUnset})", pg, call, {})
    with pytest.raises(HFError, match="is not closed"):
        translate("SELECT WL.F(1", pg, call)
    with pytest.raises(HFError, match="cannot be called from this query"):
        translate("SELECT WL.F(1)", "sqlite", None)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_select_top_is_written_with_limit(dialect: str) -> None:
    """HFSQL's TOP n (docs/hfsql.md "HFSQL's SQL translated"): LIMIT n at the end of that
    SELECT, before a sub-query's parenthesis or a `;`; TOP inside quoted text is text."""
    assert translate("SELECT TOP 3 * FROM t ORDER BY a DESC", dialect, None) == \
        "SELECT * FROM t ORDER BY a DESC LIMIT 3"
    assert translate("select distinct top {n} a from t;", dialect, None) == \
        "SELECT distinct a from t LIMIT {n};"
    assert translate("SELECT a FROM t WHERE b IN (SELECT TOP 2 b FROM u ORDER BY b) "
                     "ORDER BY a", dialect, None) == \
        "SELECT a FROM t WHERE b IN (SELECT b FROM u ORDER BY b LIMIT 2) ORDER BY a"
    assert translate("SELECT 'SELECT TOP 3' FROM t", dialect, None) == \
        "SELECT 'SELECT TOP 3' FROM t"
    assert translate("SELECT top FROM t", dialect, None) == "SELECT top FROM t"
    assert translate("SELECT TOP (3) a FROM t", dialect, None) == "SELECT a FROM t LIMIT 3"
    assert translate("SELECT TOP(:n) a FROM t ORDER BY a", dialect, None) == \
        "SELECT a FROM t ORDER BY a LIMIT :n"
    assert translate("SELECT bottom FROM t", dialect, None) == "SELECT bottom FROM t"
    # a name quoted [...] or `...` holding a `)` ends nothing (the LIMIT went inside it)
    assert translate("SELECT TOP 2 [a)b], `c)d` FROM t", dialect, None) == \
        "SELECT [a)b], `c)d` FROM t LIMIT 2"
    # TOP n with an OFFSET of its own: the LIMIT before it, where both databases want it
    assert translate("SELECT TOP 2 a FROM t ORDER BY a OFFSET 1", dialect, None) == \
        "SELECT a FROM t ORDER BY a LIMIT 2 OFFSET 1"
    assert translate("SELECT * FROM (SELECT TOP 2 a FROM t offset 3) x", dialect, None) == \
        "SELECT * FROM (SELECT a FROM t LIMIT 2 offset 3) x"


@pytest.mark.parametrize("sql, words", [
    ("SELECT TOP 2 a FROM t LIMIT 1", "SELECT TOP 2 with LIMIT: the query has both"),
    ("SELECT TOP 2 a FROM t UNION SELECT a FROM u", "TOP in a member of a UNION"),
    ("SELECT TOP 5 PERCENT a FROM t", "SELECT TOP 5 PERCENT cannot be run"),
    ("SELECT BOTTOM 2 a FROM t LIMIT 1", "SELECT BOTTOM 2 with LIMIT: the query has both; "
                                         r"keep one \(LIMIT n, or BOTTOM n\)"),
    ("SELECT BOTTOM 2 a FROM t EXCEPT SELECT a FROM u", "BOTTOM in a member of a EXCEPT"),
    ("SELECT BOTTOM 5 PERCENT a FROM t", "SELECT BOTTOM 5 PERCENT cannot be run"),
    ("SELECT BOTTOM 2 a FROM t OFFSET 1", "SELECT BOTTOM 2 with OFFSET: the query has "
                                          "both; write LIMIT n OFFSET m"),
])
def test_select_top_that_cannot_be_translated_is_refused(sql: str, words: str) -> None:
    with pytest.raises(HFError, match=words):
        translate(sql, "sqlite", None)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_select_top_skips_what_comments_say(dialect: str) -> None:
    """A `)`, `;` or LIMIT in an SQL comment is no end of the SELECT: TOP's LIMIT went into
    the comment (all the rows came back) or the query was refused for a LIMIT it lacks;
    after a closing `-- note` the LIMIT goes on the next line."""
    assert translate("SELECT TOP 2 * FROM t /* all ) rows */", dialect, None) == \
        "SELECT * FROM t /* all ) rows */ LIMIT 2"
    assert translate("SELECT TOP 2 * FROM t -- note )\nORDER BY x", dialect, None) == \
        "SELECT * FROM t -- note )\nORDER BY x LIMIT 2"
    assert translate("SELECT TOP 2 x FROM t -- LIMIT; UNION", dialect, None) == \
        "SELECT x FROM t -- LIMIT; UNION\nLIMIT 2"
    assert translate("SELECT 1 /* SELECT TOP 3 */ FROM t", dialect, None) == \
        "SELECT 1 /* SELECT TOP 3 */ FROM t"


COMMENTED = ADD + """HReset(Customer)
Customer.Name = "Carl"
HAdd(Customer)
FOR EACH sQuery OF ["SELECT TOP 2 Name FROM customer ORDER BY Name -- the first two",
        "-- the first two" + CR + "SELECT TOP 2 Name FROM customer /* ) */ ORDER BY Name ; -- end",
        "SELECT Name FROM customer ORDER BY Name -- every one;"]
    IF HExecuteSQLQuery(q, sQuery) THEN
        s is string = ""
        FOR EACH q
            s += q.Name + " "
        END
        Trace(s)
    ELSE
        Trace(HErrorInfo())
    END
END
"""


def test_a_query_with_comments_around_it_runs(db_url: str) -> None:
    """A query ending in `-- a note` (or `; -- end`) failed ('incomplete input': the
    note hid the parenthesis of the SELECT wrapping it), one starting with a comment ran
    as no SELECT, and TOP's LIMIT went into a comment holding a `)`."""
    assert run_shop(COMMENTED, db_url).splitlines() == [
        "Alice Bob ", "Alice Bob ", "Alice Bob Carl "]


def test_select_bottom_gives_the_last_rows_in_the_query_order() -> None:
    """HFSQL's BOTTOM n (docs/hfsql.md "HFSQL's SQL translated", decided): the query's
    last n rows, in its order, on a real SQLite table (the PostgreSQL run is the
    cases' sql_select_top goldens); fewer rows than n gives them all."""
    import sqlite3
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t(a)")
    db.executemany("INSERT INTO t VALUES (?)", [(v,) for v in (5, 3, 9, 1, 7)])

    def rows(sql: str, **params: object) -> list[object]:
        return [r[0] for r in db.execute(translate(sql, "sqlite", None), params)]

    assert rows("SELECT BOTTOM 2 a FROM t ORDER BY a") == [7, 9]
    assert rows("SELECT BOTTOM (2) a FROM t ORDER BY a DESC") == [3, 1]
    assert rows("SELECT BOTTOM 9 a FROM t ORDER BY a") == [1, 3, 5, 7, 9]
    assert rows("select distinct bottom :n a from t order by a -- the last ones", n=3) == \
        [5, 7, 9]
    assert rows("SELECT a FROM t WHERE a IN (SELECT BOTTOM 1 a FROM t ORDER BY a) "
                "ORDER BY a") == [9]
    assert rows("SELECT TOP 1 a FROM (SELECT BOTTOM 3 a FROM t ORDER BY a) x") == [5]
    assert rows("SELECT TOP 2 a FROM t ORDER BY a OFFSET 1") == [3, 5]
    assert rows("SELECT TOP 1 [a] FROM t WHERE a > (SELECT TOP 1 `a` FROM t ORDER BY a) "
                "ORDER BY a") == [3]


@pytest.mark.parametrize("sql, expected", [
    ("SELECT Name FROM Customer WHERE Name LIKE 'du%'",
     "SELECT Name FROM Customer WHERE Name COLLATE \"und-x-icu\" ILIKE 'du%'"),
    ("SELECT * FROM Customer WHERE c.City not like '%LY%' AND Name ILike 'a%'",
     "SELECT * FROM Customer WHERE c.City COLLATE \"und-x-icu\" NOT ILIKE '%LY%' AND "
     "Name COLLATE \"und-x-icu\" ILIKE 'a%'"),
    ("SELECT * FROM Customer WHERE upper(Town) not like '%LY%'",
     "SELECT * FROM Customer WHERE upper(Town) COLLATE \"und-x-icu\" NOT ILIKE '%LY%'"),
    ("SELECT 'LIKE' AS w, \"like\" FROM Customer", "SELECT 'LIKE' AS w, \"like\" FROM Customer"),
    ("SELECT Likes FROM t WHERE unlike = 1", "SELECT Likes FROM t WHERE unlike = 1"),
    ("SELECT a FROM t WHERE 'x' || b LIKE :p", "SELECT a FROM t WHERE CAST(('x' || b) AS TEXT) "
     "COLLATE \"und-x-icu\" ILIKE :p"),
])
def test_like_on_postgresql_compares_under_icu_without_case(sql: str, expected: str) -> None:
    """PostgreSQL 15 refuses LIKE on the keys' non-deterministic collation: the operand
    is compared under ICU's deterministic root with ILIKE (every letter's case, not only
    ASCII's as under "C"); a text item (Name, City) and a quoted text as they are, an
    expression holding a quoted text as its text; quoted texts and names containing LIKE
    are left."""
    assert translate(sql, "postgresql", None, items=_items(Name=2, City=2)) == expected
    assert translate(sql, "sqlite", None) == sql


@pytest.mark.parametrize("sql, operands", [
    ("SELECT a FROM t WHERE Price LIKE '1%'", ["Price"]),
    ("SELECT 1.1 * 3 LIKE '3.3', x FROM t", ["1.1 * 3"]),
    ("SELECT a FROM t WHERE (x LIKE 'a') = (f(y, z || 2)::text NOT LIKE 'b') OR -a.b ILIKE c",
     ["x", "f(y, z || 2)::text", "-a.b"]),
    ("SELECT a FROM t WHERE Name LIKE 'a' AND n + 1 LIKE {p}", ["Name", "n + 1"]),
    ("SELECT a FROM t WHERE upper(a) || b LIKE 'x' AND upper(a) LIKE 'y'", ["upper(a) || b"]),
])
def test_like_on_postgresql_compares_any_other_operand_by_its_text(
        sql: str, operands: list[str]) -> None:
    """A number or an expression before LIKE is given whole (not its last term) to the
    sub-select that writes its text (a real's as SQLite does): PostgreSQL refused the
    collation after a number, and gave it to the `3` of `1.1 * 3` alone."""
    out = translate(sql, "postgresql", None)
    assert re.findall(r"FROM \(SELECT \((.*?)\) AS wl_o\) AS wl_like\) COLLATE \"und-x-icu\" "
                      r"(?:NOT )?ILIKE", out) == operands


DATED = """q is Data Source
HExecuteSQLQuery(q, "SELECT CAST('2024-11-05' AS DATE) AS d, CAST('2024-11-05 13:45:07.250' AS TIMESTAMP) AS dh, CAST('13:45:07.25' AS TIME) AS h, CURRENT_DATE AS today")
HReadFirst(q)
Trace(q.d, q.dh, q.h)
dToday is Date = q.today
Trace(Length(q.today), DateValid(q.today))
"""


def test_a_computed_date_column(db_url: str) -> None:
    """A date, time or timestamp column the SELECT computes: the text WLanguage's Date,
    DateTime and Time hold, on both databases (on PostgreSQL a Python date object reached
    the program: Trace stopped with "Trace expects a string, not a value of type date";
    on SQLite, which has no such types, CAST(... AS DATE) gave 2024, numeric affinity,
    and CURRENT_DATE an ISO text: sqldates.py)."""
    out = run_shop(DATED, db_url).splitlines()
    assert out == ["20241105, 20241105134507250, 13450725", "8, 1"]


def test_sqlite_dates_written_with_sqlite_functions() -> None:
    """The casts to a date, time or timestamp and CURRENT_DATE/TIME/TIMESTAMP on
    SQLite; quoted text, another cast and a column named like one are left alone, an
    inner cast is written too; on PostgreSQL CURRENT_DATE and the casts are the
    YYYYMMDD texts too (a date item compared with them was refused there)."""
    from wlinterp.hfsql.sqldates import sqlite_dates
    sql = ("SELECT CAST(CAST(d AS DATE) AS NUMERIC), 'CAST(x AS DATE)', current_date, "
           "t.CURRENT_DATE, CURRENT_DATE_X FROM t")
    lite = translate(sql, "sqlite", None)
    assert lite == sqlite_dates(sql)
    assert lite.startswith("SELECT CAST(SUBSTR(REPLACE(") and lite.count("SUBSTR(") == 1
    assert "'.', ''), 'T', '') || '00000000', 1, 8) AS NUMERIC), 'CAST(x AS DATE)', " \
        "strftime('%Y%m%d', 'now', 'localtime'), t.CURRENT_DATE, CURRENT_DATE_X FROM t" in lite
    assert translate(sql, "postgresql", None) == sql.replace(
        "current_date,", "to_char(CURRENT_DATE, 'YYYYMMDD'),").replace(
        "CAST(CAST(d AS DATE) AS NUMERIC)", "CAST(SUBSTR(regexp_replace(CAST((d) AS TEXT), "
        "'[^0-9]', '', 'g') || '00000000', 1, 8) AS NUMERIC)", 1)
    assert sqlite_dates("SELECT CAST(d AS DATE FROM t") == "SELECT CAST(d AS DATE FROM t"


NESTED_CASTS = """q is Data Source
s is string = "SELECT " + Repeat("CAST(", 20000) + "'2024-01-01'" + Repeat(" AS DATE)", 20000)
Trace(HExecuteSQLQuery(q, s), ErrorOccurred)
"""


def test_casts_nested_beyond_any_parser_are_a_query_error(db_url: str) -> None:
    """20,000 nested casts (fuzzed input): the query fails as any refused query does
    (False, ErrorOccurred); on SQLite the rewriting of the casts went as deep as Python's
    stack and stopped the run ("Stack overflow: the value is nested too deeply")."""
    assert run_shop(NESTED_CASTS, db_url) == "0, 1\n"


def test_hfsql_functions_written_with_the_databases_own() -> None:
    """YEAR/MONTH/DAY/LEN/NVL on both, IFNULL on PostgreSQL, LEFT/RIGHT/CONCAT on
    SQLite; WL.Left and quoted text are left alone, an inner call is rewritten first."""
    pg = translate("SELECT NVL(LEN(Name), 0), IFNULL(a, 'x'), LEFT(b, 2) FROM t", "postgresql", None)
    assert pg == "SELECT COALESCE(LENGTH(Name), 0), COALESCE(a, 'x'), LEFT(b, 2) FROM t"
    lite = translate("SELECT LEFT(RIGHT(b, 3), 1), CONCAT(a, 'x'), 'LEN(x)', IFNULL(a, 1) FROM t",
                     "sqlite", None)
    assert lite == ("SELECT SUBSTR(CASE WHEN (3) > 0 THEN SUBSTR(b, -(3)) ELSE '' END, 1, 1), "
                    "(COALESCE(CAST((a) AS TEXT), '') || COALESCE(CAST(('x') AS TEXT), '')), "
                    "'LEN(x)', IFNULL(a, 1) FROM t")
    year = translate("SELECT YEAR(d) FROM t", "sqlite", None)
    assert year == ("SELECT CAST(NULLIF(SUBSTR(REPLACE(CAST((d) AS TEXT), '-', ''), 1, 4), '') "
                    "AS INTEGER) FROM t")
    assert translate("SELECT YEAR(a, b), LEN( FROM t", "postgresql", None) == \
        "SELECT YEAR(a, b), LEN( FROM t"  # left for the database to refuse


def test_a_boolean_item_compared_with_a_bit_on_postgresql() -> None:
    """`VIP = 1` -> `VIP = TRUE` for the boolean items named; other names, other
    numbers, quoted text and SQLite are left as written."""
    sql = "UPDATE c SET VIP = 0 WHERE c.vip<>1 AND Stock = 1 AND Name = '1' AND VIP = 10"
    assert translate(sql, "postgresql", None, None, _items(VIP=37)) == (
        "UPDATE c SET VIP = FALSE WHERE c.vip<>TRUE AND Stock = 1 AND Name = '1' AND VIP = 10")
    assert translate(sql, "sqlite", None, None, _items(VIP=37)) == sql


def test_a_bit_inserted_into_a_boolean_item_on_postgresql() -> None:
    """INSERT's VALUES: a 1 or 0 given to a boolean item (by the column list) becomes
    TRUE / FALSE on every row; quoted text, other columns and INSERTs without a column
    list are left as written."""
    b = _items(VIP=37)
    assert translate("INSERT INTO Customer (Name, VIP) VALUES ('a, 1', 1), ('b', 0)",
                     "postgresql", None, None, b) == \
        "INSERT INTO Customer (Name, VIP) VALUES ('a, 1', TRUE), ('b', FALSE)"
    for sql in ("INSERT INTO Customer (Name, City) VALUES ('a', 1)",
                "INSERT INTO Customer VALUES ('a', 1)", "SELECT 'INSERT INTO x (VIP) VALUES (1)'"):
        assert translate(sql, "postgresql", None, None, b) == sql


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_date_arithmetic_left_alone_where_it_is_not_one(dialect: str) -> None:
    """`DateItem + n` is rewritten for the date items named only, not before `*`, `/` or
    `(`, not inside quoted text; DATEADD with a unit SQL Server does not have, or with
    another number of arguments, is left for the database to refuse."""
    dates = _items(OrderDate=14)
    kept = ("SELECT Total + 30, OrderDate + 2 * 3, OrderDate - f(1), 'OrderDate + 1', "
            "DATEADD(fortnight, 1, OrderDate), DATEADD(day, 1), DATEDIFF(day) FROM Orders")
    assert translate(kept, dialect, None, None, dates) == kept
    moved = translate("SELECT o.OrderDate+1 FROM Orders o", dialect, None, None, dates)
    assert "o.OrderDate" in moved and moved != "SELECT o.OrderDate+1 FROM Orders o"
    assert translate("SELECT OrderDate + 1 FROM Orders", dialect, None) == \
        "SELECT OrderDate + 1 FROM Orders"  # no date item named: as written


DATE_SQL = """HExecuteSQLQuery(q, [
    SELECT DATEADD(month, 1, '20240131') AS a, DATEADD(q, -1, '2024-05-31') AS b,
           DATEADD(day, 1, CURRENT_DATE) AS c, DATEDIFF(year, '20241231', '20250101') AS d,
           DATEDIFF(week, '20250101', '20250115') AS e, LAST_DAY('20240210') AS f,
           DATEDIFF(day, CURRENT_DATE, DATEADD(dd, 3, CURRENT_DATE)) AS g
])
HReadFirst(q)
Trace(q.a, q.b, q.c = DateToString(Today() + 1, "YYYYMMDD"), q.d, q.e, q.f, q.g)
"""


def test_dates_computed_alike_on_both_databases(db_url: str) -> None:
    """Literal dates, ISO or YYYYMMDD, CURRENT_DATE, nested calls: one result on both
    (a month added to 31 January is 29 February, a quarter back from 31 May is 29
    February; one year boundary between 31 December and 1 January)."""
    assert run_shop(DATE_SQL, db_url) == "20240229, 20240229, 1, 1, 2, 20240229, 3\n"


@pytest.mark.parametrize("sql, expected", [
    ("SELECT * FROM V WHERE '9:00' <= At AND At IN ('08:00', '17:45', '0800')",
     "SELECT * FROM V WHERE '09000000' <= At AND At IN ('08000000', '17450000', '0800')"),
    ("SELECT * FROM V WHERE At NOT IN ('08:00') OR '2025-01-05' = V.OrderDate",
     "SELECT * FROM V WHERE At NOT IN ('08000000') OR '20250105' = V.OrderDate"),
    ("SELECT * FROM V WHERE Code IN ('12:00') AND '12:00' = Code AND 'x' = Name",
     "SELECT * FROM V WHERE Code IN ('12:00') AND '12:00' = Code AND 'x' = Name"),
    ("SELECT '09:00' = At(1), 'a ''9:00'' <= At' FROM V",
     "SELECT '09:00' = At(1), 'a ''9:00'' <= At' FROM V"),
])
def test_dated_texts_before_the_item_and_in_lists(sql: str, expected: str) -> None:
    """A time or date written before a dated item, or in its IN list, is the text the
    item holds, as one written after it is (dated_sql.py)."""
    from wlinterp.hfsql.dated_sql import dated_literals
    assert dated_literals(sql, {"at": "time", "orderdate": "date"}) == expected
