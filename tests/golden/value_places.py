"""Writes the "value places" goldens: each kind of value whose type the compiler reads
from the declarations (Date, Time, DateTime, Duration, currency, numeric, int on 8 bytes)
held in each place code keeps values (structure member, array element, associative
array value, class member by `:m`, bare and `o.m`, GLOBAL member, element of a
structure's array member, Variant, parameter LOCAL or not, a procedure's or a method's
result, FOR EACH variable), through the same operations; the expected lines are what the
same operations print on a plain local variable, run once here. Every difference was a
bug (`C::g..Hour` read the digits of a text, `C.g = "..."` kept the text, `e..Day += 40`
on a FOR EACH variable stopped), so the goldens pin the whole matrix, not the cases
that failed. Run from the repository: `.venv/bin/python tests/golden/value_places.py`.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
WL = Path(sys.executable).with_name("wl")

TEXT_STORE = 'X = "12,50"'
"""The last write of the number kinds: a text given to a typed place is read as Val
reads it, decimal comma included, wherever the place is (docs/semantics.md "A text read
as a number"; the currency held 12). Left out where the place is a Variant (`variant`,
`reference`) or a parameter without type (`param_untyped`): given a text, they hold that
text."""
VARIANT_PLACES = frozenset({"variant", "reference", "param_untyped"})
TIME_TEXT = 'X = "9:15"'
DATETIME_TEXT = 'X = "2025/01/05 10:30"'
"""A time whose hour has one digit and a date-time text that begins with the year, given
to a typed place: the time and date they write (docs/semantics.md "A text into a
DateTime or a Time"; the Time kept "9:15", the DateTime garbled digits), whatever the
place; left out where the place holds a text as given (VARIANT_PLACES), so last, as
TEXT_STORE is (the expected lines of those places are the local's, cut short)."""
TEXT_STORES = frozenset({TEXT_STORE, TIME_TEXT, DATETIME_TEXT})

# kind: (type, initial value, reads, writes): `X` stands for the place
KINDS: dict[str, tuple[str, str, list[str], list[str]]] = {
    "date": ("Date", '"20250301"', ["X + 1", "X - 1", 'X > "20250228"', 'X = "20250301"',
             "X..Day", "X..Month", "DateToString(X)", "X"], ["X..Day += 40", "X += 1"]),
    "time": ("Time", '"103000"', ["X + 1 h", "X + 1", 'X > "090000"', "X..Hour",
             "X..Minute", "TimeToString(X)", "X"], ["X..Minute += 50", "X += 1 h", TIME_TEXT]),
    "datetime": ("DateTime", '"20250301103000"', ["X + 1 h", "X + 1", 'X > "20250301"',
                 "X..Month", "X..Hour", "X..Date", "DateTimeToString(X)", "X"],
                 ["X..Hour += 20", "X..Day += 30", DATETIME_TEXT]),
    "duration": ("Duration", "90 min", ["X + 1 h", "X / 3", "X * 2", "X > 1 h",
                 "X..InMinutes", "X..Minute", "X"], ["X..Minute += 45", "X += 1 h"]),
    "currency": ("currency", "10.25", ["X + 1", "X / 3", "X * 3", "X > 10", "X = 10.25",
                 'NumToString(X, "10.2f")', "X"], ["X += 0.25", "X -= 0.75", TEXT_STORE]),
    "numeric": ("numeric", "10.25", ["X + 1", "X / 3", "X * 3", "X > 10", "X = 10.25",
                'NumToString(X, "10.3f")', "X"], ["X += 0.25", "X -= 0.125", TEXT_STORE]),
    "int8": ("int on 8 bytes", "5000000000", ["X + 1", "X / 3", "X * 3", "X > 4000000000",
             'NumToString(X, "d")', "X"], ["X += 1", "X -= 3", TEXT_STORE]),
    "buffer": ("Buffer", '"AB"', ["Length(X)", 'X + "Q"', "BufferToHexa(X)", "X[[2]]",
               'X = "AB"', "TypeVar(X)", "X"], ['X += "D"', 'X[[1]] = "Z"']),
    "boolean": ("boolean", "True", ["NOT X", "X AND False", "X OR False", "X = True",
                "X + 1", "TypeVar(X)", "X"], ["X = NOT X", "X = 1"]),
}
for _kind in ("date", "time", "datetime", "duration", "currency", "numeric"):
    KINDS[_kind][2].insert(-1, "TypeVar(X)")  # the type travels with the value too
KNOWN: set[tuple[str, str]] = set()
"""Places whose `X / 3` is left out: none since a Variant, an untyped parameter or
result and a Variant reference holding a currency or a numeric divide in its 6 decimals
too (docs/semantics.md "Currency and numeric products and quotients"; they gave 37)."""

Body = Callable[[str, bool], str]


def _places(t: str, v: str, b: Body) -> dict[str, str]:
    """Each place's code: `b(ref, writable)` is the operations on the place `ref`."""
    cls = f"C is Class\n\tm is {t}\nEND\n"
    glob = f"C is Class\n\tGLOBAL g is {t}\nEND\n"
    struct = f"ST is Structure\n\tm is {t}\nEND\n"
    return {
        "local": f"x is {t} = {v}\n{b('x', True)}",
        "struct": f"{struct}st is ST\nst.m = {v}\n{b('st.m', True)}",
        "array": f"arr is array of 2 {t}\narr[1] = {v}\n{b('arr[1]', True)}",
        "dynarray": f"arr is array of {t}\nArrayAdd(arr, {v})\n{b('arr[1]', True)}",
        "assoc": f'aa is associative array of {t}\naa["k"] = {v}\n' + b('aa["k"]', True),
        "assoc_struct": f'{struct}aa is associative array of ST\naa["k"].m = {v}\n'
                        + b('aa["k"].m', True),
        "class_dot": f"{cls}o is C\no.m = {v}\n{b('o.m', True)}",
        "class_loop": f"{cls}o is C\no.m = {v}\nFOR i = 1 TO 1\n{_ind(b('o.m', True))}\nEND",
        "global_member": f"{glob}C::g = {v}\n{b('C::g', True)}",
        "global_dot": f"{glob}C.g = {v}\n{b('C.g', True)}",
        "global_obj": f"{glob}o is C\no.g = {v}\n{b('o.g', True)}",
        "struct_array": f"ST is Structure\n\ta is array of {t}\nEND\nst is ST\n"
                        f"ArrayAdd(st.a, {v})\n{b('st.a[1]', True)}",
        "array_of_struct": f"{struct}arr is array of ST\nst is ST\nst.m = {v}\n"
                           f"ArrayAdd(arr, st)\n{b('arr[1].m', True)}",
        "struct_in_class": f"{struct}C is Class\n\ts is ST\nEND\no is C\no.s.m = {v}\n"
                           f"{b('o.s.m', True)}",
        "variant": f"x0 is {t} = {v}\nv is Variant = x0\n{b('v', True)}",
        "foreach": f"arr is array of {t}\nArrayAdd(arr, {v})\nFOR EACH e OF arr\n"
                   f"{_ind(b('e', True))}\nEND",
        "foreach_struct": f"{struct}arr is array of ST\nst is ST\nst.m = {v}\n"
                          f"ArrayAdd(arr, st)\nFOR EACH e OF arr\n{_ind(b('e.m', True))}\nEND",
        "return": f"{b('F()', False)}\nPROCEDURE F() : {t}\nx0 is {t} = {v}\nRESULT x0",
        "return_untyped": f"{b('F()', False)}\nPROCEDURE F()\nx0 is {t} = {v}\nRESULT x0",
        "reference": f"x0 is {t} = {v}\nr is Variant\nr <- x0\n{b('r', True)}",
        "method_return": f"C is Class\nEND\no is C\n{b('o.F()', False)}\n"
                         f"PROCEDURE C::F() : {t}\nx0 is {t} = {v}\nRESULT x0",
        "class_colon": f"{cls}o is C\no.m = {v}\no.Run()\nPROCEDURE C::Run()\n{b(':m', True)}",
        "class_bare": f"{cls}o is C\no.m = {v}\no.Run()\nPROCEDURE C::Run()\n{b('m', True)}",
        "global_in_method": f"{glob}o is C\nC::g = {v}\no.Run()\nPROCEDURE C::Run()\n"
                            f"{b('g', True)}",
        "global_colon": f"{glob}o is C\nC::g = {v}\no.Run()\nPROCEDURE C::Run()\n"
                        f"{b('::g', True)}",
        "param": f"x0 is {t} = {v}\nP(x0)\nPROCEDURE P(p is {t})\n{b('p', True)}",
        "param_local": f"x0 is {t} = {v}\nP(x0)\nPROCEDURE P(LOCAL p is {t})\n{b('p', True)}",
        "param_untyped": f"x0 is {t} = {v}\nP(x0)\nPROCEDURE P(p)\n{b('p', True)}",
        "proc_local_struct": f"P()\nPROCEDURE P()\n{struct}st is ST\nst.m = {v}\n"
                             f"{b('st.m', True)}",
    }


def _ind(code: str) -> str:
    return "\n".join("\t" + line for line in code.split("\n"))


def _ops(kind: str, place: str, writable: bool) -> list[str]:
    _, _, reads, writes = KINDS[kind]
    reads = [r for r in reads if not ((kind, place) in KNOWN and r == "X / 3")]
    return reads + ([w for w in writes if not (place in VARIANT_PLACES and w in TEXT_STORES)]
                    if writable else [])


def _body(kind: str, place: str, expected: list[str] | None) -> Body:
    """The operations as code: each read traced, each write followed by a trace of the
    place; with `expected`, each trace carries its `// expect:` line."""
    def body(ref: str, writable: bool) -> str:
        lines, n = [], 0
        for op in _ops(kind, place, writable):
            shown = op.replace("X", ref)
            if op in KINDS[kind][3]:  # a write, then the place traced
                lines.append(shown)
                shown = ref
            trace = f"Trace({shown})"
            if expected is not None and n < len(expected):  # (the other places,
                trace += f" // expect: {expected[n]}"  # built alongside, are dropped)
            lines.append(trace)
            n += 1
        return "\n".join(lines)
    return body


def _baseline(kind: str) -> list[str]:
    """What the operations print on a plain local variable (every read and write)."""
    t, v, _, _ = KINDS[kind]
    code = _places(t, v, _body(kind, "local", None))["local"]
    run = subprocess.run([str(WL), "run", "-"], input=code + "\n", capture_output=True,
                         text=True, check=True, timeout=120)
    return run.stdout.splitlines()


def _case(kind: str, place: str, code: str) -> tuple[str, str]:
    """The case's main code and its procedures, its names made its own."""
    tag = f"{kind}_{place}".replace("_", "")
    code = re.sub(r"\b(C|ST|o|st|arr|aa|x0|v|P|F|e|i|x|r)\b", r"\1_" + tag, code)
    main, _, procs = code.partition("\nPROCEDURE ")
    return main, ("PROCEDURE " + procs if procs else "")


def english(kinds: list[str]) -> str:
    """The English golden of `kinds`: cases without procedures first, then the ones
    calling a procedure that traces, in the order their procedures are written."""
    plain, calling, procs = [], [], []
    for kind in kinds:
        t, v, _, _ = KINDS[kind]
        base = _baseline(kind)
        for place in _places(t, v, _body(kind, "local", None)):
            full = base if place not in ("return", "method_return", "return_untyped") else \
                base[:len(_ops(kind, place, False))]
            if (kind, place) in KNOWN:
                full = [x for op, x in zip(_ops(kind, "local", True), base) if op != "X / 3"]
            code = _places(t, v, _body(kind, place, full))[place]
            main, proc = _case(kind, place, code)
            head = f"// {kind} held as: {place}"
            if proc and place not in ("return", "method_return", "return_untyped"):
                calling.append(f"{head}\n{main}")
            else:
                plain.append(f"{head}\n{main}")
            if proc:
                procs.append(proc)
    return "\n".join(plain + calling) + "\n\n" + "\n\n".join(procs) + "\n"


FRENCH = [
    (r"\bis Class\b", "est une Classe"), (r"\bis Structure\b", "est une Structure"),
    (r"\bis associative array of\b", "est un tableau associatif de"),
    (r"\bis array of\b", "est un tableau de"), (r"\bis\b", "est un"), (r"\bEND\b", "FIN"),
    (r"\bFOR EACH (\w+) OF\b", r"POUR TOUT \1 DE"), (r"\bFOR (\w+) = 1 TO 1\b", r"POUR \1 = 1 _À_ 1"),
    (r"\bRESULT\b", "RENVOYER"), (r"\bArrayAdd\b", "TableauAjoute"),
    (r"\bDateTimeToString\b", "DateHeureVersChaîne"), (r"\bDateToString\b", "DateVersChaîne"),
    (r"\bTimeToString\b", "HeureVersChaîne"), (r"\bNumToString\b", "NumériqueVersChaîne"),
    (r"\bDateTime\b", "DateHeure"), (r"\bTime\b", "Heure"), (r"\bDuration\b", "Durée"),
    (r"\bcurrency\b", "monétaire"), (r"\bnumeric\b", "numérique"),
    (r"\bint on 8 bytes\b", "entier sur 8 octets"), (r"\bboolean\b", "booléen"),
    (r"\bLength\(", "Taille("), (r"\bBufferToHexa\b", "BufferVersHexa"),
    (r"\bNOT\b", "PAS"), (r"\bAND\b", "ET"), (r"\bOR\b", "OU"), (r"\bTrue\b", "Vrai"),
    (r"\bFalse\b", "Faux"), (r"\.\.Day\b", "..Jour"),
    (r"\.\.Month\b", "..Mois"), (r"\.\.Hour\b", "..Heure"), (r"\.\.InMinutes\b", "..EnMinutes"),
    (r"\.\.Date\b", "..PartieDate"), (r"\best un (Date|Heure|DateHeure|Durée)\b", r"est une \1"), (r"\bRun\b", "Lance"), (r"// (\w+) held as:", r"// \1 rangé dans :"),
]


def french(english_text: str, table: list[tuple[str, str]] | None = None) -> str:
    """The French twin: the same code in French keywords, types, functions and parts (the
    expected lines, below `// expect:`, are left as they are); `table` the replacements,
    FRENCH's by default (typevar_places.py gives its own)."""
    out = []
    for line in english_text.split("\n"):
        code, sep, expect = line.partition(" // expect: ")
        for pattern, repl in (FRENCH if table is None else table):
            code = re.sub(pattern, repl, code)
        out.append(code + sep + expect)
    return "\n".join(out)


HEADER = ("// Generated by tests/golden/value_places.py: {what} held in each\n"
          "// place code keeps values, through the same operations; each line expects what\n"
          "// a plain local variable prints.\n")
HEADER_FR = ("// Produit par tests/golden/value_places.py : {what} rangés dans\n"
             "// chaque sorte de place, par les mêmes opérations ; chaque ligne attend ce\n"
             "// qu'une variable locale affiche.\n")

FILES = [(["date", "time", "datetime", "duration"], "dates_zones", "value_places_dates_en.wl",
          "places_des_dates_fr.wl", "Dates, Times, DateTimes and Durations",
          "Dates, Heures, DateHeures et Durées"),
         (["currency", "numeric", "int8"], "numbers", "value_places_numbers_en.wl",
          "places_des_nombres_fr.wl", "currencies, numerics and integers on 8 bytes",
          "monétaires, numériques et entiers sur 8 octets"),
         (["buffer", "boolean"], "variants", "value_places_buffers_booleans_en.wl",
          "places_des_buffers_booleens_fr.wl", "Buffers and booleans",
          "Buffers et booléens")]


def main() -> None:
    for kinds, folder, en, fr, what, quoi in FILES:
        text = english(kinds)
        (HERE / folder / en).write_text(HEADER.format(what=what) + text, encoding="utf-8")
        (HERE / folder / fr).write_text(HEADER_FR.format(what=quoi) + french(text),
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
