"""Parse tree -> AST (`wlinterp.syntax.nodes`), applied during the LALR parse (tree-less mode).

This is the only module that sees the grammar's rule callbacks (made by tables.py). Positions come from
the tokens themselves (cheaper than Lark's propagate_positions).
"""
from __future__ import annotations

__all__ = ["Builder"]

from typing import Any


from .tables import Tree
from .tokens import Token

from ..errors import WLSyntaxError
from . import nodes as N
from .expr_builder import ExprBuilder
from .lambdas import LAMBDA_PREFIX
from .member_inits import hoist_member_inits
from .pending_result import pending_result
from .names import fold
from .precedence import cmp_name



from .statements import ACCESS_WORDS as _ACCESS


def _access_of(words: list[str]) -> str:
    return next((_ACCESS[w] for w in words if w in _ACCESS), "public")


def _struct(name: tuple[str, int, int], items: list[Any]) -> N.StructDecl:
    """A STRUCTURE or class: members in order; a section line (`PRIVÉ`, `PUBLIC GLOBAL`,
    `GLOBAL`) sets the access and the static-ness of the members that follow it."""
    base = next((x[1] for x in items if isinstance(x, tuple) and x[0] == "inherits"), None)
    node = N.StructDecl(name[1], name[2], name[0], [x for x in items if isinstance(x, N.Decl)],
                        base)
    access, static = "public", False
    line: tuple[str, bool] | None = None  # modifiers written on the member line itself
    constant = False  # CONSTANT on the member line: read-only outside the class
    for x in items:
        if isinstance(x, Token) and x.type in ("SECTION", "MEMBER_ACCESS"):
            words = x.value.split()
            found = _access_of(words), "global" in words or "globale" in words
            if x.type == "SECTION":
                access, static = found
            else:
                line = found
                constant = "constant" in words or "constante" in words
        elif isinstance(x, Token) and x.type in ("GLOBAL", "LOCAL"):
            static = x.type == "GLOBAL"
        elif isinstance(x, N.Decl):
            this_access, this_static = line or (access, static)
            line = None
            for member, _, _ in x.names:
                key = fold(member)
                if constant:
                    node.read_only.append(key)
                if this_access != "public":
                    node.access[key] = this_access
                if this_static:
                    node.statics.append(key)
            constant = False
        elif isinstance(x, N.ConstDecl):
            node.consts.append(x)
    return node


def _after(items: list[Any], kind: str) -> Any:
    """The item that follows the token of type `kind` in a rule's items, or None."""
    for i, x in enumerate(items[:-1]):
        if isinstance(x, Token) and x.type == kind:
            return items[i + 1]
    return None


def _stmts(items: list[Any]) -> list[N.Stmt]:
    out = [x for x in items if isinstance(x, N.Stmt)]
    if any(isinstance(x, N.StructDecl) and x.composite for x in out):
        out = [y for x in out for y in _composite(x)]
    return out


def _composite(s: N.Stmt) -> list[N.Stmt]:
    """A composite variable (`X is composed of ... END`, help ?1514061) is a structure
    of its own and the one variable of it, both named X."""
    if not (isinstance(s, N.StructDecl) and s.composite):
        return [s]
    return [s, N.Decl(s.line, s.col, [(s.name, s.line, s.col)], s.name, None)]


class Builder(ExprBuilder):
    """Rule callbacks; each returns an AST node (or a small tuple for helper rules)."""

    def __default__(self, data: str, children: list[Any], meta: Any) -> Any:
        return Tree(data, children, meta)

    # -- program structure ------------------------------------------------
    def start(self, items: list[Any]) -> N.Program:
        program = N.Program(items[0], [p for p in items[1:]])
        hoist_member_inits(program)
        return program

    def body(self, items: list[Any]) -> N.Body:
        b = N.Body(_stmts(items))
        for h in items:
            if isinstance(h, tuple) and h[0] == "error":
                b.on_error = h[1]
            elif isinstance(h, tuple) and h[0] == "exception":
                b.on_exception = h[1]
            elif isinstance(h, tuple) and h[0] == "end":
                b.on_end = h[1]
        return b

    def error_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt]]:
        return ("error", _stmts(items[1:]))

    def end_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt]]:
        return ("end", _stmts(items[1:]))

    def exception_handler(self, items: list[Any]) -> tuple[str, list[N.Stmt]]:
        return ("exception", _stmts(items[1:]))

    def procedure(self, items: list[Any]) -> N.Procedure:
        kw = items[0]
        names = [x for x in items if isinstance(x, tuple)]
        params = next((x for x in items if isinstance(x, list)), [])
        ret = next((x for x in items if isinstance(x, str) and not isinstance(x, Token)), None)
        owner = names[0][0] if len(names) > 1 else None
        modifiers = [fold(w) for w in str(kw.value).split()[1:]]
        pending_result(items[-1])
        return N.Procedure(kw.line, kw.column, names[-1][0], params, ret, items[-1],
                           owner=owner, modifiers=modifiers)

    def internal_proc(self, items: list[Any]) -> N.Procedure:
        kw, name = items[0], items[1]
        params = next((x for x in items if isinstance(x, list)), [])
        ret = next((x for x in items if isinstance(x, str) and not isinstance(x, Token)), None)
        return N.Procedure(kw.line, kw.column, name[0], params, ret, N.Body(_stmts(items[2:])),
                           internal=True)

    def use_block(self, items: list[Any]) -> N.Use:
        kw = items[0]
        return N.Use(kw.line, kw.column, items[1], _stmts(items[3:]))

    def lambda_expr(self, items: list[Any]) -> N.Lambda:
        head, value = items[0], items[1]
        return self._lambda(head, N.Body([N.Return(value.line, value.col, value)]))

    def lambda_block(self, items: list[Any]) -> N.Lambda:
        return self._lambda(items[0], N.Body(_stmts(items[2:])))

    def _lambda(self, head: Token, body: N.Body) -> N.Lambda:
        """The anonymous procedure of `(a, b) => ...`, named after its position."""
        params = []
        for line in filter(None, str(head.value).split("\n")):
            name, _, ttext = line.partition("\t")
            params.append(N.Param(head.line, head.column, name, False, ttext or None, None))
        name = f"{LAMBDA_PREFIX}{head.line}_{head.column}"
        proc = N.Procedure(head.line, head.column, name, params, None, body, internal=True)
        return N.Lambda(head.line, head.column, name, proc)

    def params(self, items: list[Any]) -> list[N.Param]:
        params = [p for p in items if isinstance(p, N.Param)]
        stars = [p for p in params if p.star]
        if len(stars) > 1:  # `P(*, *)`: MyParameters holds them all, one `*` says so
            raise WLSyntaxError("a procedure has at most one '*' parameter", stars[1].line,
                                stars[1].col)
        return params

    def param(self, items: list[Any]) -> N.Param:
        local = isinstance(items[0], Token) and items[0].type == "LOCAL"
        rest = items[1:] if local else items
        name = rest[0]
        ttext = next((str(t) for t in rest if isinstance(t, Token) and t.type == "TYPE"), None)
        default = rest[-1] if isinstance(rest[-1], N.Expr) else None
        return N.Param(name[1], name[2], name[0], local, ttext, default)

    def star_param(self, items: list[Any]) -> N.Param:
        return N.Param(items[0].line, items[0].column, "*", False, None, None, star=True)

    def rettype(self, items: list[Any]) -> str:
        return str(items[1])

    def label(self, items: list[Any]) -> N.Label:
        return N.Label(items[0].line, items[0].column, items[0].value)

    def compound(self, items: list[Any]) -> N.Stmt:
        return items[0]

    def name(self, items: list[Any]) -> tuple[str, int, int]:
        t = items[0]
        return (str(t), t.line, t.column)

    # -- simple statements ------------------------------------------------
    def assign(self, items: list[Any]) -> N.Assign:
        target, op, value = items
        return N.Assign(target.line, target.col, target, op.value, value)

    def call_stmt(self, items: list[Any]) -> N.Stmt:
        e = items[0]
        if isinstance(e, N.Step):  # `x++` as a statement
            return N.IncDec(e.line, e.col, e.target, e.delta)
        return N.ExprStmt(e.line, e.col, e)

    def pre_inc_stmt(self, items: list[Any]) -> N.IncDec:
        return N.IncDec(items[0].line, items[0].column, items[1], 1)

    def pre_dec_stmt(self, items: list[Any]) -> N.IncDec:
        return N.IncDec(items[0].line, items[0].column, items[1], -1)

    def post_inc(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].col, items[0], 1, False)

    def post_dec(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].col, items[0], -1, False)

    def pre_inc(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].column, items[1], 1, True)

    def pre_dec(self, items: list[Any]) -> N.Step:
        return N.Step(items[0].line, items[0].column, items[1], -1, True)

    def decl(self, items: list[Any]) -> N.Decl:
        names = [x for x in items if isinstance(x, tuple)]
        ttext = next(str(t) for t in items if isinstance(t, Token) and t.type == "TYPE")
        init = items[-1] if isinstance(items[-1], N.Expr) else None
        ctor = next((x for x in items if isinstance(x, list)), None)
        by_ref = any(isinstance(t, Token) and t.type == "REFASSIGN" for t in items)
        return N.Decl(names[0][1], names[0][2], names, ttext, init, ctor, by_ref)

    member_decl = decl

    def let_stmt(self, items: list[Any]) -> N.Let:
        kw, name, _, value = items
        return N.Let(kw.line, kw.column, name[0], value)

    def let_multi(self, items: list[Any]) -> N.Let:
        kw = items[0]
        names = [x[0] for x in items if isinstance(x, tuple)]
        return N.Let(kw.line, kw.column, names[0], items[-1], names)

    def let_decl(self, items: list[Any]) -> N.Decl:
        """`let x is int = 5` / `soit x est un entier = 5`, as the help writes it: the
        declaration itself (LET only says "declare")."""
        return items[1]

    def return_stmt(self, items: list[Any]) -> N.Return:
        kw = items[0]
        return N.Return(kw.line, kw.column, items[1] if len(items) > 1 else None)

    result_stmt = return_stmt

    def ancestor_ctor(self, items: list[Any]) -> N.AncestorCall:
        kw, name, _, args, _ = items
        return N.AncestorCall(kw.line, kw.column, name[0], args)

    def free_stmt(self, items: list[Any]) -> N.Free:
        return N.Free(items[0].line, items[0].column, items[1])

    def class_member(self, items: list[Any]) -> N.ClassMember:
        obj, op, name = items
        if not isinstance(obj, N.Name):
            from ..errors import WLSyntaxError
            raise WLSyntaxError("'::' must follow a class name", op.line, op.column)
        return N.ClassMember(op.line, op.column, obj.name, name[0])

    def class_member_here(self, items: list[Any]) -> N.ClassMember:
        op, name = items
        return N.ClassMember(op.line, op.column, None, name[0])

    def break_stmt(self, items: list[Any]) -> N.Break:
        return N.Break(items[0].line, items[0].column)

    def continue_stmt(self, items: list[Any]) -> N.Continue:
        return N.Continue(items[0].line, items[0].column)

    # -- IF / SWITCH ---------------------------------------------------------
    def if_line(self, items: list[Any]) -> N.If:
        kw, cond = items[0], items[1]
        acts = [x for x in items[2:] if isinstance(x, N.Stmt)]
        orelse = [acts[1]] if len(acts) > 1 else None
        return N.If(kw.line, kw.column, [(cond, [acts[0]])], orelse, kw.value)

    if_line_bare = if_line  # `IF c action` without THEN (WINDEV 2025)

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
        """`FOR EACH x[, k] OF t [WHERE cond] [SORTED BY key]`: WHERE becomes an IF around
        the body (the condition sees the loop variable, CONTINUE and BREAK keep their
        meaning); the sort key is kept on the node."""
        kw, name = items[0], items[1]
        names = [x for x in items if isinstance(x, tuple)]
        expr = next(x for x in items[2:] if isinstance(x, N.Expr))
        counter = names[1][0] if len(names) > 1 else None
        body = _stmts(items[3:])
        where = _after(items, "FILE_WHERE")
        if where is not None:
            body = [N.If(where.line, where.col, [(where, body)], None, "WHERE")]
        key = _after(items, "SORTED")
        loop = N.ForEach(kw.line, kw.column, name[0], expr, body, None, False, counter)
        if isinstance(key, Tree):
            loop.sort_keys = [k for k in key.children if isinstance(k, N.Expr)]
        return loop

    def foreach_string(self, items: list[Any]) -> N.ForEach:
        kw, name = items[0], items[1]
        exprs = [x for x in items[2:] if isinstance(x, N.Expr)]
        has_sep = any(isinstance(t, Token) and t.type == "SEPARATED" for t in items)
        sep = exprs[1] if has_sep else None
        return N.ForEach(kw.line, kw.column, name[0], items[3], _stmts(items[4:]), sep, True)

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
        orelse = parts[2] if len(parts) > 2 else None
        return N.WhenException(kw.line, kw.column, parts[0], parts[1], orelse)

    def when_general(self, items: list[Any]) -> N.WhenException:
        kw = items[0]
        return N.WhenException(kw.line, kw.column, [], _stmts(items[1:]), None, True)

    def foreach_file(self, items: list[Any]) -> N.ForEachFile:
        kw, name = items[0], items[1]
        key, where, rest = "", None, items[2:]
        if rest and getattr(rest[0], "type", "") == "FILE_ON":
            key, rest = rest[1][0], rest[2:]
        if rest and getattr(rest[0], "type", "") == "FILE_WHERE":
            where, rest = rest[1], rest[2:]
        return N.ForEachFile(kw.line, kw.column, name[0], _stmts(rest), key, where)

    def new_object(self, items: list[Any]) -> N.New:
        kw, name = items[0], items[1]
        args = next((x for x in items if isinstance(x, list)), None)
        return N.New(kw.line, kw.column, name[0], args)

    def struct_decl(self, items: list[Any]) -> N.StructDecl:
        node = _struct(items[0], items)
        phrase = fold(str(items[2].value)).rstrip()
        node.abstract = phrase.endswith(("abstract", "abstraite"))
        node.composite = phrase.startswith("compos")
        node.is_class = bool({"class", "classe"} & set(phrase.replace(",", " ").split()))
        return node

    def struct_decl_kw(self, items: list[Any]) -> N.StructDecl:
        return _struct(items[1], items)

    def inherits(self, items: list[Any]) -> tuple[str, str]:
        return ("inherits", items[1][0])

    def enum_decl(self, items: list[Any]) -> N.EnumDecl:
        name, kind = items[0], items[2]
        entries = [e for x in items if isinstance(x, list) for e in x]
        combination = fold(str(kind)).split()[-1] in ("combination", "combinaison")
        return N.EnumDecl(name[1], name[2], name[0], entries, combination)

    def enum_item(self, items: list[Any]) -> list[tuple[str, Any, int, int]]:
        name = items[0]
        value = next((x for x in items[1:] if isinstance(x, N.Expr)), None)
        return [(name[0], value, name[1], name[2])]

    def enum_items(self, items: list[Any]) -> list[tuple[str, Any, int, int]]:
        return [(x[0], None, x[1], x[2]) for x in items if isinstance(x, tuple)]

    def const_block(self, items: list[Any]) -> N.ConstDecl:
        kw = items[0]
        return N.ConstDecl(kw.line, kw.column, [x for x in items if isinstance(x, tuple)])

    def const_item(self, items: list[Any]) -> tuple[str, N.Expr, int, int]:
        name = items[0]
        return (name[0], items[2], name[1], name[2])

    def const_one(self, items: list[Any]) -> N.ConstDecl:
        kw, name = items[0], items[1]
        return N.ConstDecl(kw.line, kw.column, [(name[0], items[3], name[1], name[2])])


# Lark names the `elif` rule callback `elif`, a Python keyword.
setattr(Builder, "elif", Builder.elif_)
