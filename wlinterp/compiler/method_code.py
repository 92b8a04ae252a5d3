"""Calls of methods, as the function compiler generates them: `o.M(args)` through the
run-time dispatch, or straight to the syntax the semantic pass chose; `Ancestor.M(...)`,
`CBase::M(...)` and ExecuteAncestor in a method; the values a method gives back for the
parameters it assigns, stored into what was passed (runtime/method_args.py); a data
file's methods taking an item.
"""
from __future__ import annotations

__all__ = ["MethodCallMixin"]

from typing import TYPE_CHECKING

from ..runtime.objects import CONSTRUCTORS as _CTORS
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax import nodes as N
from ..syntax.names import fold
from .base import CompilerBase, RefNames as Ref
from .builtin_calls import DATED_KINDS, DATED_MARKS, takes_item
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .named_order import in_written_order
else:
    on_first_call(globals(), ".named_order", "in_written_order")


class MethodCallMixin(CompilerBase):
    """Method calls (mixed into the function compiler)."""

    if TYPE_CHECKING:  # the other mixins' and the function compiler's own
        def data_arg(self, arg: N.Expr, item: bool = False) -> str: ...
        def spread_arg(self, arg: N.Expr, shown: str, fixed: int, required: int,
                       most: int | None) -> str: ...
        def spread_places(self, args: list[N.Expr]) -> list[tuple[int, N.Expr]]: ...
        def writeback(self, arg: N.Expr, code: str, how: str = "") -> str | None: ...
        def builtin_call(self, node: N.Call, key: str, args: list[N.Expr],
                         shown: str) -> tuple[str, SType]: ...

    def execute_ancestor(self, node: N.Call, shown: str) -> str:
        """`ExecuteAncestor()` / `ExécuteAncêtre()` in a method: the ancestor's version of
        this method on the current object, with the arguments given, else with this
        method's own parameters. Elsewhere it runs a window template's code: it fails."""
        mscope = self.scope.method_owner()
        owner = mscope.owner if mscope is not None else None
        info = self.prog.methods.get((owner, fold(mscope.name))) if mscope and owner else None
        if info is None:
            from ..semantics.method_calls import template_ancestor_text
            return self.prog.fail_code(template_ancestor_text(shown) + ".", node)
        args = node.args or [self.var_node(node.line, node.col, p.name)
                             for p in info.node.params if not p.star]
        func = N.Member(node.line, node.col, N.Name(node.line, node.col, "Ancestor"),
                        info.node.name)
        return self.ancestor_call(N.Call(node.line, node.col, func, args), func)

    def ancestor_call(self, node: N.Call, func: N.Member) -> str:
        """`Ancêtre.M(args)` / `Ancestor:M(args)` in a method: the parent class's M, run on
        the current object (not the redefinition); `CBase::M(args)` / `CBase.M(args)`
        (the semantic pass saw CBase in the method's lineage): CBase's M so."""
        named = fold(func.obj.name) if isinstance(func.obj, N.Name) else ""
        if named in self.prog.structs:
            cls = named
        else:
            sdef = self.prog.structs[self.current_class() or ""]
            if sdef.base is None:  # an error when it runs
                return self.prog.fail_code(f"The class {sdef.name} has no ancestor.", node)
            cls = fold(sdef.base.name)
            if sdef.others:  # several parents: the nearest ancestor that has the method
                cls = next((c for c in sdef.lineage()[1:]
                            if (c, fold(func.name)) in self.prog.methods), cls)
        key = fold(func.name)
        mscope = self.scope.method_owner()
        if key in _CTORS and mscope is not None and fold(mscope.name) in _CTORS \
                and (owner := self.current_class()) is not None:
            # `Ancêtre:Constructeur(args)` / `CBase::Constructor(args)` in a constructor:
            # `Constructeur CBase(args)`, so the ancestor's is not also run without them
            self.prog.structs[fold(owner)].explicit_ctor = True
            return self.method_call("call_class_method", f"a__objet, {cls!r}, {_CTORS!r}",
                                    node.args, key, func.name)
        return self.method_call("call_class_method", f"a__objet, {cls!r}, "
                                f"({key!r},)", node.args, key, func.name)

    def read_into_method(self, node: N.Call, func: N.Member,
                         key: str) -> tuple[str, SType] | None:
        """`f.Read(n, &buf)` / `f.Lit(n, &buf)` on a place declared DiskFile: compiled as
        `fRead(f, n, &buf)` is (builtin_calls.py read_into), the bytes into buf and their
        count returned. Dispatched when run, the address reached fRead as a third value,
        refused ("its third parameter is the address..."). None for any other call."""
        if key not in ("read", "lit") or len(node.args) != 2 \
                or type(node.args[1]) is not N.AddressOf:
            return None
        spec = self.static_spec(func.obj)
        entry = self.prog.registry.types.get(fold(spec.name)) \
            if spec is not None and spec.kind == Kind.OBJECT and spec.name else None
        if getattr(getattr(entry, "value", None), "wl_method_kind", None) != "diskfile":
            return None
        return self.builtin_call(node, "fread", [func.obj, *node.args], func.name)

    def chosen_method(self, node: N.Call, obj: N.Expr | None, key: str) -> str | None:
        """`o.M(args)` (obj None: `M(args)` in a method, on the object itself) where M
        has several syntaxes and the semantic pass chose one: a direct call of it
        (compiler/overloads.py `static_method`), when `o` is declared of a class (a
        variable or a member, not dynamic; `receiver_class`) and M gives back no
        parameter. Such a variable may still have been given Null (`o = Null`): the
        call then fails as `o.M()` on Null does (`live_object`), naming o, where the
        method ran with no object."""
        if key in self.prog.methods_back or not self.prog.refs.syntaxes \
                or any(isinstance(a, (N.DefaultArg, N.Substr)) for a in node.args) \
                or node.order:  # (named arguments in another order: method_call's)
            return None  # (a Substr may be MyParameters[2 TO]: as many as it holds)
        if obj is None:
            cls, code = fold(self.current_class() or ""), "a__objet"
        elif (found := self.receiver_class(obj)) is not None:
            cls, code = found, f"live_object({self.object_value(obj, key)}, {key!r})"
        else:
            return None
        pyname = self.prog.static_method(node, cls, key)
        if pyname is None:
            return None
        return f"{pyname}({code}{''.join(', ' + self.kept_kind(a) for a in node.args)})"

    def method_call(self, helper: str, head: str, args: list[N.Expr], key: str,
                    shown: str, first_item: bool | None = False, order: tuple[int, ...] = ()
                    ) -> str:
        """A method call; when a method of that name assigns its parameters and a variable,
        member or element is passed, the values it gives back are stored into them
        (runtime/method_args.py), as for a procedure's by-reference parameters.
        `first_item`: a data file's method whose first parameter is an item (None: an H*
        method whose first argument is a data name before a built-in's); `order`:
        the call's Call.order (named arguments evaluated in the order written)."""
        each = [self.data_arg(a, first_item is True) if first_item is not False and not k else
                self.spread_arg(a, shown, len(args) - 1, 0, None) or self.kept_kind(a)
                for k, a in enumerate(args)]  # (counted when run)
        if order:
            each = in_written_order(order, each, self.temp)
        codes = "".join(", " + c for c in each)
        places: list[tuple[int, N.Expr]] = list(enumerate(args))
        if key in self.prog.methods_back and args and type(args[-1]) is N.Substr:
            places = places[:-1] + self.spread_places(args)  # M(MyParameters[2 TO])
        if key not in self.prog.methods_back or not any(
                isinstance(a, (N.Name, N.Member, N.Index)) for _, a in places):
            return f"{helper}(_rt, {head}{codes})"
        t = self.temp()
        parts = [f"({t} := {helper}_back(_rt, {head}{codes}))"]
        for k, a in places:
            wb = self.writeback(a, f"{t}[1][{k}]", f"passed by reference to the method "
                                f"{shown}, which assigns its parameter")
            if wb:
                parts.append(f"({wb} if {k} in {t}[1] else None)")
        parts.append(f"{t}[0]")
        return "(" + ", ".join(parts) + ")[-1]"

    def kept_kind(self, arg: N.Expr, compiled: tuple[str, SType] | None = None) -> str:
        """Code of a method's argument: a variable, member or element declared Date, Time
        or DateTime travels marked with its kind (runtime/dated_values.py), so that a
        parameter declared DateTime given a Time holds that time today, as a procedure's.
        `compiled`: the argument's code and static type, when already compiled."""
        code, t = compiled if compiled is not None else self.expr(arg)
        code = self._val(code, t)
        # declared so, or computed so (`tv.Add(d + 1)`, `tv.Add(Today())`)
        kind = self.declared_kind(arg) or DATED_MARKS.get(t, "")
        if kind == "string" or self.held_as(arg) == "wlnumeric":  # a Buffer, a numeric
            # stay one (kept_buffer)
            return self.kept_buffer(arg, code, S.STR)
        return f"dated_variant({code}, {kind!r})" if kind in DATED_KINDS else \
            self.kept_options(arg, code)  # (a combination's value: its names as text)

    def receiver(self, obj: N.Expr, name: str) -> str:
        """Code of the value a method `name` is called on: a Date, Time or DateTime
        declared so travels marked (kept_kind), so that `d.Valid()` is DateValid whatever
        its digits (`"20241345"` read as a time was TimeValid: True)."""
        if self.declared_kind(obj) in DATED_KINDS:
            return self.kept_kind(obj)
        return self.object_value(obj, name)

    def item_method(self, obj: N.Expr, key: str) -> bool | None:
        """`Customer.ReadSeekFirst(Name, x)`: a method of a bare data file name that is
        the H* function taking an item second (its ItemArg parameter, registry.py): True;
        another H* function (`Customer.ChangeKey(Email)`, `Customer.SetDuplicates(Email,
        False)`): None, its first argument a data name of the analysis before a built-in
        of that name, as in the function's form (builtin_calls.py data_arg; it was the
        Email type, "cannot be converted to a string"); else False."""
        if not (isinstance(obj, N.Name) and fold(obj.name) in self.prog.data_names
                and self.prog.refs.of(obj) is not Ref.VAR):
            return False
        b = self.prog.registry.functions.get("h" + key)
        return b is not None and (takes_item(b, 1) or None)
