"""Parse tree -> AST for control flow (mixed into `builder.Builder`): IF, SWITCH and
their clauses, FOR / FOR EACH / WHILE / LOOP, WHEN EXCEPTION IN and the file loops.
"""
from __future__ import annotations

__all__ = ["FlowBuilder"]

from typing import Any

from ..errors import WLSyntaxError
from . import nodes as N
from .bare_if_line import gather_tails, note_tail
from .decl_builder import statement_parts, statements_of as _stmts
from .precedence import cmp_name
from .reductions import Tree
from .names import fold
from .tokens import Token
from .words import DEEP_WORDS, FRENCH_OPENERS, FROM_END_WORDS, NO_SAVE_WORDS


def _after(items: list[Any], kind: str) -> Any:
    """The item that follows the token of type `kind` in a rule's items, or None."""
    for i, x in enumerate(items[:-1]):
        if isinstance(x, Token) and x.type == kind:
            return items[i + 1]
    return None


def _options(items: list[Any]) -> set[str]:
    """The FOR EACH options of a rule's items (FromEnd, WithoutSavingPosition), folded."""
    return {fold(x.value) for x in items if isinstance(x, Token) and x.type == "FE_OPTION"}


class FlowBuilder:
    """Rule callbacks of the control-flow statements; each returns an AST node (or a
    helper tuple its block's callback reads)."""

    # -- IF / SWITCH ---------------------------------------------------------
    def if_line(self, items: list[Any]) -> N.If:
        kw, cond = items[0], items[1]
        acts = [statement_parts(x) for x in items[2:] if isinstance(x, N.Stmt)]
        orelse = acts[1] if len(acts) > 1 else None
        return N.If(kw.line, kw.column, [(cond, acts[0])], orelse, kw.value)

    def if_line_bare(self, items: list[Any]) -> N.If:
        """`IF c action` without THEN (WINDEV 2025); the actions after `;` on its line
        join its branches when its statement list is built (bare_if_line.py)."""
        node = self.if_line(items)
        note_tail(node, items[0])
        return node

    def if_block(self, items: list[Any]) -> N.If:
        kw, cond = items[0], items[1]
        body: list[N.Stmt] = []
        branches: list[tuple[N.Expr, list[N.Stmt]]] = []
        orelse = None
        for x in items[2:]:
            if isinstance(x, tuple) and x[0] == "elif":
                branches.append((x[1], x[2]))
            elif isinstance(x, tuple) and x[0] == "else":
                orelse = x[1]
            elif isinstance(x, N.Stmt):
                body.append(x)
        body = gather_tails(body)  # `IF a THEN IF b x ; y` (nested_if_line.py)
        return N.If(kw.line, kw.column, [(cond, body)] + branches, orelse, kw.value)

    def elif_(self, items: list[Any]) -> tuple[str, N.Expr, list[N.Stmt]]:
        return ("elif", items[1], _stmts(items[2:]))

    def else_part(self, items: list[Any]) -> tuple[str, list[N.Stmt]]:
        return ("else", _stmts(items[1:]))

    def switch_stmt(self, items: list[Any]) -> N.Switch:
        kw, subject = items[0], items[1]
        cases = [x[1:] for x in items if isinstance(x, tuple) and x[0] == "case"]
        other = next((x[1] for x in items if isinstance(x, tuple) and x[0] == "other"), None)
        return N.Switch(kw.line, kw.column, subject, cases, other)

    def case_clause(self, items: list[Any]) -> tuple[Any, ...]:
        conds = [x for x in items if isinstance(x, N.CaseCond)]
        return ("case", conds, _stmts(items))

    case_inline = case_clause

    def other_clause(self, items: list[Any]) -> tuple[str, list[N.Stmt]]:
        return ("other", _stmts(items))

    other_inline = other_clause

    def case_value(self, items: list[Any]) -> N.CaseCond:
        e = items[0]
        return N.CaseCond(e.line, e.col, "value", e, None)

    def case_range(self, items: list[Any]) -> N.CaseCond:
        return N.CaseCond(items[0].line, items[0].col, "range", items[0], items[2])

    def case_upto(self, items: list[Any]) -> N.CaseCond:
        return N.CaseCond(items[1].line, items[1].col, "upto", None, items[1])

    def case_cmp(self, items: list[Any]) -> N.CaseCond:
        op = items[0]
        return N.CaseCond(op.line, op.column, "cmp", items[1], None, op.value)

    def cmp_op(self, items: list[Any]) -> Token:
        t = items[0]
        return Token(t.type, cmp_name(t), t.start_pos, t.line, t.column)

    def to(self, items: list[Any]) -> Token:
        return items[0]

    def step(self, items: list[Any]) -> Token:
        return Token("STEP", items[0].value, items[0].start_pos, items[0].line, items[0].column)

    # -- loops and handlers --------------------------------------------------
    def for_stmt(self, items: list[Any]) -> N.For:
        kw, name = items[0], items[1]
        ttext = next((str(t) for t in items if isinstance(t, Token) and t.type == "TYPE"), None)
        exprs = [x for x in items if isinstance(x, N.Expr)]
        once = any(isinstance(t, Token) and t.type == "TO_ONCE" for t in items)
        has_step = any(isinstance(t, Token) and t.type == "STEP" for t in items)
        step = exprs[2] if has_step else None
        return N.For(kw.line, kw.column, name[0], ttext, exprs[0], exprs[1], step, once,
                     _stmts(items))

    def foreach_stmt(self, items: list[Any]) -> N.ForEach:
        """`FOR EACH x[, k[, n]] OF t [WHERE cond] [SORTED BY key]`: WHERE becomes an IF around
        the body (the condition sees the loop variable, CONTINUE and BREAK keep their
        meaning); the sort key is kept on the node."""
        kw, name = items[0], items[1]
        names = [x for x in items if isinstance(x, tuple)]
        expr = next(x for x in items[2:] if isinstance(x, N.Expr))
        counter = names[1][0] if len(names) > 1 else None
        rank = names[2][0] if len(names) > 2 else None
        body = _stmts(items[3:])
        where = _after(items, "FILE_WHERE")
        if where is not None:
            body = [N.If(where.line, where.col, [(where, body)], None, "WHERE")]
        key = _after(items, "SORTED")
        loop = N.ForEach(kw.line, kw.column, name[0], expr, body, None, False, counter)
        loop.rank = rank
        if isinstance(key, Tree):
            loop.sort_keys = [k for k in key.children if isinstance(k, N.Expr)]
        loop.from_end = bool(_options(items) & FROM_END_WORDS)
        return loop

    def foreach_string(self, items: list[Any]) -> N.ForEach:
        """`FOR EACH STRING s[, i[, n]] OF text [SEPARATED BY sep]`, and `FOR ALL POSITION
        p OF sub IN text` (its IN made SEPARATED by the lexer,
        foreach_options.position_source): the text is the iterable, the searched string
        its `separator`, `positions` set; i numbers the pieces (or positions) from 1 and n
        the passes, as for an array."""
        kw, name = items[0], items[1]
        names = [x for x in items if isinstance(x, tuple)]
        exprs = [x for x in items[2:] if isinstance(x, N.Expr)]
        has_sep = any(isinstance(t, Token) and t.type == "SEPARATED" for t in items)
        sep = exprs[1] if has_sep else None
        positions = fold(kw.value).endswith("position")
        text = exprs[0]
        if positions:
            if sep is None:  # the example in the words the line is written in
                of, in_ = ("DE", "DANS") if fold(str(kw.value).split()[0]) in \
                    FRENCH_OPENERS else ("OF", "IN")
                raise WLSyntaxError(f"{kw.value} needs the string searched and where: "
                                    f"{kw.value} p {of} \"ab\" {in_} s", kw.line, kw.column)
            text, sep = sep, text
        loop = N.ForEach(kw.line, kw.column, name[0], text, _stmts(items[4:]), sep, True,
                         names[1][0] if len(names) > 1 else None)
        loop.rank = names[2][0] if len(names) > 2 else None
        loop.positions = positions
        loop.from_end = bool(_options(items) & FROM_END_WORDS)
        return loop

    def while_stmt(self, items: list[Any]) -> N.While:
        return N.While(items[0].line, items[0].column, items[1], _stmts(items[2:]))

    def loop_stmt(self, items: list[Any]) -> N.While:
        return N.While(items[0].line, items[0].column, None, _stmts(items[1:]))

    def loop_count(self, items: list[Any]) -> N.While:
        return N.While(items[0].line, items[0].column, None, _stmts(items[4:]), items[2])

    def loop_do_while(self, items: list[Any]) -> N.While:
        return N.While(items[0].line, items[0].column, None, _stmts(items[1:-1]), None,
                       items[-1])

    def when_stmt(self, items: list[Any]) -> N.WhenException:
        kw = items[0]
        parts: list[list[N.Stmt]] = [[]]
        for x in items[1:]:
            if isinstance(x, Token) and x.type in ("DO", "ELSE"):
                parts.append([])
            elif isinstance(x, N.Stmt):
                parts[-1].append(x)
        parts = [gather_tails(p) for p in parts]  # (bare one-line IFs, bare_if_line.py)
        orelse = parts[2] if len(parts) > 2 else None
        return N.WhenException(kw.line, kw.column, parts[0], parts[1], orelse)

    def when_general(self, items: list[Any]) -> N.WhenException:
        kw = items[0]
        return N.WhenException(kw.line, kw.column, [], _stmts(items[1:]), None, True)

    def foreach_file(self, items: list[Any]) -> N.ForEachFile:
        kw, name = items[0], items[1]
        key, key_col, where, rest = "", 0, None, items[2:]
        if rest and getattr(rest[0], "type", "") == "FILE_ON":
            key, key_col, rest = rest[1][0], rest[1][2], rest[2:]
        if rest and getattr(rest[0], "type", "") == "FILE_WHERE":
            where, rest = rest[1], rest[2:]
        loop = N.ForEachFile(kw.line, kw.column, name[0], _stmts(rest), key, where)
        loop.name_col, loop.key_col = name[2], key_col
        options = _options(items)
        loop.from_end, loop.keep_position = bool(options & FROM_END_WORDS), \
            bool(options & NO_SAVE_WORDS)
        loop.deep = bool(options & DEEP_WORDS)
        return loop
