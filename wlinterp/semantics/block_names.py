"""Variables declared in a block (docs/semantics.md, "Declarations in blocks").

*Decided* (INFERRED: no stored page says how far a local variable declared inside an IF,
a loop or a SWITCH reaches): a variable declared in a block is known from its
declaration to the END of that block, as in most block-structured languages. So

- a name declared again in an **inner** block, while the outer variable is visible, is a
  new variable hiding the outer one until the inner block ends (WL205, a warning); the
  outer one keeps its value;
- a name declared in two **sibling** blocks (two branches, a body and its CASE EXCEPTION
  section) with **different** types is two variables; with the same type it stays one
  variable declared again (the earlier decision: the REST template's `oException`);
- in a CASE ERROR / CASE EXCEPTION / END: section, a variable of the body declared again
  with the same type is that variable (the REST template's `oException`), with another
  type a new one hiding it;
- in the **same** block it is still WL105 (semantics/declarations.py);
- a FOR / FOR EACH variable nothing declared before is declared by its loop, in the
  loop's block (a declaration of the name after the END is another variable).

The checker and the compiler give a function one table of variables, so the program is
rewritten before the semantic pass: such a declaration and the names reading it in its
block get a key of their own, the name followed by invisible U+2060 marks (no WLanguage
name can hold one: the lexer's names are word characters); the checker's messages and
every WLError drop the marks, so users see the name as written. The rewriting is made on
a copy of the program (semantics/analysis.py, Analysis.program, which the compiler
compiles): the parse's tree stays as parsed, so a tree checked and then run (`wl
check`, the REPL, the test runner) is the same tree each time (it was renamed in place,
REV issue 8, M1, 7 Dec 2026). Renaming a tree renamed already changes nothing and says
the same warnings. Only a body that declares a name twice is walked: most programs cost
one look at their declarations, and no copy.
"""
from __future__ import annotations

__all__ = ["MARK", "declares_twice", "separate_block_variables", "shown"]

from collections.abc import Iterator
from typing import Any

from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import blocks, body_stmts, sub_exprs, walk_expr, walk_stmts

MARK = "\u2060"  # WORD JOINER: invisible, never part of a WLanguage name

_DECL, _LET, _NAME, _PROC = N.Decl, N.Let, N.Name, N.Procedure
_FOR, _FOR_EACH = N.For, N.ForEach
_LOOP_VARS = ("var", "counter", "rank")  # the attributes naming a FOR / FOR EACH variable


def shown(text: str) -> str:
    """`text` without the marks of renamed block variables (as the user wrote it)."""
    return text.replace(MARK, "") if MARK in text else text


def separate_block_variables(program: N.Program, declaring: dict[int, Any],
                             warn: Any) -> bool:
    """Rename the block variables of `program` that are other variables than their
    namesakes (above); `declaring`: ProgramSymbols.declaring (each body's declaring
    statements, internal procedures included), `warn(node, name, line, col,
    outer_line)`: WL205 for a hiding one. True when something was renamed. The tree is
    changed: the semantic pass calls it on its own copy (declares_twice says when one is
    needed), never on the parse's tree."""
    changed = False
    for body, params in _declaring_twice(program, declaring):
        if _Renamer(list(params), warn).body(body):
            changed = True
    return changed


def declares_twice(program: N.Program, declaring: dict[int, Any]) -> bool:
    """Does a body of `program` declare a name twice (or a parameter's, or a loop
    variable's), so that separate_block_variables may rename? (Run on every program the
    semantic pass checks: one loop over each body's declaring statements, names compared
    lower-cased, where a false alarm only costs a copy of the tree.)"""
    return next(_declaring_twice(program, declaring), None) is not None


def _declaring_twice(program: N.Program, declaring: dict[int, Any]
                     ) -> Iterator[tuple[N.Body, Any]]:
    """The bodies (with their parameters) that declare a name twice, internal
    procedures' included."""
    bodies: list[tuple[N.Body, Any]] = [(program.main, ())]
    bodies += [(p.body, p.params) for p in program.procedures]
    for body, params in bodies:  # (internal procedures' bodies are appended)
        listed = declaring.get(id(body))
        stmts: list[Any] = listed[1] if listed is not None and listed[0] is body else \
            list(walk_stmts(body_stmts(body)))  # (an internal procedure's body)
        seen: set[str] = {p.name.lower() for p in params} if params else set()
        twice = False
        for s in stmts:
            t = type(s)
            if t is _DECL and not twice:
                for name, _, _ in s.names:
                    key = (name if MARK not in name else shown(name)).lower()
                    twice = twice or key in seen
                    seen.add(key)
            elif t is _LET and not twice:
                for name in s.names or (s.name,):
                    key = (name if MARK not in name else shown(name)).lower()
                    twice = twice or key in seen
                    seen.add(key)
            elif t is _PROC:
                bodies.append((s.body, s.params))
            elif t is _FOR or t is _FOR_EACH:  # a loop variable nothing declared before:
                for attr in _LOOP_VARS:  # the loop declares it (a later declaration of
                    name = getattr(s, attr, None)  # the name makes the walk run)
                    if isinstance(name, str):
                        seen.add((name if MARK not in name else shown(name)).lower())
        if twice:
            yield body, params


def _names(s: N.Stmt) -> list[str]:
    if type(s) is _DECL:
        return [n for n, _, _ in s.names]
    if type(s) is _LET:
        return list(s.names or [s.name])
    return []


def _type_key(s: N.Stmt) -> str:
    """What tells two declarations' types apart: the type as written (two spellings of
    one type make two variables, which block scope allows anyway)."""
    if type(s) is _DECL:
        return " ".join(fold(s.type_text).split())
    return "<let>"


class _Renamer:
    """One body's walk: `scopes` holds, per open block (outermost first), the names
    declared in it so far -> (the key given, the declaration's line)."""

    def __init__(self, params: list[N.Param], warn: Any) -> None:
        self.scopes: list[dict[str, tuple[str, int, str]]] = [
            {fold(p.name): (p.name, p.line, "<param>") for p in params}]
        self.section = False  # in a CASE ERROR / CASE EXCEPTION / END: section
        self.earlier: dict[str, list[tuple[str, str]]] = {}  # key -> (type, name given)
        self.count: dict[str, int] = {}
        self.warn = warn
        self.changed = False

    def body(self, body: N.Body) -> bool:
        self.block(body.stmts, fresh=False)
        for section in (body.on_error, body.on_exception, body.on_end):
            if section:
                self.section = True
                self.block(section, fresh=True)
                self.section = False
        return self.changed

    def block(self, stmts: list[N.Stmt], fresh: bool = True) -> None:
        if fresh:
            self.scopes.append({})
        for s in stmts:
            if type(s) is _PROC:
                continue  # its own scope (its body is walked on its own)
            if type(s) is _FOR or type(s) is _FOR_EACH:
                self.loop(s)
                continue
            self.uses(s)
            if type(s) is _DECL or type(s) is _LET:
                self.declare(s)
            for inner in blocks(s):
                self.block(inner)
        if fresh:
            self.scopes.pop()

    def loop(self, s: Any) -> None:
        """A FOR / FOR EACH statement. A loop variable of a name nothing in the body
        declared before (the loop declares it: FOR an 8-byte integer, FOR EACH a variant)
        is known in the loop, its clauses and its body: a declaration of the name after
        the END with another type is another variable, not WL105 (docs/semantics.md,
        "Declarations in blocks"). A name declared before, even in a block already
        ended, is that variable, as before."""
        self.scopes.append({})
        kind = "<for>" if type(s) is _FOR else "<for each>"
        for attr in _LOOP_VARS:
            name = getattr(s, attr, None)
            if not isinstance(name, str):
                continue
            key = fold(shown(name))
            if key in self.earlier or self.visible(key) is not None:
                continue
            self.scopes[-1][key] = (name, s.line, kind)
            self.earlier[key] = [(kind, name)]
        self.uses(s)
        for inner in blocks(s):
            self.block(inner)
        self.scopes.pop()

    def visible(self, key: str) -> tuple[int, str, int, str] | None:
        """(depth of the block declaring it, the name given, its line, its type) of
        `key`."""
        for depth in range(len(self.scopes) - 1, -1, -1):
            found = self.scopes[depth].get(key)
            if found is not None:
                return depth, found[0], found[1], found[2]
        return None

    def uses(self, s: N.Stmt) -> None:
        """The statement's own expressions (not its nested blocks') and loop variables
        read the variable their name designates here."""
        renamed = {k: v[1] for k, v in self._renamed_visible().items()}
        if not renamed:
            return
        for e in sub_exprs(s):
            for x in walk_expr(e):
                if type(x) is _NAME:
                    given = renamed.get(fold(shown(x.name)))
                    if given is not None and given != x.name:
                        x.name = given
                        self.changed = True
        for attr in ("var", "counter", "rank"):  # FOR / FOR EACH variables
            value = getattr(s, attr, None) if isinstance(s, (N.For, N.ForEach)) else None
            if isinstance(value, str) and fold(shown(value)) in renamed:
                setattr(s, attr, renamed[fold(shown(value))])

    def _renamed_visible(self) -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        for depth, scope in enumerate(self.scopes):
            for key, (given, _, _) in scope.items():
                out[key] = (depth, given)
        return {k: v for k, v in out.items() if MARK in v[1]}

    def declare(self, s: N.Stmt) -> None:
        innermost = len(self.scopes) - 1
        kind = _type_key(s)
        for name in _names(s):
            base = shown(name)  # (a tree analysed before: its names renamed already)
            key = fold(base)
            seen = self.visible(key)
            if seen is not None and seen[0] == innermost:
                if seen[1] != name:  # the same block: WL105 (declarations.py), on the
                    self.rename_decl(s, name, seen[1])  # variable the block has
                continue
            if seen is not None and self.section and seen[0] == 0 and seen[3] == kind:
                given = seen[1]  # a CASE EXCEPTION section's `oException` again: the same
            elif seen is not None:  # an outer block's: hidden until this block ends
                given = self.new_name(base, key)
                line, col = self.place(s, name)
                self.warn(s, base, line, col, seen[2])
            else:
                same = [g for t, g in self.earlier.get(key, []) if t == kind]
                given = same[0] if same else \
                    (self.new_name(base, key) if key in self.earlier else base)
            if given != name:
                self.rename_decl(s, name, given)
            self.scopes[innermost][key] = (given, s.line, kind)
            self.earlier.setdefault(key, []).append((kind, given))

    def new_name(self, name: str, key: str) -> str:
        n = self.count[key] = self.count.get(key, 0) + 1
        return name + MARK * n

    @staticmethod
    def place(s: Any, name: str) -> tuple[int, int]:
        if type(s) is _DECL:
            for n, line, col in s.names:
                if shown(n) == name:
                    return line, col
        return s.line, s.col

    def rename_decl(self, s: Any, name: str, given: str) -> None:
        """The declaration `s` names `name` `given` instead."""
        self.changed = True
        if type(s) is _DECL:
            s.names = [(given if n == name else n, line, col) for n, line, col in s.names]
        elif s.names:
            s.names = [given if n == name else n for n in s.names]
        else:
            s.name = given
