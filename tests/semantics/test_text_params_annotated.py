"""One rule for a built-in's text and number parameters: a parameter the built-in converts
with `text_arg` (stdlib/strings.py) is annotated `TextArg`, one it converts with `int_arg`
or `num_arg` `NumberArg` (registry.py), so `wl check` reports what the run refuses there
(WL115 at the argument, in the run's words: runtime/refused_arguments.py). Before,
`Left(t, 1)` with t an array stopped the run ("Left expects a string, not a value of type
array.") and `wl check` said nothing: Left's text was annotated `object`.

Left out: a parameter the function tests the type of first (it takes other values too:
Replace's searched strings, NumToString's format), and the few whose refusal another
argument hides (tests/semantics/test_builtin_arg_kinds.py runs every annotation: their
other parameters' sample values are refused first), listed below with why."""
from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest

from wlinterp.check import check_paths
from wlinterp.engine import run_source
from wlinterp.errors import WLError

_STDLIB = Path(__file__).resolve().parents[2] / "stdlib"
# a path read as a host path (native_path) is a text parameter too: fListFile's pattern,
# fDirRename's names, INIRead's file were annotated `object`, so `wl check` let an array
# through where the run refused it
_KIND = {"text_arg": "TextArg", "int_arg": "NumberArg", "num_arg": "NumberArg",
         "native_path": "TextArg"}
_TYPE_TESTS = {"isinstance", "type", "hasattr", "getattr", "callable"}
# (function, parameter): the probe's sample for another parameter is refused first (an
# array's functions need an array, the date masks a valid date, ErrorPropagate and
# ExceptionPropagate an error being handled, fFind an open file), so the annotation could
# not be run by test_builtin_arg_kinds.py
_HIDDEN = frozenset({
    ("array_delete_line", "row"), ("array_insert_line", "row"), ("array_move", "option"),
    ("array_insert_reference", "index"), ("array_move_line", "origin"),
    ("array_move_line", "target"), ("array_move_line", "option"), ("array_count", "dim"),
    ("array_seek", "mode"), ("array_seek", "start"), ("array_seek_by_procedure", "mode"),
    ("array_seek_by_procedure", "start"), ("combination_from_value", "value"),
    ("date_time_to_string", "mask"), ("date_to_string", "mask"), ("time_to_string", "mask"),
    ("error_info", "sub"), ("error_propagate", "second"), ("exception_propagate", "message"),
    ("f_find", "direction"), ("f_find", "start")})


def _builtins() -> list[tuple[str, ast.FunctionDef]]:
    """Every function of stdlib/ declared a built-in (`@family.function(...)`)."""
    out = []
    for path in sorted(_STDLIB.glob("*.py")):
        for f in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(f, ast.FunctionDef) and any(
                    isinstance(d, ast.Call) and getattr(d.func, "attr", "") == "function"
                    for d in f.decorator_list):
                out.append((path.name, f))
    return out


def _unannotated(f: ast.FunctionDef) -> list[str]:
    """The parameters of `f` converted by text_arg / int_arg / num_arg but annotated
    otherwise (as `name: wanted`)."""
    params = {a.arg: ast.unparse(a.annotation) if a.annotation else "" for a in f.args.args[1:]}
    tested = {c.args[0].id for c in ast.walk(f) if isinstance(c, ast.Call) and c.args
              and isinstance(c.args[0], ast.Name) and ast.unparse(c.func) in _TYPE_TESTS}
    wrong = []
    for c in ast.walk(f):
        if isinstance(c, ast.Call) and c.args and isinstance(c.args[0], ast.Name):
            name, wanted = c.args[0].id, _KIND.get(ast.unparse(c.func))
            if wanted and name in params and name not in tested \
                    and params[name] == "object" and (f.name, name) not in _HIDDEN:
                wrong.append(f"{name}: {wanted}")
    return wrong


def test_every_converted_parameter_is_annotated() -> None:
    found = {f"{file} {f.name}": wrong for file, f in _builtins() if (wrong := _unannotated(f))}
    assert found == {}


def test_the_rule_reads_the_builtins() -> None:
    """The walk finds the families' built-ins and Left's text among the annotated."""
    names = {f.name: f for _, f in _builtins()}
    assert len(names) > 500
    left = names["left"]
    assert ast.unparse(left.args.args[1].annotation) == "TextArg"  # type: ignore[arg-type]


_LOOSE = {"V.to_str", "native_path", "_path"}


def _read_loosely(f: ast.FunctionDef) -> list[str]:
    """The TextArg parameters of `f` whose first reading is a plain conversion (V.to_str,
    a path's native_path) rather than text_arg, which refuses in WL115's words."""
    texts = {a.arg for a in f.args.args[1:]
             if a.annotation is not None and ast.unparse(a.annotation) == "TextArg"}
    first: dict[str, str] = {}
    calls = sorted((c for c in ast.walk(f) if isinstance(c, ast.Call) and c.args
                    and isinstance(c.args[0], ast.Name) and c.args[0].id in texts),
                   key=lambda c: (c.lineno, c.col_offset))
    for c in calls:
        if ast.unparse(c.func) not in _TYPE_TESTS:  # a test of its type reads nothing
            first.setdefault(c.args[0].id, ast.unparse(c.func))  # type: ignore[union-attr]
    return sorted(name for name, func in first.items() if func in _LOOSE)


def test_text_parameters_are_read_by_text_arg() -> None:
    """Check and run say the same words: a TextArg parameter is read by text_arg first."""
    found = {f"{file} {f.name}": loose for file, f in _builtins()
             if (loose := _read_loosely(f))}
    assert found == {}


_CASES = [
    ("t is array of strings = [\"ab\"]\nTrace(Left(t, 1))\n", "2:12",
     "Left expects a string, not a value of type array"),
    ("t est un tableau de chaînes = [\"ab\"]\nTrace(Droite(t, 1))\n", "2:14",
     "Droite expects a string, not a value of type array"),
    ("t is associative array of int\nTrace(Upper(t))\n", "2:13",
     "Upper expects a string, not a value of type associative array"),
    ("STRUCTURE SPoint\nx is int\nEND\np is SPoint\nTrace(Middle(\"abc\", 1, p))\n", "5:24",
     "Middle expects a number, not a value of type SPoint (a structure)"),
    ("t est un tableau de 2 entiers\nTrace(ChaîneVersDate(t))\n", "2:22",
     "ChaîneVersDate expects a string, not a value of type array"),
    ("t is array of strings = [\"ff\"]\nTrace(HexaToInt(t))\n", "2:17",
     "HexaToInt expects a string, not a value of type array"),
    ("t est un tableau de chaînes = [\"a\"]\nTrace(RTFVersTexte(t))\n", "2:20",
     "RTFVersTexte expects a string, not a value of type array"),
    ("t est un tableau de chaînes\nTrace(ChercheProcédure(t))\n", "2:24",
     "ChercheProcédure expects a string, not a value of type array"),
    ("t is array of strings = [\"a\"]\nTrace(fFileExist(t))\n", "2:18",
     "fFileExist expects a string, not a value of type array"),
    ("t est un tableau de chaînes = [\"a\"]\nTrace(fChargeTexte(t))\n", "2:20",
     "fChargeTexte expects a string, not a value of type array"),
    ("t est un tableau de chaînes\nfSupprime(t)\n", "2:11",
     "fSupprime expects a string, not a value of type array"),
    ("t is array of strings\nn is int = fOpen(t, foRead)\n", "2:18",
     "fOpen expects a string, not a value of type array"),
    ("t is array of int\nTrace(fExtractPath(t, fFileName))\n", "2:20",
     "fExtractPath expects a string, not a value of type array"),
    ("t is array of strings = [\"*.txt\"]\nTrace(fListFile(t))\n", "2:17",
     "fListFile expects a string, not a value of type array"),
    ("t est un tableau de chaînes\nTrace(fListeRépertoire(t, frNonRécursif))\n", "2:24",
     "fListeRépertoire expects a string, not a value of type array"),
    ("t is associative array of strings\nTrace(INIRead(t, \"k\", \"\", \"a.ini\"))\n", "2:15",
     "INIRead expects a string, not a value of type associative array"),
    ("t est un tableau de chaînes\nINIEcrit(\"s\", \"k\", \"v\", t)\n", "2:25",
     "INIEcrit expects a string, not a value of type array"),
    ("t is array of strings\nfDirRename(\"a\", t)\n", "2:17",
     "fDirRename expects a string, not a value of type array"),
    ("t est un tableau de chaînes\nTrace(ChargeParamètre(t))\n", "2:23",
     "ChargeParamètre expects a string, not a value of type array"),
    ("t is array of strings\nTrace(SysEnvironment(t))\n", "2:22",
     "SysEnvironment expects a string, not a value of type array"),
    ("t est un tableau de chaînes\nTrace(fConstruitChemin(\"C:\\\\\", t))\n", "2:32",
     "fConstruitChemin expects a string, not a value of type array"),
    ("t is array of strings\nTrace(HashFile(HA_MD5, t))\n", "2:24",
     "HashFile expects a string, not a value of type array"),
]


@pytest.mark.parametrize("source, place, words", _CASES)
def test_check_and_run_say_the_same_at_the_same_place(tmp_path: Path, source: str,
                                                       place: str, words: str) -> None:
    script = tmp_path / "p.wl"
    script.write_text(source, encoding="utf-8")
    err = io.StringIO()
    assert check_paths([str(script)], err=err, out=io.StringIO()) == 65
    assert f"p.wl:{place}: error[WL115]: {words}\n" in err.getvalue()
    with pytest.raises(WLError) as raised:
        run_source(source, "p.wl", stdout=io.StringIO(), stderr=io.StringIO())
    assert f"p.wl:{place}: {words}." in str(raised.value)
