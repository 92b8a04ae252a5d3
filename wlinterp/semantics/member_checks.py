"""Members as the semantic pass checks them: `obj.member` (a member of the declared class,
accessible from here, a constant, a global member written `Class.member`), members'
initial values, "did you mean" among a class's members (the type or class a member, a
procedure's result or a FOR EACH element is: member_types.py; undeclared names:
undeclared_names.py).
"""
from __future__ import annotations

__all__ = ["MemberChecks", "const_ok"]

from typing import TYPE_CHECKING, Any, Callable

from ..runtime.containers import not_member_text
from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .class_names import class_as_object
from .class_scoped_values import class_scoped_value
from .data_items import file_of, unknown_item
from .member_types import MemberTypes
from .resolved import Ref, class_constant_key
from .suggest import closest
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .properties import accessors, class_property, property_direction
    from .interfaces import interface_member
    from .library_properties import library_property
    from .value_properties import member_refusal, part_property_set, procedure_member, \
        value_property
    from .value_property_sets import simple_property_set, string_member_set
else:
    on_first_call(globals(), ".properties", "accessors", "class_property", "property_direction")
    on_first_call(globals(), ".interfaces", "interface_member")
    on_first_call(globals(), ".library_properties", "library_property")
    on_first_call(globals(), ".value_properties", "value_property", "part_property_set",
                  "procedure_member", "member_refusal")
    on_first_call(globals(), ".value_property_sets", "simple_property_set",
                  "string_member_set")


_STRUCT = Kind.STRUCT  # read on hot paths, as a module global (calls.py says why)
# Numbers and booleans have no members (`n.x` fails when it runs; `n.ToString()` is a call)
_NO_MEMBERS = frozenset({Kind.INT, Kind.REAL, Kind.BOOLEAN, Kind.CURRENCY, Kind.NUMERIC})


# properties the run answers for an object variable without asking its members
_ANSWERED_PROPS = frozenset({"type", "class", "classe", "exist", "existe"})


def const_ok(e: N.Expr, constants: dict[str, str],
             enum_values: dict[str, set[str]] | None = None,
             builtin: Callable[[str], bool] | None = None) -> bool:
    """May this expression give a CONSTANT its value (literals and simple arithmetic;
    with `enum_values`, an enumeration's value named through it: `Colour.Red`; with
    `builtin`, a built-in constant it says yes to: `SEP = TAB`)?"""
    if isinstance(e, (N.Num, N.Str, N.Const)):
        return True
    if isinstance(e, N.ClassMember) and e.cls:  # `CClass::C`: also the class's own C
        return fold(e.name) in constants or class_constant_key(fold(e.cls), fold(e.name)) \
            in constants
    if isinstance(e, (N.Name, N.ClassMember)):  # `C`, `::C`
        return fold(e.name) in constants or (
            builtin is not None and isinstance(e, N.Name) and builtin(fold(e.name)))
    if isinstance(e, N.Member) and isinstance(e.obj, N.Name) and enum_values:
        return fold(e.obj.name) in enum_values.get(fold(e.name), ())  # `Colour.Red`
    if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
        return const_ok(e.operand, constants, enum_values, builtin)
    if isinstance(e, N.BinOp) and e.op in "+-*/":
        return const_ok(e.left, constants, enum_values, builtin) and \
            const_ok(e.right, constants, enum_values, builtin)
    return False


class MemberChecks(MemberTypes):
    """Member reads and names (mixed into FunctionChecker)."""

    def designating(self, target: Any, value: N.Expr) -> N.Expr | None:
        """`value` when `target` (a symbol or None) is a Control variable and `value` a
        name: `c <- EDT_Name` makes c designate the control by name (compiler/assigns.py,
        special_assign), which runs without a window."""
        spec = getattr(target, "spec", None)
        if isinstance(value, N.Name) and spec is not None and spec.kind == Kind.OBJECT \
                and spec.name in ("control", "champ"):
            return value
        return None

    @staticmethod
    def is_self(e: N.Expr) -> bool:
        """`Objet` / `Object`: the object a method runs on."""
        return isinstance(e, N.Name) and fold(e.name) in ("objet", "object")

    def x_Member(self, e: N.Member) -> None:
        if self.sym.enum_types and type(e.obj) is N.Name:
            self.enumeration_value(e)  # `EColour.Purple`
        if not self.sym.structs and not self.sym.access:  # no class nor structure: only
            self.expr(e.obj)  # the rule on members of simple values applies
            if not (self.sym.interfaces and interface_member(self, e)):  # type: ignore[arg-type]
                self.simple_value_member(e)
            return
        if self.class_static(e):
            self.sym.refs.record(e, Ref.STATIC)  # Logger.niveau: Logger::niveau
            return
        if (self.sym.enum_values or self.sym.comb_values) and class_scoped_value(self, e):
            return  # `CTreuil.eRecepteur`: EnumTreuilType.eRecepteur
        if self.class_constant(e):  # CCmd.STATUS: CCmd::STATUS
            self.sym.refs.record_class_constant(e, self.sym.class_constant(
                self.class_named(e.obj) or "", fold(e.name)) or fold(e.name))
            return
        key = fold(e.name)
        named = key in self.sym.property_names()
        if named and (cls := self.class_named(e.obj)) is not None \
                and class_property(self, e, cls, e is self.assigning):
            return  # CX.Count: a (GLOBAL) property of the class
        if e is not self.assigning and self.class_method(e):  # `CInv.Count`: CInv::Count()
            if self.method_named(e):  # `CSorter.Compare`, needing arguments: a reference
                return
            from .calls import check_call  # (calls.py needs this module's checks)
            check_call(self, N.Call(e.line, e.col, e, []))  # type: ignore[arg-type]
            return
        if not class_as_object(self, e):  # type: ignore[arg-type]  # `CStock.m_n`
            self.expr(e.obj)
        cls = self.static_class(e.obj)
        if cls is None and self.sym.interfaces and interface_member(self, e):  # type: ignore[arg-type]
            return  # `s.m_side`, s of an interface: its properties only
        missing = False  # (asked once: has_member's answer does not change here)
        if cls is not None:
            missing = not self.sym.has_member(cls, fold(e.name))
            own = self.sym.class_constant(cls, fold(e.name)) if missing else None
            if own is not None:
                self.sym.refs.record_class_constant(e, own)  # obj.CONST: its class's
                return
        if cls is not None and self.is_self(e.obj) and not missing:
            self.self_in_global_method(e, cls)  # `:m_n` in a GLOBAL method: no object
        if not self.is_self(e.obj) or self.sym.access and cls is not None:
            why = self.sym.inaccessible(e.name, self.scope.method, cls)  # (`:m_x` in a
            if not why and cls is not None and not self.is_self(e.obj):
                why = self.sym.privately_inherited(cls, e.name, self.scope.method)
            if why:  # derived class, for an ancestor's PRIVATE member, too)
                self.rep.report("WL112", why, e, len(e.name), col=e.col + 1)
        if named and cls is not None and not missing \
                and (found := accessors(self, cls, key)) is not None:
            property_direction(self, e, cls, found, e is self.assigning, e.col + 1)
        if missing and cls is not None:
            info = self.sym.structs[cls]
            d = self.rep.report("WL109", not_member_text(e.name, info.name, info.is_class), e,
                                len(e.name), col=e.col + 1, hint=self.member_hint(cls, e.name))
            if not self.derived_has(cls, fold(e.name)):  # (else the object's class decides)
                self.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there
        elif cls is not None and self.only_method(cls, fold(e.name)):
            if e is self.assigning:
                self.method_as_member(e, cls)  # `inv.Total = 3`: no member to write
            else:  # `inv.Count`: called, as a procedure named alone is
                from .calls import check_call  # (calls.py needs this module's checks)
                check_call(self, N.Call(e.line, e.col, e, []))  # type: ignore[arg-type]
        elif cls is None:
            self.simple_value_member(e)

    def x_Prop(self, e: N.Prop) -> None:
        """`x..Name`: the property of a variable declared of a built-in simple type."""
        self.expr(e.obj)
        if e is not self.assigning:
            value_property(self, e)
        else:  # `du..Year = 2`, `p..Name = "x"`, `s..Foo = 1`
            part_property_set(self, e)
            procedure_member(self, e, True)
            simple_property_set(self, e)
        library_property(self, e, e is self.assigning)
        if self.sym.structs:
            self.object_property(e)

    def object_property(self, e: N.Prop) -> None:
        """WL109 for `o..Zut`, o an object or a structure: `..` reads or writes the member
        of that name (`o..x`), so the run stops at a name its class lacks, with the
        words of `o.Zut`; the check said nothing. Only on a variable: `..Type`, `..Class`
        and `..Exist` (a Null dynamic object's) are answered before, and a member's or an
        element's `..Exist`, `..Null`, `..Size` by their own rules (compiler/exprs.py
        x_Prop)."""
        key = fold(e.name)
        cls = None if type(e.obj) is not N.Name or key in _ANSWERED_PROPS \
            else self.static_class(e.obj)
        if cls is None or self.sym.has_member(cls, key) or self.derived_has(cls, key) \
                or self.sym.class_constant(cls, key) is not None:
            return
        info = self.sym.structs[cls]
        d = self.rep.report("WL109", not_member_text(e.name, info.name, info.is_class), e,
                            len(e.name), col=self.rep.find(e.line, e.col, e.name),
                            hint=self.member_hint(cls, e.name))
        self.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there

    def self_in_global_method(self, e: N.Member, cls: str) -> None:
        """WL111 for `:m_n` / `Object.m_n` in a GLOBAL method when m_n is neither a
        GLOBAL member nor a GLOBAL property: the method runs without an object (the run
        stopped there; the check said so only for the bare name `m_n`)."""
        from .lookup import in_global_method, member_in_global_method
        from .properties import global_property
        key = fold(e.name)
        here_global = in_global_method(self)  # type: ignore[arg-type]  # (a FunctionChecker)
        if here_global and not global_property(self, cls, key) \
                and not any(key in self.sym.structs[c].statics for c in self.sym.lineage(cls)) \
                and not self.only_method(cls, key):
            member_in_global_method(self, e)  # type: ignore[arg-type]

    def names_a_call(self, e: N.Expr) -> bool:
        """Is `e`, written without parentheses, a method the pass found called (`inv.Count`,
        `CClass::M`)? (On its own line it is then a statement, no dropped value.)"""
        if type(e) is N.ClassMember:
            return id(e) in self.sym.refs.stands_for
        return type(e) is N.Member and self.sym.refs.get(e) in (
            Ref.METHOD, Ref.DYNAMIC, Ref.STATIC_METHOD, Ref.ANCESTOR_METHOD)

    def derived_has(self, cls: str, key: str) -> bool:
        """Does a class derived from `cls` declare the member or method `key`? An object of
        it in a variable of `cls` (a dynamic one) then has it when the program runs."""
        return any(cls in self.sym.lineage(c) and (key in info.members or (c, key) in
                                                   self.sym.methods)
                   for c, info in self.sym.structs.items() if c != cls)

    def only_method(self, cls: str, key: str) -> bool:
        """Is `key` a method of `cls` (or of an ancestor) and neither a member nor a
        property? `obj.key` without parentheses then reads a member the object lacks."""
        lineage = self.sym.lineage(cls)
        return any((c, key) in self.sym.methods for c in lineage) and not any(
            key in self.sym.structs[c].members or (c, key + "#get") in self.sym.methods
            or (c, key + "#set") in self.sym.methods for c in lineage)

    def method_as_member(self, e: N.Member, cls: str) -> None:
        """`inv.Total = 3` assigning to the method Total (no member nor property): the
        run stops there with "'Total' is not a member of the class CInvoice"
        (runtime/containers.py `not_member_error`); WL109 says so beforehand."""
        shown = self.sym.structs[cls].name
        d = self.rep.report("WL109", f"'{e.name}' is not a member of the class {shown}", e,
                            len(e.name), col=e.col + 1,
                            hint=f"{e.name} is a method of {shown}, not a member nor a "
                                 f"property")
        self.rep.call_errors.setdefault((e.line, e.col), d)  # the run stops there

    def simple_value_member(self, e: N.Member) -> None:
        """`n.x` on a variable declared as a number or a boolean: it fails when it runs;
        `d.WeekDay` on a Date, a Time or a DateTime, read as `d..WeekDay`."""
        if e is not self.assigning:
            value_property(self, e)
        else:  # `s.Foo = 1` is `s..Foo = 1`, `d.Foo = 1` is `d..Foo = 1`
            string_member_set(self, e)
            part_property_set(self, e)
        procedure_member(self, e, e is self.assigning)
        library_property(self, e, e is self.assigning)
        if (file := file_of(self, e.obj)) is not None:  # `Customer.NoPe`
            unknown_item(self, file, e.name, e, e.col + 1)
        if type(e.obj) is N.Name:
            sym = self.scope.lookup(fold(e.obj.name))
            if sym is not None and sym.spec.kind in _NO_MEMBERS:  # the run's words
                self.rep.report("WL109", member_refusal(sym.spec.kind, e.name), e,
                                len(e.name), col=e.col + 1)

    def enumeration_value(self, e: N.Member) -> None:
        """WL109 (deferred) for `EColour.Purple`, an enumeration named by its type with a
        value it does not declare, and `Opts.Blue`, a combination's with an option it does
        not declare: the run stops there with the same words (compiler/classes.py); the
        check said nothing."""
        enum = fold(e.obj.name)  # type: ignore[attr-defined]
        spec = self.sym.enum_types.get(enum)
        if spec is None or spec.name != enum or self.scope.lookup(enum) is not None:
            return
        combination = spec.kind is Kind.INT
        values = self.sym.comb_values if combination else self.sym.enum_values
        if enum not in values.get(fold(e.name), ()):
            what = "an option of the combination" if combination else \
                "a value of the enumeration"
            self.rep.report("WL109", f"'{e.name}' is not {what} {e.obj.name}", e,  # type: ignore[attr-defined]
                            len(e.name), col=e.col + 1, deferred=True)

    def member_init_ok(self, e: N.Expr, constants: dict[str, str] | None = None) -> bool:
        """`m_n is int = -1`, `= Vrai`, `= Level.Log`: a value known before any code runs
        (`constants`: those the class sees, its own among them)."""
        if isinstance(e, N.Unary) and e.op in ("neg", "pos"):
            return self.member_init_ok(e.operand, constants)
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name):
            return fold(e.obj.name) in self.sym.enum_types
        return const_ok(e, self.sym.constants if constants is None else constants)

    def class_static(self, e: N.Member) -> bool:
        """`Class.member` for a global member of a class named so (no variable is): real
        code writes `Logger.affTrace` as often as `Logger::affTrace`."""
        if not isinstance(e.obj, N.Name):
            return False
        cls = fold(e.obj.name)
        return cls in self.sym.structs and self.scope.lookup(cls) is None and any(
            fold(e.name) in self.sym.structs[c].statics for c in self.sym.lineage(cls))

    def class_constant(self, e: N.Member) -> bool:
        """`Class.CONST` for a constant of a class named so (no variable is): real code
        writes `cCommande.STATUT_SERVIE` beside `cCommande::STATUT_SERVIE` (decided,
        docs/semantics.md), and a member of that name comes first."""
        cls = self.class_named(e.obj)
        key = fold(e.name)
        return cls is not None and not self.sym.has_member(cls, key) \
            and self.sym.class_constant(cls, key) is not None

    def class_named(self, e: N.Expr) -> str | None:
        """The class (folded) `e` names when it is a class's name and no variable's."""
        if not isinstance(e, N.Name):
            return None
        cls = fold(e.name)
        return cls if cls in self.sym.structs and self.scope.lookup(cls) is None else None

    def class_method(self, e: N.Member) -> bool:
        """`Class.M` without parentheses, M a method of that class (or an ancestor) and
        no variable being named so: `Class.M()`, called (docs/semantics.md "Routines
        named without parentheses"), as `obj.M` is; one that needs arguments is WL104 as
        that call (it was WL101 "'Class' is a class or structure, not a variable")."""
        if not isinstance(e.obj, N.Name):
            return False
        cls = fold(e.obj.name)
        return cls in self.sym.structs and self.scope.lookup(cls) is None \
            and self.only_method(cls, fold(e.name)) \
            and self.sym.find_method(cls, fold(e.name)) is not None

    def method_named(self, e: N.Member) -> bool:
        """`CSorter.Compare` (the class's name, a dot), the method needing arguments and
        named without them: a reference to it, as `CSorter::Compare` is (class_member_
        names.method_reference; `ArraySort(t, asFunction, CSorter.Compare)`), which the
        compiler reads in its place (Resolutions.stands_for). It was the call
        `CSorter.Compare()`, WL104."""
        owner = e.obj
        assert isinstance(owner, N.Name)  # (class_method's test)
        cls = fold(owner.name)
        method = self.sym.find_method(cls, fold(e.name))
        if method is None or not any(p.default is None and not p.star for p in method.params):
            return False
        named = N.ClassMember(e.line, e.col - 1, owner.name, e.name)
        self.sym.refs.stands_for[id(e)] = (e, named)
        from .class_member_names import method_reference  # (it needs this module's checks)
        method_reference(self, named, cls, method)
        return True

    def member_hint(self, cls: str, name: str) -> str | None:
        names = [m for c in self.sym.lineage(cls) for m in self.sym.structs[c].members.values()]
        names += [p.name for (c, _), p in self.sym.methods.items() if c in self.sym.lineage(cls)]
        best = closest(name, names)
        return f"did you mean {best}?" if best else None

    def static_class(self, e: N.Expr) -> str | None:
        """The structure or class an expression certainly is: a declared variable, a
        member of the current object (`m_o` in a method, `:m_o`) or of such an
        expression (`o.m_p`), from the member's declaration."""
        if isinstance(e, N.Name):
            sym = self.scope.lookup(fold(e.name))
            if sym is not None:
                if sym.spec.kind == _STRUCT and sym.spec.name in self.sym.structs:
                    return sym.spec.name
                return sym.element_of  # (a FOR EACH variable over an array of them)
            owner = self.scope.method_owner()
            if owner is not None and self.sym.refs.get(e) is Ref.MEMBER:
                return self.member_class(owner, fold(e.name))
            return None
        if type(e) is N.Member:
            cls = self.static_class(e.obj)
            if cls is not None:
                return self.member_class(cls, fold(e.name))
        if type(e) is N.Call and type(e.func) is N.Name:  # `GetPoint().z`
            return self.result_class(fold(e.func.name))
        if type(e) is N.Index:  # an element: `t[1].z` (an unknown member was not seen)
            from .place_types import place_type  # (place_types asks member_spec of this)
            place = place_type(self, e)  # type: ignore[arg-type]
            if place is not None and place[0].kind == _STRUCT \
                    and place[0].name in self.sym.structs:
                return place[0].name
        return None
