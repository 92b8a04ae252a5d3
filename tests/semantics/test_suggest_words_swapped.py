""""Did you mean" for a built-in named with its words in another order: `HAnnuleTransaction`
(HTransactionAnnule's words swapped, as French WINDEV code misremembers it) suggested
HGèreTransaction, nearer by letters; the name made of the same words is the one meant."""
from __future__ import annotations

from wlinterp.registry import load_stdlib
from wlinterp.semantics import analyze
from wlinterp.syntax.parser import parse


def _hints(program: str) -> list[str]:
    return [d.message for d in analyze(parse(program, "x.wl"), load_stdlib()).diagnostics
            if d.code == "WL102"]


def test_the_same_words_in_another_order_are_suggested() -> None:
    hints = _hints("HAnnuleTransaction()\nFinTransactionH()\nTransactionCancelH()\n")
    assert "did you mean HTransactionAnnule?" in hints[0]
    assert "did you mean HTransactionFin?" in hints[1]
    assert "did you mean HTransactionCancel?" in hints[2]


def test_a_near_misspelling_keeps_its_suggestion() -> None:
    assert "did you mean HTransactionAnnule?" in _hints("HTransactionAnule()\n")[0]
