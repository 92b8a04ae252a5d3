"""The semantic pass leaves the parsed tree as parsed, so a tree checked, then compiled,
then compiled again (`wl check` then the run, the REPL, the test runner) gives what one
compilation of a fresh parse gives. It rewrote three things in place: block variables
renamed with block_names.MARK (now on the pass's own copy, Analysis.program),
`Count(MyParameters[1 TO])` read as `Count(MyParameters)` (now decided where it is read),
and `SORTED BY Name`, Name a variable and a member, read as `x.Name` (now recorded in
Resolutions.stands_for). The goldens that met them, EN and FR; every golden's tree is
compared before and after its check in test_goldens_check_clean.py."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlinterp.compiler.program import compile_program
from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse
from wlinterp.syntax.tree_copy import copy_tree

GOLDEN = Path(__file__).parents[1] / "golden"
REWRITTEN = [
    "declarations/block_scope.wl", "declarations/portee_des_blocs.wl",
    "declarations/loop_variable_scope.wl", "declarations/portee_variable_de_boucle.wl",
    "loops/foreach_sorted_member_named_like_variable.wl",
    "loops/pour_tout_trie_membre_nomme_comme_variable.wl",
    "procedures/my_parameters_whole_to_array_functions_en.wl",
    "procedures/mesparametres_entier_aux_fonctions_de_tableau_fr.wl",
    "realworld/oncall_rota.wl", "realworld/goods_receipt_en.wl",
    "realworld/reception_marchandises_fr.wl",
]


def _code(compiled: object) -> str:
    """The generated Python, its type specs' names (`_S8`: numbered in the process as
    they are first made, whichever program makes them) numbered in their order here."""
    names: dict[str, str] = {}
    return re.sub(r"\b_S\d+\b", lambda m: names.setdefault(m.group(), f"_S#{len(names)}"),
                  compiled.source_py)  # type: ignore[attr-defined]


def _said(analysis: object) -> list[tuple[str, int, int, str]]:
    return [(d.code, d.line, d.column, d.message)
            for d in analysis.diagnostics]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", REWRITTEN)
def test_a_tree_checked_and_compiled_twice_is_the_same_tree(name: str) -> None:
    registry = load_stdlib()
    text = (GOLDEN / name).read_text(encoding="utf-8")
    tree = parse(text, name)
    parsed = copy_tree(tree)
    checked = _said(analyze(tree, registry))  # `wl check`'s pass (unused variables too)
    first = compile_program(tree, registry, defer=False)
    second = compile_program(tree, registry, defer=False)
    assert tree == parsed  # nothing rewritten in the parse's tree
    assert _said(analyze(tree, registry)) == checked
    fresh = compile_program(parse(text, name), registry, defer=False)
    assert _code(first) == _code(second) == _code(fresh)
    assert _said(first) == _said(second) == _said(fresh)
