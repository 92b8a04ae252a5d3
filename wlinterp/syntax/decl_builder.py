"""Parse tree -> AST for declarations (mixed into `builder.Builder`): variables and
parameters, LET, STRUCTURE/classes with their sections, enumerations and constants; and the
statement lists every block callback takes from its items (a composite variable is a
structure and its variable).
"""
from __future__ import annotations

__all__ = ["DeclBuilder", "statements_of", "statement_parts"]

from typing import TYPE_CHECKING, Any

from ..errors import WLSyntaxError
from . import nodes as N
from .expr_builder import SizedType
from .names import fold
from .result_types import RUN_TOGETHER, run_together, split_result_types
from .words import ACCESS_WORDS as _ACCESS, IMPLEMENTS_WORDS as _IMPLEMENTS
from .bare_if_line import gather_tails
from .tokens import AttributedToken, Token
from .class_lines import PRIVATE_INHERITANCE
from ..lazy_import import on_first_call
from .stored_regex import stored_compile

if TYPE_CHECKING:
    from .array_dims import named_dims
else:
    on_first_call(globals(), ".array_dims", "named_dims")


def statements_of(items: list[Any]) -> list[N.Stmt]:
    """The statements among a rule's items (a composite variable counts as its structure
    and its variable)."""
    out = [x for x in items if isinstance(x, _Stmt)]
    for x in out:
        if isinstance(x, _StructDecl) and x.composite or type(x) is _DeclThenAssign:
            return [y for x in out for y in statement_parts(x)]
    return gather_tails(out)


class _DeclThenAssign(N.Stmt):
    """`(a, b) is int = P()` while its block is built: the two statements it stands for
    (statements_of puts them in its place; no later pass sees this node)."""

    decl: N.Decl
    assign: N.Assign | None


_Stmt, _StructDecl = N.Stmt, N.StructDecl  # (read once per item: no module lookups)


def statement_parts(s: N.Stmt) -> list[N.Stmt]:
    """The statements one parsed statement stands for: `(a, b) is int = P()` is a
    declaration and an assignment (also as a one-line IF's branch); a composite
    variable (`X is composed of ... END`, help ?1514061) is a structure of its own and
    the one variable of it, both named X."""
    if type(s) is _DeclThenAssign:
        return [s.decl] if s.assign is None else [s.decl, s.assign]
    if not (isinstance(s, N.StructDecl) and s.composite):
        return [s]
    return [s, N.Decl(s.line, s.col, [(s.name, s.line, s.col)], s.name, None)]


def _access_of(words: list[str]) -> str:
    return next((_ACCESS[w] for w in words if w in _ACCESS), "public")


def _struct(name: tuple[str, int, int], items: list[Any]) -> N.StructDecl:
    """A STRUCTURE or class: members in order; a section line (`PRIVÉ`, `PUBLIC GLOBAL`,
    `GLOBAL`) sets the access and the static-ness of the members that follow it."""
    bases = [x[1] for x in items if isinstance(x, tuple) and x[0] == "inherits"]
    node = N.StructDecl(name[1], name[2], name[0], [x for x in items if isinstance(x, N.Decl)],
                        bases[0] if bases else None)
    node.bases = list(dict.fromkeys(bases))  # (a class named twice is one ancestor)
    node.private_bases = [fold(x[1]) for x in items
                          if isinstance(x, tuple) and x[0] == "inherits" and x[2]]
    access, static = "public", False
    line: tuple[str, bool] | None = None  # modifiers written on the member line itself
    constant = False  # CONSTANT on the member line: read-only outside the class
    section_constant = False  # a `PUBLIC CONSTANT` section line: its members too
    for x in items:
        if isinstance(x, Token) and x.type in ("SECTION", "MEMBER_ACCESS"):
            words = x.value.split()
            found = _access_of(words), "global" in words or "globale" in words
            if x.type == "SECTION":
                access, static = found
                section_constant = "constant" in words or "constante" in words
            else:
                line = found
                constant = "constant" in words or "constante" in words
        elif isinstance(x, Token) and x.type in ("GLOBAL", "LOCAL"):
            static = x.type == "GLOBAL"
            if static:  # a GLOBAL line naming no access word: public global members
                access = "public"  # (`GLOBAL PRIVATE` names one: docs/semantics.md)
        elif isinstance(x, N.Decl):
            this_access, this_static = line or (access, static)
            line = None
            for member, _, _ in x.names:
                key = fold(member)
                if constant or section_constant:
                    node.read_only.append(key)
                if this_access != "public":
                    node.access[key] = this_access
                if this_static:
                    node.statics.append(key)
            constant = False
        elif isinstance(x, N.ConstDecl):
            node.consts.append(x)
        elif isinstance(x, Token) and x.type == "NOOP":
            words = x.value.split()  # `implements IBasket` (statements.py keeps the name)
            if len(words) == 2 and fold(words[0]) in _IMPLEMENTS:
                node.implements.append((words[1], x.line, x.column))
    return node


_PROTOTYPE_WORDS = frozenset({"procedure", "function", "fonction", "property", "propriete"})
_PROTOTYPE_NAME = stored_compile(r"[^\W\d]\w*")


def _accessor_line(interface: str, words: list[str], x: Token) -> WLSyntaxError:
    """`PROCEDURE Name() <get>` in an interface (the PROCEDURE token keeps the attribute
    before the name, lexer_forms.procedure_attribute): a class's accessor; an interface
    declares the property itself (?6010017 gives `<get>`/`<set>` to PROPERTY lines)."""
    attribute, shown = words[1], words[2]
    word = "PROPRIÉTÉ" if fold(attribute) in ("<lecture>", "<ecriture>") else "PROPERTY"
    return WLSyntaxError(f"the interface {interface} declares a property with a PROPERTY "
                         f"line, not a PROCEDURE one (?6010017): write {word} {shown} "
                         f"{attribute}", x.line, x.column)


def _interface(name: tuple[str, int, int], items: list[Any]) -> N.InterfaceDecl:
    """`IBasket is Interface`: its prototypes' names, read from the NOOP token each of
    its lines became (statements.py `_interface_lines`: the line's first two words)."""
    node = N.InterfaceDecl(name[1], name[2], name[0])
    for x in items:
        parts = x.value.split("\t") if isinstance(x, Token) and x.type == "NOOP" else [""]
        words = parts[0].split()
        if words and fold(words[0]) in _PROTOTYPE_WORDS \
                and (len(words) < 2 or not _PROTOTYPE_NAME.fullmatch(words[1])):
            if len(words) > 2 and words[1].startswith("<") and words[1].endswith(">"):
                raise _accessor_line(node.name, words, x)
            raise WLSyntaxError(f"a line of the interface {node.name} is a prototype: "
                                f"PROCEDURE Name(...) or PROPERTY Name", x.line, x.column)
        if len(words) in (2, 4):
            kind = fold(words[0])
            if kind in ("procedure", "function", "fonction"):
                node.methods.append(words[1])
                if len(words) == 4 and words[2].isdigit() \
                        and (words[3] == "*" or words[3].isdigit()):  # (statements.py)
                    most = None if words[3] == "*" else int(words[3])
                    node.arities[fold(words[1])] = (int(words[2]), most)
                if len(parts) == 3:  # (statements.py `_prototype_types`)
                    node.types[fold(words[1])] = (parts[1].split("\x1f"), parts[2])
            elif kind in ("property", "propriete"):
                node.properties.append(words[1])
    return node



_GLOBAL_WORDS = frozenset({"global", "globale"})


class DeclBuilder:
    """Rule callbacks of declarations; each returns an AST node (or a helper tuple)."""

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
        """The result type's text; a list of them, `(int, string)`, with none left out."""
        text = str(items[1])
        listed = split_result_types(text)
        if "" in listed:
            raise WLSyntaxError(f"a type is missing in the list of result types {text}",
                                items[1].line, items[1].column)
        for one in listed:  # `(int string)`: two types run together
            words = one.split()
            at = run_together(words)
            if at >= 0:
                raise WLSyntaxError(RUN_TOGETHER.format(words[at]), items[1].line,
                                    _word_column(text, items[1].column, one, words[at]))
        return text

    def decl(self, items: list[Any]) -> N.Decl:
        names = [x for x in items if type(x) is tuple]
        sized = next((x for x in items if type(x) is SizedType), None)
        tok = sized.head if sized is not None else next(
            t for t in items if isinstance(t, Token) and t.type == "TYPE")
        ttext = str(tok) if sized is None else sized.text
        init = items[-1] if isinstance(items[-1], N.Expr) else None
        ctor = next((x for x in items if isinstance(x, list)), None)
        by_ref = any(isinstance(t, Token) and t.type == "REFASSIGN" for t in items)
        node = N.Decl(names[0][1], names[0][2], names, ttext, init, ctor, by_ref)
        if type(tok) is AttributedToken:  # `x is int <immutable>`
            node.attributes = tok.attributes
        if sized is not None and init is None and ctor is None:
            node.dims, node.dims_text = sized.dims, sized.dims_text  # `array of (n+1) int`
        elif sized is not None:
            node.type_text = sized.dims_text  # `= [1, 2]` gives the size
        elif init is None and ctor is None and ttext[:1] in "aAtTuU":  # (array / tableau)
            named = named_dims(ttext, tok.line, tok.column)
            if named is not None:
                node.dims, node.dims_text = named
        return node

    member_decl = decl

    def let_stmt(self, items: list[Any]) -> N.Let:
        kw, name, _, value = items
        return N.Let(kw.line, kw.column, name[0], value)

    def let_ref(self, items: list[Any]) -> N.Decl:
        """`let x <- v` / `soit x <- v` (type inference by reference, ?3087003): x is
        declared a reference to what v designates, as `x is Variant <- v` does."""
        kw, name, _, value = items
        return N.Decl(kw.line, kw.column, [name], "variant", value, None, True)

    def let_multi(self, items: list[Any]) -> N.Let:
        kw = items[0]
        names = [x[0] for x in items if isinstance(x, tuple)]
        return N.Let(kw.line, kw.column, names[0], items[-1], names)

    def multi_decl(self, items: list[Any]) -> _DeclThenAssign:
        """`(nMin, nMax) is int = P()` / `(nMin, nMax) est un entier = P()`: each name
        declared of the type, then the values assigned as `(nMin, nMax) = P()` assigns
        them (docs/semantics.md "Multiple declaration"); without `=`, the declaration."""
        slots = [x for x in items if isinstance(x, N.Expr)]
        value = slots.pop() if isinstance(items[-1], N.Expr) else None
        bad = next((x for x in slots if type(x) is not N.Name), None)
        if bad is not None or len(slots) < sum(1 for t in items if t.__class__ is Token
                                               and t.type == "COMMA") + 1:
            at = items[0]
            while bad is not None and isinstance(getattr(bad, "obj", None), N.Expr):
                bad = getattr(bad, "obj")  # `(o.x, b)`: at the slot's start
            line, col = (at.line, at.column) if bad is None else (bad.line, bad.col)
            raise WLSyntaxError("a multiple declaration names variables only: "
                                "(a, b) is int = ...", line, col)
        tok = next(t for t in items if isinstance(t, Token) and t.type == "TYPE")
        names = [(x.name, x.line, x.col) for x in slots if isinstance(x, N.Name)]
        decl = N.Decl(names[0][1], names[0][2], names, str(tok), None)
        if value is None:
            return _DeclThenAssign(decl.line, decl.col, decl, None)
        targets: list[N.Expr] = [N.Name(ln, col, n) for n, ln, col in names]
        pair = N.TupleLit(items[0].line, items[0].column, targets)
        assign = N.Assign(pair.line, pair.col, pair, "=", value)
        return _DeclThenAssign(decl.line, decl.col, decl, assign)

    def let_decl(self, items: list[Any]) -> N.Decl:
        """`let x is int = 5` / `soit x est un entier = 5`, as the help writes it: the
        declaration itself (LET only says "declare")."""
        return items[1]

    def section_decl(self, items: list[Any]) -> N.Decl:
        """`LOCAL x is string = ""` / `LOCALE n est un entier` on one line: the section
        word before a single declaration (real code writes it so); the declaration itself,
        as `LOCAL` alone on its line is a no-op too. `GLOBAL x is int` / `GLOBALE x est un
        entier` likewise (main code's variables are the program's globals already); the
        other access words (PRIVATE...) only mean something in a class."""
        word = items[0]
        if word.type == "MEMBER_ACCESS" and set(str(word.value).split()) - _GLOBAL_WORDS:
            raise WLSyntaxError("an access word (PRIVATE, PROTECTED, PUBLIC...) before a "
                                "declaration is for a class's members: only in a class",
                                word.line, word.column)
        return items[1]

    def struct_decl(self, items: list[Any]) -> N.StructDecl | N.InterfaceDecl:
        phrase = fold(str(items[2].value)).rstrip()
        if phrase.split()[-1:] == ["interface"]:
            return _interface(items[0], items)
        node = _struct(items[0], items)
        node.abstract = phrase.endswith(("abstract", "abstraite"))
        node.composite = phrase.startswith("compos")
        node.is_class = bool({"class", "classe"} & set(phrase.replace(",", " ").split()))
        return node

    def struct_decl_kw(self, items: list[Any]) -> N.StructDecl:
        return _struct(items[1], items)

    def inherits(self, items: list[Any]) -> tuple[str, str, bool]:
        """("inherits", the parent, whether the inheritance is private: ?6010007)."""
        return ("inherits", items[1][0], items[0].value == PRIVATE_INHERITANCE)

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


def _word_column(text: str, column: int, one: str, word: str) -> int:
    """The column of `word` of the listed type `one` in a header's result list `text`
    (written on one line from `column`); `column` when it is not found."""
    at = text.find(one)
    inner = one.find(word) if at >= 0 else -1
    return column + at + inner if inner >= 0 else column
