"""A value stored into a variable named like a secret is remembered as one
(secret_values.note_secret), so `wl test`'s report, `wl run`'s errors and a WL_DEBUG=1
traceback star it wherever it goes next: `sPwd = fLoadText(...)`, `sMotDePasse = Saisie`,
`gsPassword = x`, and so is one stored into a member named so (`:m_sPassword = x`,
`SELF.m_sMotDePasse = x`, `st.sPwd = x`). The name rule is the checker's and the error
excerpt's (secret_names.is_secret_name). A value the program's text holds (`sPwd = "hunter2"`) is
found in the source already (secret_values._source_secrets): no code is added for it.
The elements of an array or associative array variable named so are secrets too: after a
call statement that is given the array (`ArrayAdd(arrPasswords, x)`, `Ajoute(tabMdp, x)`,
`arrPasswords.Add(x)`) and after a store into one of its elements (`arrPasswords[2] = x`,
`aaTokens["api"] = x`), its elements are remembered (secret_values.note_secret_items);
so are those of a member named so (`Add(o.Mots_De_Passe, x)`, `st.arrPasswords.Add(x)`).
A value stored under a key named like a secret (`aa["password"] = x`, `aa["MotDePasse"]
= x`) is remembered too, whatever the array's name, and so is one stored under a key a
variable holds (`aa[sKey] = x`) or an expression computes (`aa[Lower(s)] = x`) when its
value is named so as the store runs; so is a
member named so of a JSON variable (`j.password = x`, `j.auth.MotDePasse = x`).
"""
from __future__ import annotations

__all__ = ["SecretStoreMixin"]

from typing import TYPE_CHECKING

from ..runtime.kinds import Kind
from ..semantics.resolved import Ref
from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..secret_names import is_secret_name
else:
    on_first_call(globals(), "..secret_names", "is_secret_name")

_LITERALS = (N.Str, N.Num)
_ARRAYS = (Kind.ARRAY, Kind.ASSOC)


class SecretStoreMixin(CompilerBase):
    """Notes the value a secret-named variable receives (mixed into the statement
    compiler before the assignments, whose s_Assign it wraps)."""

    def s_Assign(self, s: N.Assign) -> None:
        if type(s.value) not in _LITERALS and type(s.target) is N.Index \
                and self.expression_key(s.target):
            self.keyed_store(s, s.target)
            return
        super().s_Assign(s)  # type: ignore[misc]  # (AssignMixin.s: after this in the MRO)
        if type(s.value) in _LITERALS:
            return
        if type(s.target) is N.Index:
            if self.secret_array(s.target.obj):
                self.out.emit(f"note_secret_items({self.value(s.target.obj)})")
            elif self.secret_key(s.target):  # aa["password"] = x: that element
                self.out.emit(f"note_secret({self.value(s.target)})")
            elif self.computed_key(s.target):  # aa[sKey] = x, sKey "MotDePasse"
                self.out.emit(f"if secret_key({self.value(s.target.args[0])}):")
                self.out.indent()
                self.out.emit(f"note_secret({self.value(s.target)})")
                self.out.dedent()
            return
        # `(sUser, sPassword) = Login()` stores into each name (it was not remembered)
        targets = s.target.items if type(s.target) is N.TupleLit else [s.target]
        for target in targets:
            if not isinstance(target, (N.Name, N.Member)) or not is_secret_name(target.name):
                continue
            if isinstance(target, N.Name) and self.prog.refs.of(target) is Ref.VAR \
                    or self.plain_member(target):
                self.note_stored(target)

    def note_secret_arrays(self, e: N.Call) -> None:
        """After a call statement given an array named like a secret (as an argument, or
        as the object of a method), the elements it may have added are remembered
        (StmtMixin.s_ExprStmt calls this)."""
        given = [*e.args, e.func.obj] if type(e.func) is N.Member else e.args
        for place in given:
            if self.secret_array(place):
                self.out.emit(f"note_secret_items({self.value(place)})")

    def secret_array(self, e: N.Expr | None) -> bool:
        """Is `e` a variable or a member named like a secret (`arrPasswords`,
        `o.Mots_De_Passe`, `st.arrPasswords`, `:m_tabMdp`) and declared an array or an
        associative array (reading it back runs nothing)?"""
        if type(e) is N.Name:
            if not is_secret_name(e.name) or self.prog.refs.of(e) is not Ref.VAR \
                    and not self.plain_member(e):
                return False
        elif type(e) is not N.Member or not is_secret_name(e.name) \
                or not self.plain_member(e):
            return False
        spec = self.static_spec(e)
        return spec is not None and spec.kind in _ARRAYS

    def secret_key(self, target: N.Index) -> bool:
        """Is `target` an element of a variable or member (reading it back runs nothing)
        under one key, a text literal named like a secret (`aa["password"]`,
        `st.aa["MotDePasse"]`)?"""
        if len(target.args) != 1 or type(target.args[0]) is not N.Str \
                or not is_secret_name(target.args[0].value):
            return False
        place = target.obj
        return type(place) is N.Name and self.prog.refs.of(place) is Ref.VAR \
            or isinstance(place, (N.Name, N.Member)) and self.plain_member(place)

    def computed_key(self, target: N.Index, own_key: bool = True) -> bool:
        """Is `target` an element of an associative array variable or member under one
        key held by a variable (`aa[sKey]`: reading both back runs nothing), whose value
        is judged when the program runs (secret_values.secret_key)? `own_key` False: the
        key is not looked at (expression_key judged it)."""
        if own_key and (len(target.args) != 1 or type(target.args[0]) is not N.Name
                        or self.prog.refs.of(target.args[0]) is not Ref.VAR):
            return False
        place = target.obj
        if not (type(place) is N.Name and self.prog.refs.of(place) is Ref.VAR
                or isinstance(place, (N.Name, N.Member)) and self.plain_member(place)):
            return False
        spec = self.static_spec(place)
        return spec is not None and spec.kind == Kind.ASSOC

    def expression_key(self, target: N.Index) -> bool:
        """Is `target` an element of an associative array variable or member (reading it
        back runs nothing) under one key computed by an expression (`aa[Lower(s)]`,
        `aa["pass" + s]`), not a variable's or a literal's (computed_key, secret_key)?"""
        if len(target.args) != 1 or type(target.args[0]) in (N.Name, N.Str, N.Num) \
                or self.secret_array(target.obj):
            return False
        return self.computed_key(target, own_key=False)

    def keyed_store(self, s: N.Assign, target: N.Index) -> None:
        """`aa[Lower(s)] = x`: the store, its key computed once into a temporary (the
        expression may call anything: it is not computed again), then the element read
        back under that key when the key's value is named like a secret."""
        key = target.args[0]
        code, kind = self.expr(key)
        temp = self.temp()
        self.bound_leaves[id(key)] = (f"({temp} := {code})", kind)
        try:
            super().s_Assign(s)  # type: ignore[misc]
        finally:
            del self.bound_leaves[id(key)]
        self.out.emit(f"if secret_key({temp}):")
        self.out.indent()
        self.out.emit(f"note_secret(get_index({self.value(target.obj)}, {temp}))")
        self.out.dedent()

    def plain_member(self, target: N.Name | N.Member) -> bool:
        """Is `target` a member that reading back runs nothing: `:m_sPwd`, `m_sPwd` in a
        method, `SELF.m_sPwd`, `st.sPwd` (the object a variable, no call nor subscript to
        compute again), declared in the class or structure (an ancestor's too), and no
        class has a property of that name (`<get>` would run)?"""
        if isinstance(target, N.Name):
            if self.prog.refs.of(target) is not Ref.MEMBER:
                return False
        elif self.json_member(target):  # j.password, j.auth.MotDePasse: a JSON's
            return True  # members are data, read back without running anything
        elif type(target.obj) is not N.Name:
            return False
        return fold(target.name) not in self.prog.properties \
            and self.static_spec(target) is not None

    def json_member(self, target: N.Member) -> bool:
        """Is `target` a member (at any depth, through members only) of a variable
        declared JSON?"""
        place: N.Expr = target
        while type(place) is N.Member:
            place = place.obj
        # (`CAuth.ExposeToken`, a GLOBAL property read on its class: the semantic pass
        # resolves the member, never the class's name under it, so `get`, not `of`)
        if type(place) is not N.Name or self.prog.refs.get(place) is not Ref.VAR:
            return False
        spec = self.static_spec(place)
        return spec is not None and spec.kind == Kind.OBJECT and fold(spec.name) == "json"

    def note_secret_decl(self, s: N.Decl) -> None:
        """`sPwd is string = fLoadText(...)`: the last name is the one initialised
        (?1514069), a secret when it is named like one."""
        if s.init is None or type(s.init) in _LITERALS:
            return
        name, line, col = s.names[-1]
        if is_secret_name(name) and self.scope.lookup(fold(name)) is not None:
            self.note_stored(self.var_node(line, col, name))

    def note_stored(self, target: N.Name | N.Member) -> None:
        """The variable's value, read back after the store (a variable's read has no
        effect of its own), remembered as a secret."""
        self.out.emit(f"note_secret({self.value(target)})")
