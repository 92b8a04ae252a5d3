"""A type phrase the semantic pass reads quietly (a parameter's, for WL116 at each call
of its procedure; a class member's, for each use of the member) is read once per
program, and the answers are those of the first reading: every call and every use still
gets its diagnostic. (The same phrase was read again at each call: a twelfth of `wl
check`'s pass on bench_check's programs was reading type phrases.)"""
from __future__ import annotations

from typing import Any

import pytest

from wlinterp.registry import load_stdlib
from wlinterp.runtime import type_phrases
from wlinterp.semantics import analyze, member_types, param_types
from wlinterp.syntax.parser import parse

EN = """CA is Class
    m_n is int
END
CB is Class
    m_o is CA
END
PROCEDURE Show(c is CA)
    Trace(c.m_n)
PROCEDURE Main()
    b is CB
    a is CA
    Show(b)
    Show(b)
    Show(a)
    b.m_o.m_n = 1
    b.m_o.m_n = "x"
    Trace(b.m_o.m_n)
"""
FR = """CA est une Classe
    m_n est un entier
FIN
CB est une Classe
    m_o est un CA
FIN
PROCÉDURE Montre(c est un CA)
    Trace(c.m_n)
PROCÉDURE Principal()
    b est un CB
    a est un CA
    Montre(b)
    Montre(b)
    Montre(a)
    b.m_o.m_n = 1
    b.m_o.m_n = "x"
    Trace(b.m_o.m_n)
"""


def _checked(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[Any, ...]],
                                                                   dict[str, int]]:
    """The diagnostics of `text` and how often each quiet reader parsed each phrase."""
    read: dict[str, int] = {}
    real = type_phrases.parse_type

    def counting(phrase: str, *args: Any, **kwargs: Any) -> Any:
        read[phrase] = read.get(phrase, 0) + 1
        return real(phrase, *args, **kwargs)
    monkeypatch.setattr(param_types, "parse_type", counting)
    monkeypatch.setattr(member_types, "parse_type", counting)
    analysis = analyze(parse(text, "p.wl"), load_stdlib())
    return [(d.code, d.line, d.column) for d in analysis.diagnostics], read


@pytest.mark.parametrize("text", [EN, FR], ids=["en", "fr"])
def test_each_call_and_use_is_checked_and_each_phrase_read_once(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    diags, read = _checked(text, monkeypatch)
    column = 12 if text is FR else 10  # (`Montre(b)`, `Show(b)`)
    assert [d for d in diags if d[0] == "WL116"] == [("WL116", 12, column),
                                                     ("WL116", 13, column)]
    assert read and all(n == 1 for n in read.values()), read


def test_the_same_phrase_is_read_again_in_another_program(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Remembered per program: another program's class of the same name is its own."""
    _, first = _checked(EN, monkeypatch)
    _, second = _checked(EN, monkeypatch)
    assert second == first and first
