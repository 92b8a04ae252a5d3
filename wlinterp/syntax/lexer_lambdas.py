"""A lambda's head, read by the scanner at its `=>` (lexer_operators.py): `(a, b) => ...`,
`x => ...`, `() => ...`, with a result type (`(x) : int => ...`, `(x) : (int, string) =>
...`) and a `{` opening its code. Functions taking the scanner (lexer_forms.FormsMixin's
state), imported at the first lambda: most programs write none.
"""
from __future__ import annotations

__all__ = ["lambda_head"]

from typing import TYPE_CHECKING

from .blanks import BLANK
from .lexer_forms import MEMBER_OPS, OPERAND_END, RESULT_MARK
from .result_types import RUN_TOGETHER, run_together
from .tokens import Token
from .stored_regex import stored_compile

if TYPE_CHECKING:
    from .lexer_forms import FormsMixin

_BRACE_AFTER_RE = stored_compile(BLANK + r"*\{")  # `=> {`: a lambda's code
# the words of a lambda's result type (`) : array of int =>`)
_RESULT_WORDS = frozenset({"NAME", "TYPE", "OF", "SOFT_DE", "SOFT_A", "SOFT_SUR"})


def lambda_head(sc: FormsMixin, start: int) -> None:
    """`(a, b) => ...`, `x => ...`, `() => ...`: the parameters already scanned become
    one LAMBDA token (its value: one `name<TAB>type<TAB>line<TAB>column` line per
    parameter, where a value it refuses is shown); a `{` right
    after `=>` opens the lambda's code, in which lines are statements."""
    out = sc.out
    j, result = _lambda_result(sc, start)
    if result is None and j >= 0 and out[j].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR") \
            and (j == 0 or out[j - 1].type not in MEMBER_OPS):
        params = [(out[j].value, "", out[j])]
    elif j >= 0 and out[j].type == "RPAR":
        k = j - 1
        while k >= 0 and out[k].type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "COMMA",
                                         "IS", "TYPE", "LOCAL"):
            k -= 1
        eq = k - 1  # `(x is int = 5) =>`: the scan stopped at the 5, after an '='
        if eq >= 1 and k == j - 1 and out[k].type != "LPAR" and out[eq].value == "=" \
                and out[eq - 1].type in ("TYPE", "NAME"):
            raise sc.error("a lambda's parameter takes no default value (PC SOFT's "
                             "lambda page gives none): give the value in the call, or "
                             "write an INTERNAL PROCEDURE with (x is int = 5)", out[eq].start_pos)
        if k < 0 or out[k].type != "LPAR" or (k > 0 and out[k - 1].type in OPERAND_END):
            raise sc.error("'=>' must follow the parameters of a lambda: "
                             "(a, b) => ..., or x => ...", start)
        params = []
        named = False  # the current parameter has its name (a word after it: its type)
        for tok in out[k + 1:j]:
            if tok.type in ("NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR"):
                if not named:
                    params.append((tok.value, "", tok))
                    named = True
                else:  # `(x entier) =>`: a type without IS, as in a PROCEDURE header
                    name, ttext, at = params[-1]  # (it made a second parameter)
                    params[-1] = (name, f"{ttext} {tok.value}".strip(), at)
            elif tok.type == "TYPE" and params:
                params[-1] = (params[-1][0], tok.value, params[-1][2])
            elif tok.type == "COMMA":
                named = False
        j = k
    elif j >= 1 and out[j].type == "TYPE" and out[j - 1].type == "IS":
        raise sc.error("a typed parameter of a lambda goes in parentheses: "
                         "(x is int) => ...", out[j - 1].start_pos)
    else:
        raise sc.error("'=>' must follow the parameters of a lambda: (a, b) => ..., "
                         "or x => ...", start)
    first = out[j]
    del out[j:]
    value = "\n".join(f"{name}\t{ttext}\t{tok.line}\t{tok.column}"
                      for name, ttext, tok in params)
    if result is not None:  # (its own line: the builder reads it apart)
        value += f"\n{RESULT_MARK}\t{result}\t{first.line}\t{first.column}"
    out.append(Token("LAMBDA", value, first.start_pos, first.line, first.column, start + 2))
    at_brace = _BRACE_AFTER_RE.match(sc.text, start + 2)
    if at_brace is not None:
        brace = at_brace.end() - 1
        sc.brackets.append("{")
        sc.open_at.append((sc.line, brace - sc.line_start + 1))
        sc.depth += 1
        sc.emit("LBODY", "{", brace)
        sc.emit("NL", "{", brace + 1, brace + 1)
        sc.pos = brace + 1
    else:
        sc.pos = start + 2


def _lambda_result(sc: FormsMixin, start: int) -> tuple[int, str | None]:
    """`(a is int) : int => ...`: the result type written after a lambda's parameters,
    as a PROCEDURE header's (INFERRED: the typed section of PC SOFT's lambda page is
    not in the stored copy): taken off the tokens, with the index of the `)` left
    before `=>`; (last index, None) when there is none. A `:` with no type after it
    is refused in words."""
    out = sc.out
    j = len(out) - 1
    listed = _lambda_result_list(sc, j)
    if listed is not None:
        return listed
    k = j
    while k >= 0 and out[k].type in _RESULT_WORDS:
        k -= 1
    if k < 1 or out[k].type != "COLON" or out[k - 1].type != "RPAR":
        return j, None
    if k == j:
        raise sc.error("the result type of a lambda is missing after ':': "
                         "(x is int) : int => ...", start)
    result = " ".join(str(t.value) for t in out[k + 1:j + 1])
    del out[k:]
    return k - 1, result


def _lambda_result_list(sc: FormsMixin, j: int) -> tuple[int, str] | None:
    """`(x) : (int, string) => ...`: a list of result types after a lambda's parameters,
    as a PROCEDURE header's (its text with the parentheses, which the builder splits:
    result_types.py), taken off the tokens; None when the tokens before `=>` end with
    no such list. (It was "unexpected ':'".)"""
    out = sc.out
    if j < 4 or out[j].type != "RPAR":
        return None
    k = j - 1
    while k >= 0 and out[k].type in _RESULT_WORDS or out[k].type == "COMMA":
        k -= 1
    if k < 2 or k == j - 1 or out[k].type != "LPAR" or out[k - 1].type != "COLON" \
            or out[k - 2].type != "RPAR":
        return None
    types: list[list[str]] = [[]]
    for tok in out[k + 1:j]:
        if tok.type == "COMMA":
            types.append([])
        else:
            types[-1].append(str(tok.value))
            if run_together(types[-1]) >= 0:  # `(x) : (int string) => ...`
                raise sc.error(RUN_TOGETHER.format(tok.value), tok.start_pos)
    if not all(types):
        raise sc.error("a type is missing in the lambda's list of result types: "
                         "(x) : (int, string) => ...", out[k].start_pos)
    del out[k - 1:]
    return k - 2, "(" + ", ".join(" ".join(t) for t in types) + ")"
