"""Time and DateTime values stored by earlier versions as they were given (`"1030"`,
`"20250105"`, `"2025/01/06 17:45"`), before an item converted them as a variable does:
the first program that uses the data file rewrites them in today's form, so a seek for
"1030" (which looks for 10300000) finds them, and marks the table done in `_hf_format`,
so later programs neither scan it nor query PostgreSQL's catalog again (hfsql/
dated_forms.py, docs/hfsql.md "Record buffer"). English and French, SQLite and
PostgreSQL, on a data file made the old way (its values written by SQL, the marker
table absent as in a database of before)."""
from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from hfsql_support import VISIT, run_shop
from wlinterp.hfsql.collation import compare
from wlinterp.hfsql.schema import SQLITE_COLLATION

_DESCRIBE = {
    "en": VISIT,
    "fr": """fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Visite"
r..Nom = "Code"
r..Type = hRubriqueTexte
r..Taille = 10
r..TypeClé = hCléUnique
HDécritRubrique(fd, r)
r..Nom = "Heure_Arrivée"
r..Type = hRubriqueHeure
r..TypeClé = hNonClé
HDécritRubrique(fd, r)
r..Nom = "Horodatage"
r..Type = hRubriqueDateHeure
HDécritRubrique(fd, r)
HDécritFichier(fd)
""",
}
# (table, time column, datetime column) as each database names them
_NAMES = {"en": ("Visit", "At", "Stamp"), "fr": ("Visite", "Heure_Arrivée", "Horodatage")}

_FIRST = {
    "en": """HCreation(Visit)
FOR i = 1 TO 3
	Visit.Code = "C" + i
	Visit.At = "12:00"
	Trace(HAdd(Visit))
END
""",
    "fr": """HCréation(Visite)
POUR i = 1 À 3
	Visite.Code = "C" + i
	Visite.Heure_Arrivée = "12:00"
	Trace(HAjoute(Visite))
FIN
""",
}

_LATER = {
    "en": """Trace(HReadSeekFirst(Visit, At, "1030"), Visit.Code, Visit.At)
t is Time = "09:15"
Trace(HReadSeekFirst(Visit, At, t), Visit.Code)
FOR EACH Visit WHERE Stamp = "20250105"
	Trace("where", Visit.Code, Visit.Stamp)
END
FOR EACH Visit ON Code
	Trace(Visit.Code, Visit.At, Visit.Stamp)
END
""",
    "fr": """Trace(HLitRecherchePremier(Visite, Heure_Arrivée, "1030"), Visite.Code, Visite.Heure_Arrivée)
h est une Heure = "09:15"
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, h), Visite.Code)
POUR TOUT Visite AVEC Horodatage = "20250105"
	Trace("avec", Visite.Code, Visite.Horodatage)
FIN
POUR TOUT Visite SUR Code
	Trace(Visite.Code, Visite.Heure_Arrivée, Visite.Horodatage)
FIN
""",
}
_WHERE = {"en": "where", "fr": "avec"}


class _Sql:
    """SQL on the test's database, as another program (or an older wlinterp) writes it."""

    def __init__(self, url: str, lang: str) -> None:
        self.pg = url.startswith("postgresql")
        self.table, self.time, self.stamp = _NAMES[lang]
        if self.pg:
            import psycopg
            self.conn: Any = psycopg.connect(url, autocommit=True)
            self.table, self.time, self.stamp = (n.lower() for n in _NAMES[lang])
        else:
            self.conn = sqlite3.connect(url[len("sqlite:"):], isolation_level=None)
            self.conn.create_collation(SQLITE_COLLATION, compare)  # (the text keys')
        self.p = "%s" if self.pg else "?"

    def set(self, code: str, time: str, stamp: str) -> None:
        self.conn.execute(f'UPDATE "{self.table}" SET "{self.time}" = {self.p}, '
                          f'"{self.stamp}" = {self.p} WHERE "code" = {self.p}',
                          [time, stamp, code])

    def values(self) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.conn.execute(
            f'SELECT "code", "{self.time}", "{self.stamp}" FROM "{self.table}" '
            'ORDER BY "code"').fetchall()]

    def made_the_old_way(self) -> None:
        """No marker table: a database from before it."""
        self.conn.execute("DROP TABLE IF EXISTS _hf_format")

    def marked(self) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.conn.execute(
            "SELECT file, level FROM _hf_format").fetchall()]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_old_time_digits_are_rewritten_once(db_url: str, lang: str) -> None:
    describe = _DESCRIBE[lang]
    assert run_shop(describe + _FIRST[lang], db_url) == "1\n1\n1\n"
    sql = _Sql(db_url, lang)
    try:
        sql.set("C1", "1030", "20250105")       # as earlier versions stored them
        sql.set("C2", "0915", "2025/01/06 17:45")
        sql.set("C3", "about ten", "")         # a text no Time variable reads
        sql.made_the_old_way()
        where = _WHERE[lang]
        assert run_shop(describe + _LATER[lang], db_url) == (
            "1, C1, 10300000\n1, C2\n"
            f"{where}, C1, 20250105000000000\n"
            "C1, 10300000, 20250105000000000\n"
            "C2, 09150000, 20250106174500000\n"
            "C3, about ten, \n")
        assert sql.values() == [("C1", "10300000", "20250105000000000"),
                                ("C2", "09150000", "20250106174500000"),
                                ("C3", "about ten", "")]
        assert sql.marked() == [(_NAMES[lang][0], 1)]  # (the data file's physical name)
        # marked: the next program does not look again (a value written now the old way
        # stays as it is: nothing scans the table at each start)
        sql.set("C3", "1130", "")
        assert run_shop(describe + "Trace(HNbRec(" + _NAMES[lang][0] + "))\n", db_url) == "3\n"
        assert sql.values()[2] == ("C3", "1130", "")
    finally:
        sql.conn.close()


def test_a_value_that_cannot_be_rewritten_is_said_and_looked_at_again(db_url: str) -> None:
    """A value whose new form a unique key already holds (record C1 at 10:30 stored
    today, C2's "1030" stored before) keeps its old form: the table is not marked done,
    so the next program looks again, and the run's error output says which value."""
    import io

    from hfsql_support import SHOP
    from wlinterp.engine import run_source
    describe = VISIT.replace('itm..Name = "At"\nitm..Type = hItemTime\n'
                             'itm..KeyType = hNotAKey', 'itm..Name = "At"\nitm..Type = '
                             'hItemTime\nitm..KeyType = hUniqueKey')
    assert describe != VISIT
    first = ('HCreation(Visit)\nVisit.Code = "C1"\nVisit.At = "10:30"\nTrace(HAdd(Visit))\n'
             'Visit.Code = "C2"\nVisit.At = "11:00"\nTrace(HAdd(Visit))\n')
    assert run_shop(describe + first, db_url) == "1\n1\n"
    sql = _Sql(db_url, "en")
    try:
        sql.set("C2", "1030", "")  # as an earlier version stored it
        sql.made_the_old_way()
        for _ in range(2):  # each program says it: the table stays unmarked
            out, err = io.StringIO(), io.StringIO()
            run_source(describe + "Trace(HNbRec(Visit))\n", "t.wl", stdout=out, stderr=err,
                       options={"analysis": str(SHOP), "db": db_url})
            assert out.getvalue() == "2\n"
            assert "the data file Visit keeps At = '1030'" in err.getvalue()
            assert "'10300000'" in err.getvalue()
            assert sql.values()[1][:2] == ("C2", "1030")
            assert ("Visit", 1) not in _marks(sql)
    finally:
        sql.conn.close()


def _marks(sql: _Sql) -> list[tuple[Any, ...]]:
    """The marked tables; none when the marker table was never made."""
    try:
        return sql.marked()
    except Exception:  # (sqlite3 or psycopg: no such table)
        return []


def test_a_schema_reads_its_own_marks_not_public_ones(pg_server: Any) -> None:
    """PostgreSQL: a connection whose search_path puts a schema of its own before public
    (a `wl test` case's) reads the marker table of that schema: public's marks, which
    name the same table, made it skip its own old values (HReadSeekFirst "1030" missed)."""
    import psycopg
    url = pg_server.new_database("marks_by_schema")
    in_s2 = url + "&options=-csearch_path%3Ds2,public"
    try:
        first = _FIRST["en"].replace("1 TO 3", "1 TO 1")
        assert run_shop(VISIT + first, url) == "1\n"  # public.visit, marked in public
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE SCHEMA s2")
            assert run_shop(VISIT + first, in_s2) == "1\n"  # s2.visit, made in s2
            conn.execute("UPDATE s2.visit SET at = '1030'")  # as an earlier version did
            conn.execute("DROP TABLE IF EXISTS s2._hf_format")  # s2 made before the marks
            assert [tuple(r) for r in conn.execute("SELECT * FROM public._hf_format")] \
                == [("Visit", 1)]
            assert run_shop(VISIT + 'Trace(HReadSeekFirst(Visit, At, "1030"), Visit.Code)\n',
                            in_s2) == "1, C1\n"
            assert conn.execute("SELECT at FROM s2.visit").fetchone()[0] == "10300000"
            assert conn.execute("SELECT file FROM s2._hf_format").fetchone()[0] == "Visit"
    finally:
        pg_server.drop_database("marks_by_schema")


_HHMM = {
    "en": """FOR EACH Visit ON Code
	Trace(Visit.Code, Visit.At, TimeToString(Visit.At, "HH:MM"))
END
Trace(HReadSeekFirst(Visit, At, 1745), HFound(Visit))
Trace(HReadSeekFirst(Visit, At, "1745"), Visit.Code)
t is Time = "17:45"
Trace(HReadSeekFirst(Visit, At, t), Visit.Code)
FOR EACH Visit WHERE At = 1745
	Trace("where", Visit.Code)
END
""",
    "fr": """POUR TOUT Visite SUR Code
	Trace(Visite.Code, Visite.Heure_Arrivée, HeureVersChaîne(Visite.Heure_Arrivée, "HH:MM"))
FIN
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, 1745), HTrouve(Visite))
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, "1745"), Visite.Code)
h est une Heure = "17:45"
Trace(HLitRecherchePremier(Visite, Heure_Arrivée, h), Visite.Code)
POUR TOUT Visite AVEC Heure_Arrivée = 1745
	Trace("avec", Visite.Code)
FIN
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_integer_stored_as_hhmm_by_an_older_version_stays_that_time(
        db_url: str, lang: str) -> None:
    """`Visit.At = 1745` stored 17450000 (HHMM read as 17:45) before an item read an
    integer as a Time variable does (00001745, hundredths). The table cannot tell such a
    value from 17:45 given as a time: both databases hold the same text (an integer
    written there is stored as its text, SQLite's TEXT column and PostgreSQL's varchar
    alike). So it is left alone, reads and shows as 17:45 (what that version showed), and
    a seek or a comparison with the integer 1745 looks for what a Time variable given 1745
    holds, 00:00:17.45, and misses it; "1745" or a Time of 17:45 finds it
    (docs/hfsql.md "Record buffer", *decided* INFERRED)."""
    describe = _DESCRIBE[lang]
    assert run_shop(describe + _FIRST[lang].replace("1 TO 3", "1 TO 2")
                    .replace("1 À 3", "1 À 2"), db_url) == "1\n1\n"
    sql = _Sql(db_url, lang)
    try:
        sql.conn.execute(f'UPDATE "{sql.table}" SET "{sql.time}" = {sql.p} '
                         f'WHERE "code" = {sql.p}', [17450000, "C1"])  # as an integer
        sql.made_the_old_way()
        stored = sql.values()[0][1]
        assert stored == "17450000" and isinstance(stored, str)  # the integer's text
        assert run_shop(describe + _HHMM[lang], db_url) == (
            "C1, 17450000, 17:45\nC2, 12000000, 12:00\n"
            "0, 0\n1, C1\n1, C1\n")
        assert sql.values()[0][1] == "17450000"  # left as it was
        assert sql.marked() == [(_NAMES[lang][0], 1)]  # nothing refused: marked done
    finally:
        sql.conn.close()
