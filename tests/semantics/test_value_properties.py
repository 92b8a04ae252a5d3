"""`d..JourSemaine` on a variable declared Date (Time, DateTime, Duration, string): a
property the type does not have stops the run; `wl check` says so before (WL109) with the
run's words, at the property's name, and the run stops there. Properties the type has, in
English and French, any case, with or without accents, are not reported (the run-time
code is asked which names a type has: semantics/value_properties.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.errors import WLRuntimeError
from wl_test_helpers import check_json, run_captured, write

_DECLS = ('d is Date = "20261204"\nt is Time = "1030"\ndh is DateTime = "20261204103000"\n'
          'du is Duration = 90 min\ns is string = "abc"\n')
_DECLS_FR = ('d est une Date = "20261204"\nt est une Heure = "1030"\n'
             'dh est une DateHeure = "20261204103000"\ndu est une Durée = 90 min\n'
             's est une chaîne = "abc"\n')


@pytest.mark.parametrize("decls,line,col,message", [
    (_DECLS, "Trace(d..JourSemaine)", 10, "A Date has no property 'JourSemaine'"),
    (_DECLS, "Trace(d.WeekDay)", 9, "A Date has no property 'WeekDay'"),
    (_DECLS, "Trace(t..Year)", 10, "A Time has no property 'Year'"),
    (_DECLS, "Trace(dh..Minutes)", 11, "A DateTime has no property 'Minutes'"),
    (_DECLS, "Trace(du..InHour)", 11, "A Duration has no property 'InHour'"),
    (_DECLS, "Trace(s..Lenght)", 10, "A string has no property 'Lenght'"),
    (_DECLS_FR, "Trace(d..JOURSEMAINE)", 10, "A Date has no property 'JOURSEMAINE'"),
    (_DECLS_FR, "Trace(du..EnHeure)", 11, "A Duration has no property 'EnHeure'"),
    (_DECLS, "Trace(s.Occurrence)", 9, "A string has no property 'Occurrence'"),
    (_DECLS_FR, "Trace(s.Longueur)", 9, "A string has no property 'Longueur'"),
    (_DECLS, "Trace(s.Type)", 9, "A string has no property 'Type'"),
])
def test_an_unknown_property_is_reported_where_the_run_stops(
        decls: str, line: str, col: int, message: str, tmp_path: Path) -> None:
    path = write(tmp_path, "props.wl", decls + line + "\n")
    found = [(d["code"], d["line"], d["column"], d["message"]) for d in check_json(path)
             if str(d["code"]).startswith("WL1")]
    assert found == [("WL109", 6, col, message)]
    with pytest.raises(WLRuntimeError) as stopped:
        run_captured(path)
    where = re.search(r"props\.wl:(\d+):(\d+): (.*)", str(stopped.value))
    assert where is not None and (int(where[1]), int(where[2]), where[3]) == (
        6, col, message + ".")


def test_the_properties_the_types_have_are_not_reported(tmp_path: Path) -> None:
    text = _DECLS + (
        "Trace(d..Year, d..Année, d..ANNEE, d.Month, d..Mois, d..Day, d..Jour, d..DayOfWeek,"
        " d..JourDeLaSemaine)\n"
        "Trace(t..Hour, t..Heure, t.Minute, t..Seconde, t..Millisecond, t..Milliseconde)\n"
        "Trace(dh..Date, dh..Time, dh..Year, dh..Heure, dh..Minute)\n"
        "Trace(du..InHours, du..EnMinutes, du..EnSecondes, du..InDays, du..Hour, du..Minute)\n"
        "Trace(s..Length, s..Taille, s..Value, d..Type, s..Type, s.Length, s.TAILLE, s.Valeur)\n")
    path = write(tmp_path, "props.wl", text)
    assert [d for d in check_json(path) if str(d["code"]).startswith("WL1")] == []
    out, err = run_captured(path)
    assert err == "" and len(out.splitlines()) == 5


@pytest.mark.parametrize("line,hint", [
    ("Trace(d..JourSemaine)", "did you mean JourDeLaSemaine?"),
    ("Trace(d..WeekDay)", "did you mean DayOfWeek?"),
    ("Trace(du..InHour)", "did you mean InHours?"),
    ("Trace(s..Lenght)", "did you mean Length?")])
def test_the_hint_names_the_property_meant(line: str, hint: str, tmp_path: Path) -> None:
    (d,) = [d for d in check_json(write(tmp_path, "p.wl", _DECLS + line + "\n"))
            if d["code"] == "WL109"]
    assert d["hint"] == hint
