"""The declarations of one function body, as the semantic pass reads them: declared
types (an unknown type name is a warning and a variant), variables, parameters and loop
variables (declared twice, hiding an outer one), internal procedures and data files.
"""
from __future__ import annotations

__all__ = ["DeclarationChecks"]

from typing import TYPE_CHECKING, Any

from ..runtime import types as T
from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..runtime.assoc_arrays import unknown_assoc_options
from ..runtime.type_phrases import parse_type
from ..runtime.type_words import phrase_column
from ..syntax import nodes as N
from ..syntax.lambdas import LAMBDA_PREFIX
from ..syntax.names import fold
from ..syntax.walk import body_stmts, walk_stmts
from .checker_state import CheckerState
from .scopes import Symbol
from .member_checks import const_ok
from .symbols import declared_by, declared_spec
from .place_types import place_type
from ..lazy_import import on_first_call
from ..syntax.stored_regex import stored_compile

if TYPE_CHECKING:
    from ..windev_types import missing_type
    from .block_scope import in_separate_blocks
    from .let_results import builtin_result_type
else:
    on_first_call(globals(), "..windev_types", "missing_type")
    on_first_call(globals(), ".block_scope", "in_separate_blocks")
    on_first_call(globals(), ".let_results", "builtin_result_type")

_OPTIONS_RE = stored_compile(r"\(([^)]*)\)")  # an associative array's `(options, ...)`

_DECLARING = frozenset({N.Decl, N.Let, N.For, N.ForEach})  # statements declaring variables
_DECL, _PROCEDURE, _FOR_EACH_FILE = N.Decl, N.Procedure, N.ForEachFile
_CONTAINERS = (Kind.ARRAY, Kind.ASSOC, Kind.STRUCT, Kind.OBJECT)
# Type phrases whose type names no structure, class or object (`array of 5 strings`),
# read in a program without enumerations: simple type words are read before the
# program's names, so these mean the same in every program.
_PLAIN_TYPES: dict[str, TypeSpec] = {}


def _plain(spec: TypeSpec | None) -> bool:
    return spec is None or spec.kind not in _NAMED_KINDS and _plain(spec.elem)


_NAMED_KINDS = (Kind.STRUCT, Kind.OBJECT)


class DeclarationChecks(CheckerState):
    """Declarations of a function's names (mixed into FunctionChecker)."""

    def spec(self, text: str, node: Any) -> TypeSpec:
        """A declared type; an unknown type name is a warning (the variable is a variant).
        A phrase read without a diagnostic means the same everywhere in the program
        (its structures and constants are known before any function is checked), so it
        is read once; one that names no structure or object, in every program."""
        known = _PLAIN_TYPES.get(text)  # (the same in every program)
        if known is not None:
            return known
        known = self.sym.types_read.get(text)
        if known is not None:
            return known
        reported = len(self.rep.out)

        def unknown(name: str) -> None:
            variable = self.fixed_by_variable(text)
            if variable:  # ("Fixed array", page 1514025: a compile-time error)
                self.rep.report("WL111", f"a fixed array's dimensions are integers or "
                                f"constants, not the variable '{variable}': declare an "
                                f"array (`array of {variable} ...`) to size it when "
                                f"the declaration runs", node, len(name))
                return
            self.rep.report("WL207", f"unknown type '{name}'; the variable is a variant",
                            node, len(name), hint=missing_type(name))
        try:
            sizes = self.sym.int_constants()
            spec = parse_type(text, self.sym.structs, self.sym.registry.types, unknown,
                              self.sym.named_types, sizes, self.sym.const_values)
        except ValueError as exc:
            word = getattr(exc, "word", "")
            self.rep.report("WL110", str(exc), node, len(word), col=self.phrase_col(node, word))
            return T.VARIANT
        if spec.kind == Kind.ASSOC and "(" in text:
            self.assoc_options_known(text, node)
        if len(self.rep.out) == reported:
            self.sym.types_read[text] = spec
            if not self.sym.named_types and _plain(spec) and not (
                    sizes and any(w in sizes for w in fold(text).split())):
                _PLAIN_TYPES[text] = spec
        return spec

    def phrase_col(self, node: Any, word: str) -> int:
        """The column of `word` in the type phrase of the declaration `node`."""
        lines = self.rep.lines
        return phrase_column(lines[node.line - 1] if 0 < node.line <= len(lines) else "",
                             node, word)

    def assoc_options_known(self, text: str, node: Any) -> None:
        """WL207 for a word of an associative array's options that names none
        (`(WithoutCase)`): the run ignores it, so the keys keep their case."""
        opened = _OPTIONS_RE.search(text)
        for word in unknown_assoc_options(opened.group(1)) if opened else ():
            self.rep.report("WL207", f"'{word}' is no option of an associative array (the "
                            f"options are ccIgnoreCase, ccIgnoreAccent, WithDuplicates...): "
                            f"it is ignored", node)

    def fixed_dims_constant(self, s: Any) -> None:
        """WL111 at a variable in a fixed array's dimensions written as expressions
        (`fixed array of n + 1 int`): as `fixed array of n int` (page 1514025)."""
        if not {fold(w) for w in s.type_text.split()[:3]} & {"fixed", "fixe"}:
            return
        for e in s.dims:
            while isinstance(e, N.BinOp):
                e = e.left if not const_ok(e.left, self.sym.constants) else e.right
            if not const_ok(e, self.sym.constants):
                self.rep.report("WL111", "a fixed array's dimensions are integers or "
                                "constants: declare an array (`array of n ...`) to size it "
                                "when the declaration runs", e)

    def fixed_by_variable(self, text: str) -> str:
        """The variable a fixed array's phrase gives as a dimension (`fixed array of n
        int`, `tableau fixe de n entiers`), else ""."""
        words = text.split()
        if not {fold(w) for w in words[:3]} & {"fixed", "fixe"}:
            return ""
        return next((w for w in words[2:] if self.scope.lookup(fold(w)) is not None), "")

    def declare(self, name: str, line: int, col: int, role: str, spec: TypeSpec,
                stmt: Any, initialized: bool = True, key: str = "",
                pending: bool = False) -> None:
        """Declare `name` (`key`: its folded form, when the caller has it); `pending`:
        a declaration statement the walk reaches later (s_Decl clears it)."""
        key = key or fold(name)
        old = self.scope.vars.get(key)
        if old is not None and old.role != "outer":
            if role == "loop" or old.role == "loop" and isinstance(stmt, (N.For, N.ForEach)):
                return  # a FOR reuses a declared variable
            same = old.spec == spec and role != "param"  # two parameters cannot both run
            if same and role == "var" and old.role == "var" and self.body is not None \
                    and in_separate_blocks(self.body, key, stmt):
                return  # the same variable, declared again in another block
            message = f"the parameter '{name}' is declared twice" if role == "param" else \
                f"'{name}' is declared twice" if same else \
                f"'{name}' is already declared as {old.spec.describe()}"
            self.rep.report("WL105", message, stmt, len(name), line=line, col=col,
                            hint=f"first declared at line {old.line}" if old.line else None,
                            deferred=same)
            return
        if old is None and role == "var" and self.scope.is_main and key in self.sym.file_globals:
            from .file_globals import declared_again  # (a global another loaded file has)
            again = declared_again(self, key, spec)
            if again is not None:
                said = f"'{name}' is already declared as {again[0].describe()}"
                self.rep.report("WL105", said, stmt, len(name), line=line, col=col,
                                hint=again[1])
        if role == "var" and key in self.sym.constants and self.body is not None and any(
                type(c) is N.ConstDecl and any(fold(n) == key for n, *_ in c.items)
                for c in self.body.stmts):  # `CONSTANT N = 3` then `N is int`, one process
            self.rep.report("WL105", f"'{name}' is already declared as a constant", stmt,
                            len(name), line=line, col=col, deferred=True)
        if not self.scope.is_main and role in ("var", "param") and not self.free_param(role):
            outer = self.scope.parent.lookup(key) if self.scope.parent else None
            if outer is not None and outer.role != "self" and (
                    outer.role != "loop" or self.in_loop_of(key)) \
                    and not self.declared_after(key, outer):
                self.rep.report("WL205", f"'{name}' hides the variable of the same name "
                                f"declared at line {outer.line}", stmt, len(name),
                                line=line, col=col)
        self.scope.define(key, Symbol(name, line, col, role, spec, initialized,
                                      pending=pending))
        if not initialized:
            self.scope.unset.append(key)

    def free_param(self, role: str) -> bool:
        """Is this a parameter of a global procedure or method, or of a lambda, which hides
        nothing worth a warning (WL205)? Its name is the prototype's, chosen apart from
        the main code of a script (`PROCEDURE Save(sFile)` called as `Save(sFile)`), and a
        lambda's are its callback's (`(a, b) => a - b`). An internal procedure's still
        counts (one written in a loop hiding the loop's variable: docs/check.md WL205)."""
        return role == "param" and (self.enclosing is None or self.proc is not None
                                    and self.proc.name.startswith(LAMBDA_PREFIX))

    def declared_after(self, key: str, outer: Any) -> bool:
        """Is `outer` a variable of a body this internal procedure is written in, declared
        after the procedure's header? Written before it, the procedure cannot see it (a
        variable exists from its declaration on), so a local of the same name hides
        nothing (it was WL205). A main-code variable counts only for an internal procedure
        written in the main code: a global procedure's sees the main code's whatever the
        order of a set's blocks."""
        if self.enclosing is None or self.proc is None or outer.line <= self.proc.line:
            return False  # (not an internal procedure, or the variable is seen)
        scope = self.scope.parent
        while scope is not None and key not in scope.vars:
            scope = scope.parent
        return scope is not None and (not scope.is_main or self.scope.parent is scope)

    def in_loop_of(self, key: str) -> bool:
        """Is this internal procedure written inside a FOR / FOR EACH whose variable is
        `key`? A loop's own variable is its block's (block_names.py): a procedure's or
        another internal procedure's name is not hiding it (docs/check.md, WL205)."""
        if self.enclosing is None or self.proc is None:
            return False
        for s in walk_stmts(body_stmts(self.enclosing)):
            if isinstance(s, (N.For, N.ForEach)) and fold(s.var) == key \
                    and any(x is self.proc for x in walk_stmts(s.body)):
                return True
        return False

    def declare_body(self, body: N.Body) -> None:
        self.body = body
        known = self.sym.declaring.get(id(body))  # listed by the program-level walk
        stmts = known[1] if known is not None and known[0] is body else \
            walk_stmts(body_stmts(body))
        stmt: Any
        for stmt in stmts:
            t = type(stmt)
            if t is _DECL:  # the commonest
                self.declare_decl(stmt)
            elif t is _PROCEDURE:
                self.internal_procedure(stmt)
            elif t is _FOR_EACH_FILE:
                files = self.data_files if isinstance(self.data_files, set) else set()
                files.add(fold(stmt.name))  # (the class's empty frozenset until the first)
                self.data_files = files
            elif t in _DECLARING:
                for name in declared_by(stmt):
                    self.declare_one(name, stmt)

    def internal_procedure(self, stmt: N.Procedure) -> None:
        """An internal procedure of this body. A second one of the same name is WL105:
        the help lists the procedures that can have several syntaxes (?1514063: global,
        local procedures and methods), internal ones are not among them (before, the
        second was silently left out and its calls ran the first)."""
        key = fold(stmt.name)
        first = self.scope.procs.get(key)
        if first is not None and first is not stmt:
            text = self.rep.lines[stmt.line - 1] if 0 < stmt.line <= len(self.rep.lines) else ""
            at = text.lower().find(stmt.name.lower(), stmt.col - 1)
            self.rep.report("WL105", f"the internal procedure '{stmt.name}' is declared twice "
                            f"(first declared at line {first.line}): an internal procedure "
                            f"has one syntax", stmt, len(stmt.name),
                            col=at + 1 if at >= 0 else stmt.col)
        self.scope.add_proc(key, stmt)

    def declare_decl(self, stmt: N.Decl) -> None:
        """The variables of a declaration (`x, y is int = 0`), each at its first mention
        in the statement; set when given a value or constructor arguments, or of a
        container type (arrays, structures, objects: made at the declaration)."""
        names = stmt.names
        given = stmt.init is not None or stmt.ctor_args is not None
        for name, line, col in names:
            key = fold(name)
            spec = declared_spec(key, stmt, self.spec, self.sym.constants)
            if len(names) > 1:  # (`x, x is int`: both at the first)
                line, col = next((ln, c) for n, ln, c in names if n == name)
            made = spec.kind in _CONTAINERS and not (spec.kind == Kind.STRUCT
                                                     and spec.dynamic)  # (Null until
            self.declare(name, line, col, "var", spec, stmt,  # given an object)
                         given or made, key, pending=True)

    def before_declaration(self, e: Any, sym: Symbol, what: str = "used") -> None:
        """WL101 for a variable of this function read or assigned before the walk has
        reached its declaration (above it, or in its own initial value): WINDEV's
        compiler knows a variable from its declaration on, and the run stops at such a
        read ("used before its declaration"). Once per variable. A variable of an
        enclosing function is left alone: an internal procedure runs when called."""
        if self.scope.vars.get(fold(sym.name)) is not sym:
            return
        sym.pending = False
        where = "in its own declaration" if e.line == sym.line and e.col > sym.col \
            else "before its declaration"
        self.rep.report("WL101", f"'{e.name}' is {what} {where}", e, len(e.name),
                        hint=f"declare '{sym.name}' above its first use")

    def declare_one(self, name: str, stmt: N.Stmt) -> None:
        """A variable of a LET or a loop variable of a FOR / FOR EACH (declare_decl:
        a declaration's)."""
        key = fold(name)
        spec = declared_spec(key, stmt, self.spec,
                             result_of=lambda e: builtin_result_type(e, self.sym.registry,
                                                                     self.sym.procs),
                             place_spec=lambda e: p[0] if (p := place_type(self, e))  # type: ignore[arg-type]
                             else None)
        col = self.rep.find(stmt.line, stmt.col, name)
        role = "var" if isinstance(stmt, N.Let) else "loop"
        self.declare(name, stmt.line, col, role, spec, stmt, True, key)
