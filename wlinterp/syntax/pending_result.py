"""`RETOUR = Faux` / `RETURN = v` / `MonRésultat = v` / `MyResult = v`: the procedure's
result, set without leaving.

Public WINDEV code writes `RETOUR = Faux` as a procedure's first line and `RETOUR = Vrai`
at the end of its work, with no RENVOYER: the word names the value the procedure gives
back (as `MyResult`/`MonRésultat` do). In a procedure that assigns one of these names
without declaring it, the builder declares it (a variant, Null until given a value),
makes each bare RETURN/RESULT give it back, and gives it back at the end of the body.
A variable the procedure declares under that name stays an ordinary variable.
"""
from __future__ import annotations

__all__ = ["RESULT_WORDS", "return_as_name", "pending_result"]

from . import nodes as N
from .names import fold
from .tokens import Token
from .walk import walk_stmts

RESULT_WORDS = frozenset({"retour", "return", "myresult", "monresultat"})
# After these tokens a RETURN is read as a value (`RENVOYER Retour`, `SI RETOUR ALORS`)
_VALUE_BEFORE = frozenset({"EQ", "NE", "LT", "GT", "LE", "GE", "PLUS", "MINUS", "STAR",
                           "SLASH", "LPAR", "COMMA", "RESULT", "IF", "ELSEIF", "WHILE",
                           "AND", "OR", "SAND", "SOR", "NOT", "LBRACK", "PLUSEQ",
                           "MINUSEQ", "SWITCH", "AMP"})
_Decl, _Assign, _Name = N.Decl, N.Assign, N.Name
# ... and before these it is written to or declared (`RETOUR = Faux`, `Retour est un booléen`)
_TARGET_AFTER = frozenset({"EQ", "PLUSEQ", "MINUSEQ", "IS", "ARE", "DOT", "DOTDOT"})


def return_as_name(prev: Token | None, t: Token, nxt: Token | None) -> bool:
    """Is this RETURN/RETOUR token a name rather than the statement?"""
    return (nxt is not None and nxt.type in _TARGET_AFTER) or (
        prev is not None and prev.type in _VALUE_BEFORE)


def pending_result(body: N.Body) -> None:
    """Give a procedure that assigns RETOUR/MyResult without declaring it its result.
    (One walk over the body: every procedure is asked, few have such a result.)"""
    declared: set[str] = set()
    assigned: list[N.Name] = []  # the result words assigned, in order
    for s in walk_stmts(body.stmts):
        if isinstance(s, _Decl):
            for n, _, _ in s.names:
                declared.add(fold(n))
        elif isinstance(s, _Assign) and isinstance(s.target, _Name) \
                and fold(s.target.name) in RESULT_WORDS:
            assigned.append(s.target)
    target = next((t for t in assigned if fold(t.name) not in declared), None)
    if target is None:
        return
    name = target.name
    for s in walk_stmts(body.stmts):
        if isinstance(s, N.Return) and s.value is None:
            s.value = N.Name(s.line, s.col, name)
    body.stmts.insert(0, N.Decl(target.line, target.col, [(name, target.line, target.col)],
                                "variant", None))
    end = body.stmts[-1]
    body.stmts.append(N.Return(end.line, end.col, N.Name(end.line, end.col, name)))
