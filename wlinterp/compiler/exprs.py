"""Expression code generation: each WLanguage expression becomes one Python expression
and a static type tag ('int', 'real', 'str', 'bool', 'dec', 'array', 'struct', 'object'
or 'any'): literals, names, `new`, members, properties, elements, substrings; operators
on literals only are computed when compiling (folding.py), other operators are
operators.py's.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from ..syntax import nodes as N
from ..syntax.precedence import NotPrefix
from ..syntax.currency_literal import CurrencyLiteral, LongLiteral, NumericLiteral
from ..runtime.kinds import KindNames as Kind, NUMERIC, SType, STypeNames as S
from ..syntax.names import fold
from ..runtime.size_watch import SAMPLED
from ..semantics.symbols import run_time_dims
from .folding import NOT_CONSTANT, constant_value, literal
from .operators import OperatorMixin
from .member_inline import reads_member
from .declared_kinds import TIMED, DeclaredKindMixin
from .indirect_stores import own_variables

# operators (compared by class: `NOT x` is the one subclass, of Unary)
_FOLDABLE = frozenset({N.BinOp, N.Compare, N.Logic, N.Unary, NotPrefix})
# node class -> the method compiling it, found once (a look-up by name per expression
# was a tenth of code generation)
_X_METHODS: dict[type, Callable[[Any, Any], tuple[str, SType]]] = {}
_NUM, _STR = N.Num, N.Str
_TAGS = {bool: S.BOOL, int: S.INT, float: S.REAL, str: S.STR, Decimal: S.DEC,
         CurrencyLiteral: S.DEC, NumericLiteral: S.DEC,
         LongLiteral: S.DEC}


def short_piece(e: N.Expr, t: SType) -> bool:
    """Is the text of `e` short whatever happens (a number's digits, a short literal)?
    Appending it needs no length check of its own where sizes are sampled (size_watch)."""
    if not SAMPLED:
        return False
    return t in NUMERIC or isinstance(e, N.Str) and len(e.value) <= 256


# properties a combination's value answers by its declared type (`c..Name`, `c..Value`)
_COMBINATION_PROPS = frozenset({"name", "nom", "value", "valeur"})
# `File.Item..X` read from the analysis when the object is a data file's item (the folded
# names of hfsql/item_props.py ITEM_PROPERTIES; a test keeps the two the same)
ITEM_PROPERTIES = frozenset({"name", "nom", "caption", "libelle", "defaultvalue", "valeurdefaut",
                             "keytype", "typecle", "nullsupported", "nullsupporte",
                             "nullautorise", "size", "taille"})


class ExprMixin(OperatorMixin, DeclaredKindMixin):
    """Expression compilation; mixed into the function compiler (see functions.py);
    what the declarations tell of an expression is declared_kinds.py's."""

    folded: dict[int, object]  # constant_value's memo for the function being compiled

    def expr(self, e: N.Expr) -> tuple[str, SType]:
        """(python code, static type) of a WLanguage expression; operators on literals
        only are computed now (folding.py)."""
        t = type(e)
        if self.bound_leaves and id(e) in self.bound_leaves:  # a nullable operand, read
            return self.bound_leaves[id(e)]  # once by the operation's Null test
        if t is _NUM:  # (the commonest leaves, without a call: x_Num, x_Str)
            return repr(e.value), _TAGS[type(e.value)]  # type: ignore[attr-defined]
        if t is _STR:
            return repr(e.value), S.STR  # type: ignore[attr-defined]
        if t in _FOLDABLE:
            value = constant_value(e, self.folded)
            if value is not NOT_CONSTANT:
                value = literal(value)
                return repr(value), _TAGS[type(value)]
        method = _X_METHODS.get(t)
        if method is None:  # the first expression of its class: `x_<class name>`
            method = _X_METHODS[t] = getattr(type(self), "x_" + t.__name__)
        return method(self, e)

    def value(self, e: N.Expr) -> str:
        """Code for an expression used as a value (array literals become arrays)."""
        code, t = self.expr(e)
        if t == S.LIST:
            return f"literal_to_value({code}, _ctx)"
        return code

    # -- leaves -------------------------------------------------------------
    def x_Num(self, e: N.Num) -> tuple[str, SType]:
        return repr(e.value), _TAGS[type(e.value)]  # a Decimal: `0n1.5`, a long literal

    def x_DurationLit(self, e: N.DurationLit) -> tuple[str, SType]:
        return f"WLDuration({e.ms})", S.ANY

    def x_Str(self, e: N.Str) -> tuple[str, SType]:
        return repr(e.value), S.STR

    def x_Const(self, e: N.Const) -> tuple[str, SType]:
        if e.value is None:
            return "None", S.ANY
        return repr(e.value), S.BOOL

    def x_Lambda(self, e: N.Lambda) -> tuple[str, SType]:
        """A lambda: a reference to its procedure (an internal procedure of this body)."""
        proc = self.scope.lookup_proc(fold(e.name))
        assert proc is not None  # syntax/lambdas.py made it an internal procedure here
        return self.proc_ref_code(proc), S.ANY

    def x_Step(self, e: N.Step) -> tuple[str, SType]:
        """`x++` in an expression (WLanguage 27+): x changes, the value before (`x++`) or
        after (`++x`) is the expression's value."""
        target = e.target
        var = self.scope.lookup(fold(target.name)) if isinstance(target, N.Name) else None
        if var is not None:
            self.note_write(var)
            t = var.stype if var.stype in (S.INT, S.REAL) else S.ANY
            if var.stype in (S.ANY, S.STR) and not self.nullable(target):
                # numeric on text too, as the statement (s_IncDec): "7"++ is 8, not "71"
                new, nt = f"step_value({var.pyname}, {e.delta})", S.ANY
            else:
                new, nt = self._arith("+", var.pyname, t, str(e.delta), S.INT)
            store = f"({var.pyname} := {self.store_code(var, new, nt)})"
            if e.prefix:
                return store, t
            old = self.temp()
            return f"(({old} := {var.pyname}), {store})[0]", t
        if isinstance(target, N.Member):
            return (f"step_member({self.changed_value(target.obj)}, {fold(target.name)!r}, {e.delta}, "
                    f"{e.prefix}, _ctx)"), S.ANY
        if isinstance(target, N.Index):
            args = ", ".join(self.value(a) for a in target.args)
            return f"step_index({self.changed_value(target.obj)}, {e.delta}, {e.prefix}, {args})", S.ANY
        raise self.refused(e)

    def x_New(self, e: N.New) -> tuple[str, SType]:
        named = self.prog.refs.stands_for.get(id(e))
        if named is not None:  # `new sClass(args)`: the class its value names
            values = self.creation_values(e.args or [], e)
            return f"construct_named({self.value(named[1])}, _ctx{values})", S.ANY
        if e.dims is not None and run_time_dims(e, self.prog.constants) is not None:
            spec = self.prog.parse_spec(e.dims_text, e)  # `new array of n int`: sized now
            sizes = "".join(f"{self.value(d)}, " for d in e.dims)
            return f"sized_array({self.prog.spec_ref(spec)}, _ctx, ({sizes}))", S.ANY
        spec = self.prog.parse_spec(e.type_name, e)
        return self.construct_code(spec, e.args, e), S.ANY

    def construct_code(self, spec: Any, args: list[N.Expr] | None, node: Any) -> str:
        """A new value of `spec`; with arguments, the class constructor receives them."""
        ref = self.prog.spec_ref(spec)
        if not args:
            return f"default_value({ref}, _ctx)"
        return f"construct({ref}, _ctx{self.creation_values(args, node)})"

    def creation_values(self, args: list[N.Expr], node: Any) -> str:
        """`, a, b` for a constructor's arguments, those the creation `node` names in
        another order than its parameters' evaluated in the order written, as a call's
        are (semantics/named_args.py; it evaluated them in the parameters' order)."""
        args = self.prog.refs.args_of(node, args)  # (named arguments placed by the semantic pass)
        codes = [self.value(a) for a in args]
        order = self.prog.refs.order_of(node)
        if order:
            from .named_order import in_written_order
            codes = in_written_order(order, codes, self.temp)
        return "".join(", " + c for c in codes)

    def x_SwitchExpr(self, e: N.SwitchExpr) -> tuple[str, SType]:
        """Only the chosen value is evaluated."""
        idx = self.value(e.index)
        lambdas = ", ".join(f"lambda: {self.value(c)}" for c in e.choices)
        default = f"lambda: {self.value(e.default)}" if e.default is not None else "None"
        choices = f"({lambdas},)" if lambdas else "()"  # SWITCH(v): no value to choose
        return f"switch_value({idx}, {choices}, {default})", S.ANY

    def x_Subject(self, e: N.Subject) -> tuple[str, SType]:
        subject = getattr(self, "subject", None)
        if subject is None:
            raise self.refused(e)
        return subject

    def x_TupleLit(self, e: N.TupleLit) -> tuple[str, SType]:
        """`(a, b)`: its values in order; a Time goes marked with its kind, so that `(i,
        j) = (t, 5)` and `RESULT (t, 5)` store it as `i = t` does (dated_values.py)."""
        items = [self.expr(x) for x in e.items]
        return "(" + "".join((f"dated_variant({c}, 'time')" if t == S.TIME else
                              self._val(c, t)) + ", " for c, t in items) + ")", S.TUPLE

    def x_IsClass(self, e: N.IsClass) -> tuple[str, SType]:
        """`o is CBase`: a test of the object o holds (runtime class_values.is_class)."""
        v, _ = self.expr(e.value)
        return f"is_class({v}, {fold(e.cls)!r})", S.BOOL

    def x_Indirect(self, e: N.Indirect) -> tuple[str, SType]:
        return f"indirect_get(globals(), {self.value(e.name)}{self.indirect_place()})", S.ANY

    def indirect_place(self) -> str:
        """The arguments an indirection gets in a procedure or a method: its class
        (`{"::Member"}`), its object, whose members it reaches by name (`{"m_json.a",
        indVariable}`), and the function's own variables with their values: an
        indirection naming one reaches it, before the object's member it hides and the
        main code's variable (indirect_stores.py)."""
        here = self.current_class()
        names = {key: var.pyname for key, var in own_variables(self).items()}
        this = self.scope.lookup("objet") if here else None
        if this is None and not names:
            return f", {fold(here)!r}" if here else ""
        owner = repr(fold(here)) if here else "None"
        return f", {owner}, {this.pyname if this is not None else None}, {names!r}, locals()"

    def x_ArrayLit(self, e: N.ArrayLit) -> tuple[str, SType]:
        """`[a, b]`: its values; a numeric's goes marked (an array of Variant keeps it one
        for TypeVar, stored_numbers.py NumericHeld)."""
        items = ", ".join(f"numeric_variant({c})" if self.held_as(x) == "wlnumeric" else c
                          for x, (c, _) in zip(e.items, map(self.expr, e.items)))
        return f"[{items}]", S.LIST

    # -- access ------------------------------------------------------------
    def x_Member(self, e: N.Member) -> tuple[str, SType]:
        if (wrong := self.prog.call_error(e)) is not None:  # o.m_x: no such member
            return self.prog.call_fail(wrong), S.ANY
        if self.is_part_of_time(e) or self.declared_kind(e.obj) in TIMED:
            # d.Year, or d.JourSemaine: an error naming the Date, as d..JourSemaine
            return self.x_Prop(N.Prop(e.line, e.col, e.obj, e.name))
        code = self.member_code(e)
        if code in self.typed_reads:  # an int member of a held object (typed_members.py)
            return code, S.INT
        return code, self.timed_type(e) if reads_member(code) else S.ANY

    def x_Prop(self, e: N.Prop) -> tuple[str, SType]:
        if (wrong := self.prog.call_error(e)) is not None:  # d..JourSemaine on a Date:
            return self.prog.call_fail(wrong), S.ANY  # where and as wl check says
        key = fold(e.name)
        kind = self.declared_kind(e.obj)
        if key == "type" and (held := self.held_as(e.obj)) is not None \
                and (c := self.prog.registry.constants.get(held)) is not None:
            return repr(c.value), S.INT  # n..Type: its declared kind, not what it looks like
        if kind in (Kind.DATE, Kind.TIME, Kind.DATETIME):  # dt..Hour: by the declared type
            return f"part_of({self.value(e.obj)}, {key!r}, {kind!r})", S.ANY
        if key == "null" and isinstance(e.obj, N.Member):  # Customer.Email..Null
            return f"item_null({self.value(e.obj.obj)}, {fold(e.obj.name)!r})", S.BOOL
        if key == "dimension" and isinstance(e.obj, N.Member):  # Contact.Phone..Dimension
            return f"item_dimension({self.value(e.obj.obj)}, {fold(e.obj.name)!r})", S.ANY
        if key in ("exist", "existe") and isinstance(e.obj, N.Index):
            obj = self.value(e.obj.obj)
            args = ", ".join(self.value(a) for a in e.obj.args)
            return f"exists({obj}, {args})", S.BOOL
        if key in ("exist", "existe") and isinstance(e.obj, N.Member) \
                and (self.declared_kind(e.obj.obj) == Kind.VARIANT  # v.timeout..Exist
                     or self.json_rooted(e.obj.obj)):  # j.server.port..Exist
            return (f"member_exists({self.value(e.obj.obj)}, {fold(e.obj.name)!r}, "
                    f"{e.obj.name!r})"), S.BOOL
        comb = self.combination_of(e.obj) if key in _COMBINATION_PROPS else None
        if comb is not None:  # c..Name: the names of the options set in c; c..Value
            helper = "combination_names" if key in ("name", "nom") else "combination_value"
            return (f"{helper}({self.value(e.obj)}, "
                    f"{self.prog.constant_code(comb)[0]})"), S.STR if key in ("name", "nom") \
                else S.ANY
        if key in ITEM_PROPERTIES and isinstance(e.obj, N.Member):  # Customer.Name..Size,
            return (f"item_property({self.value(e.obj.obj)}, {fold(e.obj.name)!r}, "  # ..Caption
                    f"lambda: {self.value(e.obj)}, {key!r})"), S.ANY
        obj = self.value(e.obj)
        if key in ("class", "classe"):  # o..Class: the class's name (?2514004)
            return f"class_of({obj})", S.STR
        typevar = self.prog.registry.functions.get("typevar") if key == "type" else None
        if typevar is not None and isinstance(e.obj, N.Member) \
                and isinstance(e.obj.obj, N.Name):  # Customer.Age..Type: hItemInt
            return (f"item_type({self.value(e.obj.obj)}, {fold(e.obj.name)!r}, "
                    f"lambda: {obj}, _rt, {self.prog.builtin_ref('typevar', typevar)})"), S.ANY
        if typevar is not None:  # v..Type: the wl... constant of what v holds, as TypeVar(v)
            return f"value_type({obj}, _rt, {self.prog.builtin_ref('typevar', typevar)})", S.ANY
        return f"get_prop({obj}, {key!r})", S.INT if key == "occurrence" else S.ANY

    def x_Index(self, e: N.Index) -> tuple[str, SType]:
        if (element := self.element_call(e)) is not None:  # Contact.Phone[2]
            return f"{element[0]}({element[1]}, {e.obj.name!r})", S.ANY  # type: ignore[attr-defined]
        obj, t = self.expr(e.obj)
        obj = self._val(obj, t)  # ["a", "b"][i]: the literal is an array
        args = ", ".join(self.value(a) for a in e.args)
        if t == S.ARRAY:
            return f"{obj}.get({args})", self.timed_type(e)
        return f"get_index({obj}, {args})", self.timed_type(e)

    def x_Substr(self, e: N.Substr) -> tuple[str, SType]:
        s = self.value(e.obj)
        args = [self.value(x) for x in (e.a, e.b) if x is not None]
        if e.sliced:
            return f"w_slice({s}, {e.kind!r}, {', '.join(args)})", S.ANY
        return f"substr_{e.kind}({s}, {', '.join(args)})", S.STR

    def json_rooted(self, e: N.Expr) -> bool:
        """Is `e` a member (at any depth) of a variable declared JSON? `j.server.port..Exist`
        asks the node holding `port` (a number has no ..Exist: it stopped the run)."""
        while isinstance(e, (N.Member, N.Index)):
            e = e.obj
        var = self.scope.lookup(fold(e.name)) if isinstance(e, N.Name) else None
        return var is not None and var.spec.kind == Kind.OBJECT \
            and fold(var.spec.name) == "json"

    def x_AddressOf(self, e: N.AddressOf) -> tuple[str, SType]:
        """`&x`: an opaque handle, stable per variable (runtime/operators.address_of); a
        member's or an element's is its object's or array's own (`:id = &:id` gives each
        object its number), so the owner and the member's name or the subscripts go too."""
        target = e.target
        key = f"{getattr(self.proc, 'pyname', '')}:{self.describe_target(target)}"
        part = ""
        if type(target) is N.Member:
            part = f", {self.value(target.obj)}, {fold(target.name)!r}"
        elif type(target) is N.Index:
            subscripts = "".join(f"{self.value(a)}, " for a in target.args)
            part = f", {self.value(target.obj)}, ({subscripts})"
        return f"address_of(_ctx, {key!r}, {self.value(target)}{part})", S.INT

    def describe_target(self, target: N.Expr) -> str:
        if isinstance(target, N.Name):
            var = self.scope.lookup(fold(target.name))
            return var.pyname if var is not None else fold(target.name)
        if isinstance(target, (N.Member, N.Prop)):
            return self.describe_target(target.obj) + "." + fold(target.name)
        return type(target).__name__

    def x_DefaultArg(self, e: N.DefaultArg) -> tuple[str, SType]:
        return "_M", S.ANY

    def x_NamedArg(self, e: N.NamedArg) -> tuple[str, SType]:
        """One the semantic pass did not put at its place: it refused the call."""
        raise self.refused(e)

    def x_Automation(self, e: N.Automation) -> tuple[str, SType]:
        return f"({self.value(e.obj)}, automation_fail({e.name!r}))[1]", S.ANY

    def x_Call(self, e: N.Call) -> tuple[str, SType]:
        return self.compile_call(e)

    def describe(self, e: Any) -> str:
        return type(e).__name__
