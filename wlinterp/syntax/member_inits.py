"""Member initial values computed when an object is built.

`m_n is int = Random(10)` / `m_t is array of strings = Split(...)` / `= gDefault` in a
class: a value that is not a literal (or `Enum.Value`, with signs and `+ - * /`) is given
at construction. The builder moves such values into a
hidden method of the class, `MEMBER_INIT`, made of plain assignments; `new_instance`
(runtime/instances.py) runs it on each new object before the constructors, from the oldest
ancestor down. The assignments are ordinary method code: the semantic pass checks them
and errors point at the value's own line. GLOBAL members keep the constant rule (they
have one value for the class, set before any object exists).

A member written with constructor arguments (`m_d is D("Bob")` / `m_d est un D("Bob")`)
is built there too, in its place among the others: `m_d <- new D("Bob")`. The object
made by `new` becomes the member itself (`<-` into a member keeps the reference: no copy,
so no temporary whose destructor would run), the checker checks the arguments against
D's constructor at the member's line, and the structure's default creation leaves the
member out (runtime/containers.py `StructDef.new`, which reads `constructed_members`).

Members are built in declaration order, the ancestors' first (*decided*, docs/semantics.md
"Member creation order"): in a class that has such a hidden method (or whose ancestor
has), a member whose type is one of the program's classes, written without arguments
(`m_a is CPart`, `m_a est un objet CPart`, `m_a is CPart()`), or an array of one
(`m_t is array of 2 CPart`), is built there too, in its place (`m_a <- new CPart`); its
constructors then run between those of the members around it, not before all of them.
A class declared in another file of a project is known once the files are linked: the
linker runs this again on the whole program.

A member a constructor of its class builds itself, `Constructor m_d("Bob")` /
`Constructeur m_d("Bob")` (?6010001, "Syntax of constructors for the base classes and
members"), is neither created by default nor built here: it stays Null until that
statement runs (`ctor_built`, read by `constructed_members`).

Several names on one line with an initial value (`m_a, m_b are int = F()`): only the
last one gets it, as for variables (docs/semantics.md "Member initial values").
"""
from __future__ import annotations

__all__ = ["MEMBER_INIT", "hoist_member_inits", "constructed_members"]

from . import nodes as N
from .names import fold
from .tree_copy import with_fields
from .walk import sub_stmts
from .words import CTOR_WORDS as _CONSTRUCTORS, MEMBER_INIT


def hoist_member_inits(program: N.Program) -> N.Program:
    """The program with the computed initial values of each class in the main code moved
    into its hidden method. Run again on a project's linked program (project/linker.py),
    it adds to a class's hidden method the members whose class another file declares, in
    their place; what an earlier run moved stays as it was. The nodes it changes are new
    ones (the class, its member lines, the hidden method, the main body, the program):
    the linked program shares its nodes with the project's parsed files, which later
    links read again, and the compiler keeps what it learnt of a body by identity
    (semantics/facts.py). A program with nothing to move is given back as it is."""
    decls = {fold(s.name): s for s in program.main.stmts if isinstance(s, N.StructDecl)}
    if not decls:
        return program
    classes = {key for key, s in decls.items() if s.is_class}
    made = {fold(p.owner or ""): p for p in program.procedures if p.name == MEMBER_INIT}
    built = _built_by_constructors(program, decls)
    hoisting = set(made) | {key for key, s in decls.items()
                            if any(_hoisted(d, s) for d in s.members)}
    stmts = list(program.main.stmts)
    procedures = list(program.procedures)
    for i, stmt in enumerate(program.main.stmts):
        if not isinstance(stmt, N.StructDecl):
            continue
        in_order = bool(classes) and _lineage_hoists(stmt, decls, hoisting)
        earlier = made.get(fold(stmt.name))
        ctor_built = sorted(built.get(fold(stmt.name), ()))
        members, assigns, changed = _hoisted_members(stmt, ctor_built, in_order, classes,
                                                     earlier)
        if changed or ctor_built != stmt.ctor_built:
            stmts[i] = with_fields(stmt, {"members": members, "ctor_built": ctor_built})
        if earlier is not None and changed:
            at = next(k for k, p in enumerate(procedures) if p is earlier)
            procedures[at] = with_fields(earlier, {"body": N.Body(assigns)})
        elif earlier is None and assigns:
            procedures.append(N.Procedure(
                stmt.line, stmt.col, MEMBER_INIT, [], None, N.Body(assigns),
                owner=stmt.name))
    if all(a is b for a, b in zip(stmts, program.main.stmts)) \
            and len(procedures) == len(program.procedures) \
            and all(a is b for a, b in zip(procedures, program.procedures)):
        return program
    return with_fields(program, {"main": with_fields(program.main, {"stmts": stmts}),
                                 "procedures": procedures})


def _hoisted_members(stmt: N.StructDecl, ctor_built: list[str], in_order: bool,
                     classes: set[str], earlier: N.Procedure | None
                     ) -> tuple[list[N.Decl], list[N.Stmt], bool]:
    """A class's member lines as the hidden method leaves them (a line it now builds or
    computes is a new node), the hidden method's assignments, and whether a line
    changed."""
    members: list[N.Decl] = []
    assigns: list[N.Stmt] = []
    changed = False
    for d in stmt.members:
        if any(fold(n) in stmt.statics for n, _, _ in d.names):
            members.append(d)
            continue
        if in_order and d.ctor_args is None and d.init is None \
                and _class_named(d.type_text) in classes:
            d = with_fields(d, {"ctor_args": []})  # `m_a is CPart`, `m_t is array of
            changed = True  # 2 CPart`: built here
        if d.ctor_args is not None:
            assigns.extend(N.Assign(line, col, N.Name(line, col, name), "<-",
                                    N.New(line, col, d.type_text, d.ctor_args))
                           for name, line, col in d.names if fold(name) not in ctor_built)
            members.append(d)
            continue
        if earlier is not None:  # a computed value an earlier run moved
            assigns.extend(a for a in earlier.body.stmts if isinstance(a, N.Assign)
                           and a.op == "=" and isinstance(a.target, N.Name)
                           and any(fold(a.target.name) == fold(n) for n, _, _ in d.names))
        if d.init is None or _known_early(d.init):
            members.append(d)
            continue
        name, line, col = d.names[-1]  # `m_a, m_b are int = F()`: only the last one
        assigns.append(N.Assign(d.init.line, d.init.col, N.Name(line, col, name), "=",
                                d.init))  # (as for variables: docs/semantics.md)
        members.append(with_fields(d, {"init": None}))
        changed = True
    return members, assigns, changed


def constructed_members(s: N.StructDecl) -> list[str]:
    """The folded names of the members built by the hidden method (not GLOBAL ones) or
    by a constructor's `Constructor m_x(args)`: the structure's default creation leaves
    them out."""
    return [fold(n) for d in s.members if d.ctor_args is not None for n, _, _ in d.names
            if fold(n) not in s.statics] + s.ctor_built


def _built_by_constructors(program: N.Program,
                           decls: dict[str, N.StructDecl]) -> dict[str, set[str]]:
    """Class (folded) -> its own members that one of its constructors builds with
    `Constructor m_x(args)` (a name that is a member of the class, not a class)."""
    out: dict[str, set[str]] = {}
    for p in program.procedures:
        owner = fold(p.owner or "")
        if owner not in decls or fold(p.name) not in _CONSTRUCTORS:
            continue
        members = {fold(n) for d in decls[owner].members for n, _, _ in d.names}
        todo: list[N.Stmt] = list(p.body.stmts)
        while todo:
            st = todo.pop()
            if isinstance(st, N.AncestorCall) and fold(st.cls) in members:
                out.setdefault(owner, set()).add(fold(st.cls))
            todo.extend(sub_stmts(st))
    return out


def _hoisted(d: N.Decl, s: N.StructDecl) -> bool:
    """Does the hidden method build or compute this member line (not a GLOBAL one)?"""
    if any(fold(n) in s.statics for n, _, _ in d.names):
        return False
    return d.ctor_args is not None or (d.init is not None and not _known_early(d.init))


def _lineage_hoists(s: N.StructDecl, decls: dict[str, N.StructDecl],
                    hoisting: set[str]) -> bool:
    """Has this class, or one of its ancestors declared in the program, a hidden method?
    (An ancestor's runs after the default creation of every member, the derived
    class's included: those must wait for it to keep the declaration order.)"""
    seen: set[str] = set()
    todo = [fold(s.name)]  # (every parent's line: a class may have several)
    while todo:
        key = todo.pop()
        if key not in decls or key in seen:
            continue
        if key in hoisting:
            return True
        seen.add(key)
        base = decls[key].base
        todo.extend(fold(b) for b in decls[key].bases or ([base] if base else []))
    return False


_ARTICLES = frozenset({"a", "an", "un", "une", "object", "objet"})
_ARRAY_WORDS = frozenset({"array", "tableau", "of", "de", "d", "des"})


def _class_named(type_text: str) -> str:
    """The class a member's type names alone (`CPart`, `un objet CPart`) or as the
    elements of an array (`array of 2 CPart`, `tableau de CPart`), folded; '' for any
    other type (`dynamic CPart`, an associative array, `int`)."""
    words = [w for w in fold(type_text).split() if w not in _ARTICLES]
    if len(words) > 1 and words[0] in ("array", "tableau"):
        words = [w for w in words[1:] if w not in _ARRAY_WORDS and not w.isdigit()]
    return words[0] if len(words) == 1 else ""


def _known_early(e: N.Expr) -> bool:
    """Is the value one the compiler computes once (the constant rule)?"""
    if isinstance(e, (N.Num, N.Str, N.Const)):
        return True
    if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
        return _known_early(e.operand)
    if isinstance(e, N.Member):
        return isinstance(e.obj, N.Name)
    if isinstance(e, N.BinOp) and e.op in "+-*/":
        return _known_early(e.left) and _known_early(e.right)
    return False
