"""A statement computes each subscript of its target once (compiler/pinned.py).

Generated: every place shape (element, member of an element, element of an element,
a combination's flag, a substring, an element of a 2-D array, of an associative array,
of a variant's array, `..Value` of those, a member of an object a procedure gives) with
every way of writing it (`=`, `+=`, `-=`, `++`, `--`, `..Value =`, `<=`, `<-`). Each
statement is run twice: once with its subscripts computed by `Next()` (which counts its
calls and gives 1, 2, ... in order), once with the literals 1, 2, ... written instead.
Both must leave the same data, and `Next()` must have been called once per subscript.
"""
from __future__ import annotations

import io
import re

import pytest

from wlinterp.engine import run_source

_PRELUDE = """n is int = 0
ST is Structure
  v is int
  s is string
END
t is array of 4 int
ts is array of 4 ST
ss is array of 4 string
aa is array of 3 array of 3 int
m is array of 3 by 3 int
a is associative array of int
j is Variant
o is ST
o.v = 40
o.s = "o"
FOR i = 1 TO 3
  t[i] = 10 * i
  ts[i].v = 100 * i
  ts[i].s = "abcd"
  ss[i] = "wxyz"
  aa[i][1] = i
  j.list[i] = 1000 * i
END
a["k1"] = 7
"""

_DUMP = """
Trace("n", n)
Trace("t", t[1], t[2], t[3])
Trace("ts", ts[1].v, ts[1].s, ts[2].v, ts[2].s, ts[3].v, ts[3].s)
Trace("ss", ss[1], ss[2], ss[3])
Trace("aa", aa[1][1], aa[1][2], aa[2][1], aa[2][2], aa[3][3])
Trace("m", m[1, 1], m[1, 2], m[2, 1], m[2, 2])
Trace("a", a["k1"], a..Occurrence)
Trace("j", j.list[1], j.list[2], j.list[3])
PROCEDURE Next()
n++
RESULT n
PROCEDURE Key()
n++
RESULT "k" + n
PROCEDURE Elem()
n++
RESULT ts[n]
"""

# Places: `{}` marks a subscript; each is computed by Next() (Key() for `{k}`).
_NUMERIC_PLACES = ["t[{}]", "ts[{}].v", "aa[{}][{}]", "m[{}, {}]", "a[{k}]",
                   "j.list[{}]", "Elem().v"]
_TEXT_PLACES = ["ss[{}][[{}]]", "ts[{}].s[[{}]]", "ts[{}].s"]
_VALUE_PLACES = ["t[{}]", "ts[{}].v", "aa[{}][{}]", "j.list[{}]"]
_NUMERIC_WRITES = ["{p} = 5", "{p} += 5", "{p} -= 5", "{p}++", "{p}--"]
_CASES = ([w.format(p=p) for p in _NUMERIC_PLACES for w in _NUMERIC_WRITES]
          + [w.format(p=p) for p in _TEXT_PLACES for w in ('{p} = "Q"', '{p} += "Q"')]
          + [f"{p}..Value = 9" for p in _VALUE_PLACES]
          + [f"{p}..Value += 9" for p in _VALUE_PLACES]
          + ["ts[{}] <= o", "ts[{}] <- o", "t[{}][{}] = True", "t[{}][{}] = False"])


def _run(code: str) -> str:
    out = io.StringIO()
    run_source(_PRELUDE + code + _DUMP, "places.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def _with(template: str, calls: bool) -> tuple[str, int]:
    """The statement with its subscripts as calls, or as the literals the calls give
    (then `n` is set as the calls would have left it)."""
    count = 0

    def slot(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if calls:
            return "Key()" if match.group(0) == "{k}" else "Next()"
        return f'"k{count}"' if match.group(0) == "{k}" else str(count)

    text = re.sub(r"\{k?\}", slot, template)
    if not calls and "Elem()" in text:
        count += 1
        text = text.replace("Elem()", f"ts[{count}]")
    if "Elem()" in text:
        count += 1
    return (text if calls else f"{text}\nn = {count}"), count


@pytest.mark.parametrize("template", _CASES)
def test_each_subscript_is_computed_once(template: str) -> None:
    with_calls, count = _with(template, calls=True)
    with_literals, _ = _with(template, calls=False)
    got = _run(with_calls)
    assert got.splitlines()[0] == f"n, {count}", with_calls  # one call per subscript
    assert got == _run(with_literals), with_calls  # and the element read is the one written


@pytest.mark.parametrize("source, expected", [
    ("t est un tableau de 3 entiers\nt[Suivant()]..Valeur = 4\nt[Suivant()]++\n"
     "Trace(n, t[1], t[2])\nPROCÉDURE Suivant()\nn++\nRENVOYER n", "2, 4, 1"),
    ("t is array of 3 int\nt[Next()]..Value += 4\nt[Next()]--\n"
     "Trace(n, t[1], t[2])\nPROCEDURE Next()\nn++\nRESULT n", "2, 4, -1"),
])
def test_value_property_and_increment_en_fr(source: str, expected: str) -> None:
    out = io.StringIO()
    run_source("n is int = 0\n" + source, "p.wl", stdout=out, stderr=io.StringIO())
    assert out.getvalue().strip() == expected
