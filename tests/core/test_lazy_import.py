"""Modules of rare constructs imported at the first call of one of their functions
(wlinterp/lazy_import.py; docs/performance.md "Start-up: checks and forms on first
use"): a one-line run does without them, a program using the construct gets the same
checks, and the first call rebinds the caller's global so that later calls are direct."""
from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from wlinterp import lazy_import
from wlinterp.runtime import deferred_stops

# modules a one-line `wl run` used to import, each reached only through on_first_call now
_RARE = ("wlinterp.semantics.method_calls", "wlinterp.semantics.interfaces",
         "wlinterp.semantics.creation", "wlinterp.semantics.assignments",
         "wlinterp.semantics.overloads", "wlinterp.semantics.properties",
         "wlinterp.semantics.param_types", "wlinterp.semantics.call_counts",
         "wlinterp.semantics.constant_order", "wlinterp.error_column",
         "wlinterp.shown_names", "wlinterp.null_objects", "wlinterp.syntax.case_colon",
         "wlinterp.syntax.interpolation", "wlinterp.syntax.nested_if_line",
         "wlinterp.hfsql.hooks", "wlinterp.windev_window_constants",
         # the run-time helpers of indirection, enumerations, a date's parts by name,
         # USE blocks, FOR EACH over slots, dimensions from variables (runtime/helpers.py)
         "wlinterp.runtime.indirection", "wlinterp.runtime.enums",
         "wlinterp.runtime.dated_props", "wlinterp.runtime.threads",
         "wlinterp.runtime.loop_slots", "wlinterp.runtime.array_sizes",
         # a JSON member's date read into a structure (runtime/members.py), `&x` given to
         # Transfer and Dimension of a declared size (compiler/builtin_calls.py)
         "wlinterp.runtime.json_forms", "wlinterp.runtime.addressed",
         "wlinterp.runtime.declared_sizes",
         # a type phrase naming a class's type or constant (`Class.Type`, `C::MAX`)
         "wlinterp.runtime.class_scoped_types",
         # an indirection's text read (a store through a literal one, or any at run time)
         "wlinterp.syntax.indirection_paths")

_PROBE = """
import sys
from wlinterp.cli import main
code = main(["run", sys.argv[1]])
print(code, " ".join(m for m in sys.argv[2:] if m in sys.modules) or "-")
"""


def _loaded(tmp_path: Path, source: str) -> list[str]:
    script = tmp_path / "p.wl"
    script.write_text(source, encoding="utf-8")
    for _ in range(2):  # (the first run may rebuild the caches, importing everything)
        proc = subprocess.run([sys.executable, "-c", _PROBE, str(script), *_RARE],
                              capture_output=True, text=True, timeout=120)
    code, *found = proc.stdout.split("\n")[-2].split()
    assert code == "0", proc.stdout + proc.stderr
    return [] if found == ["-"] else found


def test_a_one_line_run_imports_no_module_of_rare_constructs(tmp_path: Path) -> None:
    assert _loaded(tmp_path, 'Trace("ok")\n') == []


def test_a_program_using_them_imports_them_and_is_checked_as_before(tmp_path: Path) -> None:
    source = ("CCounter is Class\n  n is int\nEND\n"
              "PROCEDURE CCounter::Add(k is int)\n  :n += k\n"
              "c is CCounter\nc.Add(2)\nx is int = c.n\n"
              "SWITCH x\n  CASE 2: Trace(\"[%x%]\")\nEND\n")
    found = _loaded(tmp_path, source)
    assert "wlinterp.semantics.method_calls" in found
    assert "wlinterp.semantics.assignments" in found
    assert "wlinterp.syntax.interpolation" in found  # a string with [%...%]


def test_the_first_call_imports_and_rebinds_then_calls_are_direct(
        monkeypatch: pytest.MonkeyPatch) -> None:
    namespace: dict[str, object] = {"__package__": "wlinterp.syntax"}
    lazy_import.on_first_call(namespace, ".names", "fold", "fold as folded")
    stand_in = namespace["fold"]
    assert isinstance(stand_in, types.FunctionType) and stand_in.__name__ == "fold"
    depths: list[int] = []
    real_import = lazy_import.importlib.import_module

    def noting(name: str, package: str | None = None) -> types.ModuleType:
        depths.append(getattr(deferred_stops.DEFERRED, "depth", 0))
        return real_import(name, package)

    monkeypatch.setattr(lazy_import.importlib, "import_module", noting)
    assert stand_in("ÉTÉ") == "ete"  # type: ignore[operator]
    from wlinterp.syntax.names import fold
    assert namespace["fold"] is fold and namespace["folded"] is fold  # both rebound
    assert depths == [1]  # imported once, a stop deferred meanwhile
    assert stand_in("A") == "a"  # a stand-in kept elsewhere still works
    assert stand_in.__code__ in deferred_stops.QUIET  # type: ignore[attr-defined]


def test_a_namespace_holding_copies_of_the_stand_ins_is_rebound_at_its_first_call() -> None:
    """Generated code's namespace is a copy of runtime/helpers.py's names (the data
    hooks are stand-ins there): its first call of one gives it every real function of
    the module, so its later calls are direct; the module that bound them too."""
    home: dict[str, object] = {"__package__": "wlinterp.syntax"}
    lazy_import.on_first_call(home, ".names", "fold", "fold as folded")
    run_namespace = {"fold": home["fold"], "folded": home["folded"], "other": len}
    code = compile("def go(text):\n    return fold(text)\n", "<generated>", "exec")
    exec(code, run_namespace)
    assert run_namespace["go"]("Écrit") == "ecrit"  # type: ignore[operator]
    from wlinterp.syntax.names import fold
    assert run_namespace["fold"] is fold and run_namespace["folded"] is fold
    assert home["fold"] is fold and run_namespace["other"] is len  # nothing else touched


def test_a_stand_in_of_another_binding_under_the_same_name_is_left_alone() -> None:
    """Only this binding's stand-ins are replaced: a caller holding another module's
    function of the same name keeps it."""
    first: dict[str, object] = {"__package__": "wlinterp.syntax"}
    second: dict[str, object] = {"__package__": "wlinterp"}
    lazy_import.on_first_call(first, ".names", "fold")
    lazy_import.on_first_call(second, ".syntax.names", "fold")
    caller = {"fold": second["fold"], "call_first": first["fold"]}
    exec(compile("def go():\n    return call_first('A')\n", "<generated>", "exec"), caller)
    assert caller["go"]() == "a"  # type: ignore[operator]
    assert caller["fold"] is second["fold"]  # still the other binding's stand-in


_HELPERS_EN = """gnCount is int = 5
Trace({"gnCount"})
{"gnCount"} = 7
Colour is Enumeration
  Red
  Green
END
c is Colour = Green
n is int = 3
t is array of n int
FOR EACH x OF t
  x = gnCount
END
Trace(c, ArrayCount(t), t[2])
"""
_HELPERS_FR = """gnCompte est un entier = 5
Trace({"gnCompte"})
{"GNCOMPTE"} = 7
Couleur est une Énumération
  Rouge
  Vert
FIN
c est une Couleur = Vert
n est un entier = 3
t est un tableau de n entiers
POUR TOUT x DE t
  x = gnCompte
FIN
Trace(c, TableauOccurrence(t), t[2])
"""


@pytest.mark.parametrize("source, shown", [(_HELPERS_EN, "Green"), (_HELPERS_FR, "Vert")])
def test_the_run_time_helpers_imported_at_first_use_run_as_before(tmp_path: Path, source: str,
                                                                  shown: str) -> None:
    """Indirection, an enumeration, an array dimensioned by a variable and FOR EACH
    writing its elements: their run-time helpers (runtime/helpers.py) are imported at
    their first call, and the program prints what it printed."""
    script = tmp_path / "p.wl"
    script.write_text(source, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", _PROBE, str(script), *_RARE],
                          capture_output=True, text=True, timeout=120)
    *printed, last = proc.stdout.strip().split("\n")
    assert printed == ["5", f"{shown}, 3, 7"], proc.stdout + proc.stderr
    code, *found = last.split()
    assert code == "0"
    for module in ("indirection", "enums", "loop_slots", "array_sizes"):
        assert f"wlinterp.runtime.{module}" in found
