"""The statements that store a value (mixed into FunctionChecker, checker.py): a
declaration with its dimensions, constructor arguments and initial value, an assignment
(`=`, `<-`, `<=`, `+=`...), LET, `++`/`--`. Each reads its value, then asks the checks of
what may be stored where (assignments.py, object_stores.py, datetime_stores.py...).
checker.py keeps the walk of a body, its blocks and expressions, and the other statements.
"""
from __future__ import annotations

__all__ = ["LOSSY_KINDS", "StoreStatements"]

from typing import TYPE_CHECKING, cast

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .checker_state import CheckerState
from .object_stores import STORE_KINDS, check_member_reference, check_member_store, \
    check_object_store, check_reference
from .operands import check_compound, check_dated_step, check_increment
from .passed_procedures import (constructor_proc_ranks, procedure_init_ref,
                                procedure_property_ref, procedure_ref)
from .read_only import check_homonymous_copy
from .symbols import run_time_dims
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .checker import FunctionChecker
    from .scopes import Symbol
    from .creation import check_creation, kept_for_its_life
    from .assignments import check_lossy, check_place_lossy, check_target, check_text_added
    from .combination_checks import check_combination_step
    from .interfaces import check_element_value
    from .variable_attributes import check_variable_attributes
    from .several_values import check_one_value_for_several
    from .xpath_stores import check_xpath_store
    from .datetime_stores import check_datetime_plus
    from .duration_stores import check_stored_back
else:
    on_first_call(globals(), ".creation", "check_creation", "kept_for_its_life")
    on_first_call(globals(), ".assignments", "check_lossy", "check_place_lossy", "check_target",
                  "check_text_added")
    on_first_call(globals(), ".combination_checks", "check_combination_step")
    on_first_call(globals(), ".interfaces", "check_element_value")
    on_first_call(globals(), ".variable_attributes", "check_variable_attributes")
    on_first_call(globals(), ".several_values", "check_one_value_for_several")
    on_first_call(globals(), ".xpath_stores", "check_xpath_store")
    on_first_call(globals(), ".datetime_stores", "check_datetime_plus")
    on_first_call(globals(), ".duration_stores", "check_stored_back")

_STRUCT = Kind.STRUCT
# the kinds of variable check_lossy may have something to say about (integers,
# enumerations, Durations and numbers given DateTimeDifference's text, dates and times
# given a text naming none): the others are not asked
LOSSY_KINDS = frozenset({Kind.INT, Kind.VARIANT, Kind.DURATION, Kind.REAL, Kind.CURRENCY,
                         Kind.NUMERIC, Kind.DATE, Kind.TIME, Kind.DATETIME})


class StoreStatements(CheckerState):
    """Declarations, assignments, LET and `++`/`--` (mixed into FunctionChecker); each
    method works on the FunctionChecker it is part of (`fc`)."""

    def s_Decl(self, s: N.Decl) -> None:
        fc = cast("FunctionChecker", self)
        if s.dims is not None and run_time_dims(s, fc.sym.constants) is not None:
            fc.exprs(s.dims)  # `array of n int`: n is read when the declaration runs
            fc.fixed_dims_constant(s)
            from .array_dimensions import check_literal_dimensions
            check_literal_dimensions(fc, s.dims, s, len(s.names[0][0]))  # `of (-1) int`
        if fc.sym.structs:  # `o is CClass`: an object of CClass comes to be (no
            for name, line, col in s.names:  # structure or class: no variable of one)
                sym = fc.scope.vars.get(fold(name))
                if sym is not None and sym.spec.kind is _STRUCT and not sym.spec.dynamic:
                    check_creation(fc, sym.spec.name, s.ctor_args, s, line, col, len(name))
                    if kept_for_its_life(fc, sym.spec.name, s.ctor_args):
                        sym.read = True  # (a lock held for the procedure's length)
        if s.ctor_args:
            ranks = constructor_proc_ranks(fc, s) or ((0,) if fc.ctor_takes_procedure(s)
                                                       else ())  # `t is Thread(P)`
            for i, e in enumerate(fc.sym.refs.args_of(s, s.ctor_args)):
                if not (i in ranks and procedure_ref(fc, e)):
                    fc.expr(e)
        if s.init is not None:
            self._initial_value(fc, s)
        for name, _, _ in s.names:  # declared from here on
            sym = fc.scope.vars.get(fold(name))
            if sym is not None:
                sym.pending = False
        if s.attributes:  # `x is int <immutable>`
            check_variable_attributes(fc, s)

    @staticmethod
    def _initial_value(fc: FunctionChecker, s: N.Decl) -> None:
        """The value a declaration gives (`= v`, `<- v`), read, then stored into each
        variable it declares."""
        init = s.init
        assert init is not None
        if s.by_ref:
            fc.named_control = fc.designating(fc.scope.vars.get(fold(s.names[0][0])), init)
        if not procedure_init_ref(fc, s):  # (`p is procedure = o.Show`: passed)
            fc.expr(init)
        fc.named_control = None
        for name, line, col in s.names:
            sym = fc.scope.vars.get(fold(name))
            if sym is not None and sym.spec.kind in LOSSY_KINDS:  # (check_lossy's)
                check_lossy(fc, sym, init, line, col)
            if sym is not None and sym.spec.kind in STORE_KINDS and not s.by_ref:
                check_object_store(fc, sym, init, line, col)
            elif sym is not None and s.by_ref and sym.spec.kind is _STRUCT:
                check_reference(fc, sym, init, line, col)  # `d is CB dynamic <- c`
            elif sym is not None and sym.spec.kind is Kind.OBJECT and not s.by_ref:
                check_xpath_store(fc, sym, init, line, col)  # (xmlNode)

    def ctor_takes_procedure(self, s: N.Decl) -> bool:
        """`t is Thread(P)`: a built-in type whose constructor's first parameter is a
        ProcArg (registry.py) receives P itself, even when P needs no argument."""
        sym = self.scope.vars.get(fold(s.names[0][0]))
        if sym is None or sym.spec is None or sym.spec.kind != Kind.OBJECT:
            return False
        entry = self.sym.registry.types.get(sym.spec.name)
        build = getattr(entry.value, "wl_construct", None) if entry is not None else None
        code = getattr(build, "__code__", None)
        first = code.co_varnames[1] if code is not None and code.co_argcount > 1 else ""
        return getattr(build, "__annotations__", {}).get(first) == "ProcArg"

    def s_Assign(self, s: N.Assign) -> None:
        fc = cast("FunctionChecker", self)
        if s.op == "<-" and isinstance(s.target, N.Name):
            fc.named_control = fc.designating(fc.scope.lookup(fold(s.target.name)), s.value)
        if not (s.op == "=" and procedure_property_ref(fc, s.target, s.value)):
            fc.expr(s.value)  # (`t.Procedure = P`: P passed, not called)
        fc.named_control = None
        fc.assigned = (s.target, s.value) if s.op == "=" else None
        sym = check_target(fc, s.target, compound=s.op != "=")
        fc.assigned = None
        if s.op == "<=":
            check_homonymous_copy(fc, s.target, s.value)
        if sym is not None and (s.op == "=" or s.op == "<-" and sym.spec.dynamic):
            check_lossy(fc, sym, s.value, s.target.line, s.target.col)  # (`<-`: an
            # interface variable given an object)
        elif sym is not None or type(s.target) is N.Index:  # (`t[i] += t[j]`)
            check_compound(fc, s)
            if sym is not None:  # `c -= Blue`: one of c's options; `m += "3,5"`
                check_combination_step(fc, sym, s)
                check_text_added(fc, sym, s)
        if s.op == "+=":  # `n += dt`, `t[1] += dt`: a DateTime moved, stored back
            check_datetime_plus(fc, sym, s)
        elif s.op == "-=":  # `n -= dt`: refused as `n - dt` is
            check_dated_step(fc, s)
        if sym is not None and s.op in ("+=", "-="):  # `dt -= dt2`, `b += du`: a Duration
            check_stored_back(fc, sym, s)
        self._stored(fc, sym, s)

    @staticmethod
    def _stored(fc: FunctionChecker, sym: Symbol | None, s: N.Assign) -> None:
        """The checks of what the assignment `s` stores where: an object, a reference, an
        element or a member given an object, a member or an element given a number."""
        if sym is not None and sym.spec.kind in STORE_KINDS and (
                s.op == "=" or s.op == "<-" and sym.spec.kind is not _STRUCT):
            check_object_store(fc, sym, s.value, s.target.line, s.target.col)  # `n <- o`
        elif sym is not None and s.op == "=" and sym.spec.kind is Kind.OBJECT:
            check_xpath_store(fc, sym, s.value, s.target.line, s.target.col)  # (xmlNode)
        elif sym is not None and s.op == "<-" and sym.spec.kind is _STRUCT:
            check_reference(fc, sym, s.value, s.target.line, s.target.col)  # `d <- c`
        elif (fc.sym.interfaces or fc.sym.structs) and type(s.target) is N.Index \
                and s.op in ("=", "<-"):
            check_element_value(fc, s.target.obj, s.value)  # `t[2] = o`, t of IShape
        elif fc.sym.structs and type(s.target) is N.Member and s.op == "=":
            check_member_store(fc, s.target, s.value)  # `o.m_n = o2`
        elif fc.sym.structs and type(s.target) is N.Member and s.op == "<-":
            check_member_reference(fc, s.target, s.value)  # `st.p <- c`
        if sym is None and s.op == "=":
            check_place_lossy(fc, s.target, s.value)  # `o.m_n = "abc"`, `t[2] = 2.5`
            if type(s.target) is N.TupleLit:
                check_one_value_for_several(fc, s.target, s.value)  # `(a, b) = 7`

    def s_Let(self, s: N.Let) -> None:
        fc = cast("FunctionChecker", self)
        fc.expr(s.value)
        for name in s.names or [s.name]:  # declared by the LET: variables
            sym = fc.scope.lookup(fold(name))
            if sym is not None:
                sym.written = True

    def s_IncDec(self, s: N.IncDec) -> None:
        fc = cast("FunctionChecker", self)
        check_target(fc, s.target, compound=True)
        check_increment(fc, s)
