"""A call of a name with an underscore that nobody declares (`Array_Add`, `Open_Child`,
`Tableau_Ajoute`): WL102, whose hint is the function named without its underscores when
there is one (it said "did you mean SocketDeny?" for Socket_Send, the nearest by
letters), with what a run of it would do when wlinterp does not run it
(semantics/builtin_calls.py `_glued`). English and French."""
from __future__ import annotations

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _wl102(text: str) -> tuple[str, str | None]:
    found = [d for d in analyze(parse(text, "t.wl"), load_stdlib()).diagnostics
             if d.code == "WL102"]
    assert len(found) == 1, found
    return found[0].message, found[0].hint


@pytest.mark.parametrize("text, message, hint", [
    ('t is array of int\nArray_Add(t, 1)\n', "did you mean ArrayAdd?", None),
    ("t est un tableau d'entiers\nTableau_Ajoute(t, 1)\n", "did you mean TableauAjoute?", None),
    ('Open_Child("WIN_Detail")\n', "did you mean OpenChild?",
     "OpenChild is a window function: not available outside the IDE"),
    ('Ouvre_Fille("FEN_Detail")\n', "did you mean OuvreFille?",
     "OuvreFille is a window function: not available outside the IDE"),
])
def test_the_name_without_underscores_is_the_hint(text: str, message: str,
                                                   hint: str | None) -> None:
    said, hinted = _wl102(text)
    assert said.endswith(message), said
    assert (hinted or "").startswith(hint or ""), hinted
    if hint is None:
        assert hinted is None


@pytest.mark.parametrize("text", ['Table_Remplir()\n', 'Socket_Envoyer("a", "b")\n'])
def test_a_family_prefix_alone_names_no_function(text: str) -> None:
    """TableRemplir, SocketEnvoyer: only the Table / Socket prefix matches them, which
    names no function: no hint of one."""
    said, hinted = _wl102(text)
    assert "did you mean" not in said, said
    assert hinted == "no procedure of the program nor WLanguage function has this name"
