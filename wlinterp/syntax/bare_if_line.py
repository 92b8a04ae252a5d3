"""The one-line IF without THEN (`IF c a ; b`, `SI c a ; b ELSE d ; e`, WINDEV 2025) read
as `IF c THEN a ; b` is (docs/semantics.md, "One-line IF with `;`"): every action after
the condition, and after ELSE, belongs to its branch; the line's end closes the IF.

Where a condition without THEN ends is known only to the parser, so the work is split:
- before parsing (`shape_bare_line`): the line's ELSE part, when it follows a `;`, is
  moved just after the first action (`IF c a ; b ELSE d ; e` is parsed as `IF c a ELSE
  d ; b ; e`; tokens keep their positions), and the IF token becomes a `BareLineIf`
  that counts the actions after `;` of each branch;
- while parsing: flow_builder's `if_line_bare` notes the IF node with those counts
  (`note_tail`), and the statement list that holds it moves that many following
  statements into its branches (`gather_tails`).
A line holding THEN, END, ELSE IF, another IF or another block's opener is left alone.
"""
from __future__ import annotations

__all__ = ["BareLineIf", "bare_branch_target", "gather_tails", "line_is_bare_if", "note_tail",
           "shape_bare_line"]

from typing import Any

from .tokens import Token


class BareLineIf(Token):
    """The IF opening a one-line IF without THEN whose branches go on after `;`."""

    __slots__ = ("then_n", "else_n")

    def __init__(self, t: Token, then_n: int, else_n: int) -> None:
        super().__init__(t.type, t.value, t.start_pos, t.line, t.column, t.end_pos)
        self.then_n = then_n
        self.else_n = else_n


# IF nodes waiting for their statement list: id -> (node, then_n, else_n). The node is
# kept with its id, so that an id reused after a failed parse cannot match another node.
_TAILS: dict[int, tuple[Any, int, int]] = {}


def note_tail(node: Any, kw: Token) -> None:
    """Called for each `IF c action` node: remember the actions its line adds."""
    if type(kw) is BareLineIf:
        _TAILS[id(node)] = (node, kw.then_n, kw.else_n)


def gather_tails(stmts: list[Any]) -> list[Any]:
    """Move the statements that follow a noted IF on its line into its branches."""
    if not _TAILS:
        return stmts
    out: list[Any] = []
    k = 0
    while k < len(stmts):
        x = stmts[k]
        out.append(x)
        k += 1
        entry = _TAILS.get(id(x))
        if entry is None or entry[0] is not x:
            continue
        del _TAILS[id(x)]
        _, then_n, else_n = entry
        x.branches[0][1].extend(stmts[k:k + then_n])
        k += then_n
        if else_n:
            x.orelse = (x.orelse or []) + stmts[k:k + else_n]
            k += else_n
    return out


_STOPS = frozenset({"THEN", "IF", "END", "ELSEIF", "SWITCH", "FOR", "FOREACH",
                    "FOREACH_STRING", "FOREACH_FILE", "WHILE", "LOOP", "WHENEXC", "INTPROC",
                    "USE", "CONSTANT", "LBODY"})


def shape_bare_line(toks: list[Token], i: int) -> tuple[int, list[Token]]:
    """If the IF at toks[i] opens a one-line IF without THEN whose line holds `;`
    between actions: the index past the line and its tokens, shaped; else (0, [])."""
    line = toks[i].line
    seps: list[int] = []
    else_at = -1
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.type == "ELSE" and t.line != line and toks[j - 1].type != "_NL":
            line = t.line  # `ELSE d ; e` on the next line, joined (statements.py)
        if t.type == "$END" or t.line != line:
            break
        if t.type == "_NL":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is None or nxt.line != line or nxt.type == "_NL":
                break
            seps.append(j)
        elif t.type in _STOPS:
            return 0, []
        elif t.type == "ELSE":
            if else_at >= 0:
                return 0, []
            else_at = j
        j += 1
    bounds = [i] + seps + [j]
    if not seps or any(b + 1 >= e for b, e in zip(bounds[1:], bounds[2:])):
        return 0, []  # no `;` between actions, or an empty action
    if else_at < seps[0]:  # no ELSE, or `IF c a ELSE d ; e`: nothing moves
        then_n, else_n = (0, len(seps)) if else_at >= 0 else (len(seps), 0)
        return j, [BareLineIf(toks[i], then_n, else_n)] + toks[i + 1:j]
    k = sum(1 for s in seps if s < else_at)  # the ELSE is in the k-th action after `;`
    seg_end = seps[k] if k < len(seps) else j
    if toks[else_at - 1].type == "_NL" or else_at + 1 >= seg_end:
        return 0, []  # `; ELSE` or an ELSE without action
    out = [BareLineIf(toks[i], k, len(seps) - k)] + toks[i + 1:seps[0]]
    out += toks[else_at:seg_end]
    out += toks[seps[0]:else_at]
    out += toks[seg_end:j]
    return j, out


def line_is_bare_if(out: list[Token]) -> bool:
    """Is the physical line before the last separator `IF c a` (`; b`...), a one-line IF
    without THEN, so that an `ELSE d` opening the next line is its ELSE? The line must
    start with IF and hold at least a condition and an action before its first `;`, and
    no ELSE, END or block opener (a block's ELSE takes no action on its line, so the ELSE
    could be nothing else). Nested IFs before the first `;` (`IF a IF b x`, `SI a SI b
    ALORS x ; y`), the innermost with a condition and an action, are such a line too: the
    ELSE is the innermost's, as on the line (nested_if_line.py)."""
    last = len(out) - 2
    if last < 1:
        return False
    line = out[last].line
    j = last
    while j > 0 and out[j - 1].line == line:  # (a line's newline has its line's number)
        j -= 1
    if out[j].type != "IF":
        return False
    first_sep = next((k for k in range(j, last + 1) if out[k].type == "_NL"), last + 1)
    inner = max(k for k in range(j, first_sep) if out[k].type == "IF")
    if first_sep - inner < 3:
        return False  # `IF c` alone opens a block
    head = out[j + 1:first_sep]
    if inner > j and not any(t.type == "IF" for t in head[:1]) and _nested_heads(head):
        return not any(t.type in _STOPS or t.type == "ELSE" for t in out[first_sep:last + 1])
    return not any(t.type in _STOPS or t.type == "ELSE" for t in out[j + 1:last + 1])


def _nested_heads(head: list[Token]) -> bool:
    """Do the tokens after a line's first IF, up to its first `;`, hold only nested IFs
    (each after a condition or right after its IF's THEN), one THEN at most each, and no
    ELSE, END or block opener?"""
    then_ok = True  # may the current IF still take a THEN
    for k, t in enumerate(head):
        if t.type == "IF":
            then_ok = True
        elif t.type == "THEN":
            if not then_ok or k + 1 >= len(head) or head[k + 1].type != "IF" \
                    and any(x.type == "IF" for x in head[k + 1:]):
                return False
            then_ok = False
        elif t.type in _STOPS or t.type == "ELSE":
            return False
    return True


_TARGET_NAMES = frozenset({"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "SELF"})
_MEMBER_SEPS = frozenset({"DOT", "DOTDOT", "MCOLON", "COLONCOLON"})
_CONDITION_ENDS = frozenset({"NAME", "SOFT_A", "SOFT_DE", "SOFT_SUR", "NUMBER", "STRING", "RPAR",
                             "RBRACK", "RSUB", "TRUE", "FALSE", "NULL"})


def bare_branch_target(out: list[Token], line_first: int) -> bool:
    """On a line `IF c ...` without THEN, do its last tokens form the target of a
    reference assignment opening the branch (`IF x > 2 p <- x`, `SI ok t[1] <- v`,
    `IF c o.m <- v`): a name chain written right after the condition's last operand?
    Two operands side by side can only be a condition's end and a statement's start;
    without this the `<-` was read as `< -` and the line refused ("unexpected '<'")."""
    k = len(out) - 1
    while k > line_first:
        if out[k].type in ("RBRACK", "RSUB"):
            k = _opener(out, k, line_first) - 1
            continue
        if out[k].type not in _TARGET_NAMES:
            return False
        k -= 1
        sep = out[k]
        if sep.type in _MEMBER_SEPS and k > line_first and sep.start_pos == out[k - 1].end_pos:
            k -= 1  # `o.m`, `o:m`, `o..P`: the chain goes on before the separator
            continue
        if sep.type in _MEMBER_SEPS:
            k -= 1  # `:m`, `::s` opening the target; the condition ends before
        return k > line_first and out[k].type in _CONDITION_ENDS
    return False


def _opener(out: list[Token], k: int, line_first: int) -> int:
    """The index of the `[` / `[[` matching the closer at out[k] (line_first if none)."""
    depth = 0
    while k > line_first:
        typ = out[k].type
        if typ in ("RBRACK", "RSUB"):
            depth += 1
        elif typ in ("LBRACK", "LSUB"):
            depth -= 1
            if depth == 0:
                return k
        k -= 1
    return line_first
