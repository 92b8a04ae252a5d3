"""The statements that hold blocks the check walks in their own way (mixed into
FunctionChecker, checker.py): IF and loops (their conditions and bounds, their variables,
how deep BREAK and CONTINUE are), SWITCH's cases, and WHEN EXCEPTION IN, whose block is
the test of whether its lines raise.
"""
from __future__ import annotations

__all__ = ["BlockStatements"]

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..runtime.for_counters import NUMBER_COUNTERS as _NUMBER_COUNTERS, number_counter_refused
from ..runtime.kinds import Kind
from ..runtime.types import TypeSpec
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import blocks, sub_exprs
from .checker_state import CheckerState
from .data_items import loop_names, unknown_item
from .exception_flow import branch_blocks, loop_blocks, loop_exit
from .place_types import place_start, place_type
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .array_stores import check_array_use
    from .assignments import check_loop_constant
    from .let_results import builtin_result_type
    from .lookup import names_something
    from .enum_conditions import check_enum_compared
    from .object_stores import check_iterable, check_text_walked
    from .operands import check_switch_subject
    from .sort_keys import check_member_keys, note_member_keys
    from .value_properties import declared_simple, sample_of
    from ..syntax.file_comparisons import file_comparison
else:
    on_first_call(globals(), ".array_stores", "check_array_use")
    on_first_call(globals(), ".assignments", "check_loop_constant")
    on_first_call(globals(), ".let_results", "builtin_result_type")
    on_first_call(globals(), ".lookup", "names_something")
    on_first_call(globals(), ".enum_conditions", "check_enum_compared")
    on_first_call(globals(), ".object_stores", "check_iterable", "check_text_walked")
    on_first_call(globals(), ".operands", "check_switch_subject")
    on_first_call(globals(), ".sort_keys", "check_member_keys", "note_member_keys")
    on_first_call(globals(), ".value_properties", "declared_simple", "sample_of")
    on_first_call(globals(), "..syntax.file_comparisons", "file_comparison")

_NAME = N.Name
_CLOCKS = (Kind.DATE, Kind.TIME, Kind.DATETIME)
_NUMBERS = (Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC)
_ARITHMETIC = ("+", "-", "*", "/", "%")
_WALKED = (N.Name, N.ArrayLit)  # what FOR EACH STRING may be given that is no text


class BlockStatements(CheckerState):
    """Loops, SWITCH, BREAK/CONTINUE and WHEN EXCEPTION IN (mixed into FunctionChecker)."""

    if TYPE_CHECKING:  # FunctionChecker's own
        def block(self, stmts: list[N.Stmt]) -> None: ...
        def exprs(self, es: list[N.Expr]) -> None: ...
        def element_class(self, s: N.ForEach) -> str | None: ...
        def s_generic(self, s: N.Stmt) -> None: ...
        def result_spec(self, key: str) -> TypeSpec | None: ...

    def s_WhenException(self, s: N.WhenException) -> None:
        """WHEN EXCEPTION IN's block runs its lines to see whether they raise: a line that
        only computes a value there (`:m_pautExcel>>Selection`) is the test, no WL210.
        WHEN EXCEPTION ... END without IN (`general`) guards the rest of its block
        (`guarded` until that block ends: FunctionChecker.block restores it); its lines
        are no test, WL210 stays."""
        if s.general:
            for inner in (s.handler, s.orelse or []):
                self.block(inner)
            self.guarded += 1
            return
        self.probing += 1
        self.block(s.body)
        self.probing -= 1
        for inner in (s.handler, s.orelse or []):
            self.block(inner)

    def s_If(self, s: N.If) -> None:
        for cond, _ in s.branches:
            check_array_use(self, cond, "a boolean")  # type: ignore[arg-type]  # (a FunctionChecker)
        if not self.exception_modes:
            self.s_generic(s)
            return
        self.exprs(sub_exprs(s))  # (its branches: each from the mode before the IF)
        bodies = [body for _, body in s.branches]
        branch_blocks(self, bodies if s.orelse is None else bodies + [s.orelse],  # type: ignore[arg-type]
                      s.orelse is not None)

    def loop_blocks(self, s: N.Stmt) -> None:
        """A loop's body, which may run no time: the lines after the loop follow the mode
        before it too, unless it surely runs (exception_flow.py)."""
        if self.exception_modes:
            loop_blocks(self, blocks(s), s)  # type: ignore[arg-type]
            return
        for inner in blocks(s):
            self.block(inner)

    def s_For(self, s: N.For) -> None:
        self.loop_var(s.var, s)
        for bound in (s.start, s.end):
            check_array_use(self, bound, "a number")  # type: ignore[arg-type]
        if s.step is not None:  # (the run: "A FOR loop's STEP must be a number")
            check_array_use(self, s.step, "a FOR loop's STEP (a number)")  # type: ignore[arg-type]
        self.clock_start(s)
        self.s_loop(s)

    def clock_start(self, s: N.For) -> None:
        """WL110 for a counter declared a number whose start or bound is a Date, Time or
        DateTime (`i is int` ... `FOR i = dt TO dt + 2`, `FOR i = 1 TO d`): the run stops
        there with the same words (compiler/loop_counters.py). Seen in a variable, a
        member or an element declared so (`st.dDate`, `t[1]`), a built-in's call
        declaring such a result (`DateSys()`, `Today()`) and a Date plus or minus a
        number (`d + 2`, and the number first: `2 + d`, `1 h + t`): the check said
        nothing but of a plain variable."""
        counter = self.scope.lookup(fold(s.var))
        if counter is None or s.type_text or counter.spec.kind not in _NUMBER_COUNTERS:
            return
        for way, bound in (("from", s.start), ("to", s.end)):
            kind = self.clock_kind(bound)
            if kind is not None:
                message = number_counter_refused(
                    s.var, _NUMBER_COUNTERS[counter.spec.kind], kind, way)
                at = place_start(bound)
                size = len(at.name) if isinstance(at, _NAME) else len(bound.func.name) \
                    if isinstance(bound, N.Call) and isinstance(bound.func, _NAME) else 1
                self.rep.report("WL110", message, at, size, deferred=True)
                return

    def clock_kind(self, e: N.Expr) -> str | None:
        """"date", "time" or "datetime" when the code says `e` is one (clock_start),
        else None (a Variant, an unknown result: the run decides)."""
        if isinstance(e, N.Call):
            kind = builtin_result_type(e, self.sym.registry, self.sym.procs)
            own = self.result_spec(fold(e.func.name)) \
                if kind is None and isinstance(e.func, _NAME) else None
            kind = own.kind if own is not None else kind  # `PROCEDURE P() : Date`
            return kind if kind in _CLOCKS else None
        if isinstance(e, N.BinOp) and e.op in "+-":  # moved, it stays what it was
            moved = self.clock_kind(e.left)
            if moved is None and e.op == "+":  # `2 + d`, `1 h + t`: added either way
                moved = self.clock_kind(e.right)
                return moved if moved is not None and self.moves(moved, e.left) else None
            return moved if moved is not None and self.moves(moved, e.right) else None
        place = place_type(self, e)  # type: ignore[arg-type]  # (a FunctionChecker)
        return place[0].kind if place is not None and place[0].kind in _CLOCKS else None

    def moves(self, kind: str, by: N.Expr) -> bool:
        """Does `by` move a `kind` (Date, Time, DateTime) into another of its kind: a
        number moves any (days, or a Time's hundredths), and so does a Duration
        (?1514040's addition table: Duration + Date is a Date, + Time a Time; a Date
        moves by its whole days), written in any arithmetic (`1 + 2 + d`, `d + n * 7`,
        `1 h + 2 min + t`: docs/semantics.md "A number added to a Time";
        compiler/operators.py gives them that type)."""
        return self.offset_kind(by) is not None

    def offset_kind(self, e: N.Expr) -> str | None:
        """"number" or "duration" when the code says `e` is one: a literal, a variable
        declared so (a boolean is a number: `d + bLate`, `d + True`, as the compiler's
        NUMERIC), or arithmetic of such (`1 + 2`, `-n`, `du * 2`, `1 h + du`), as the
        compiler reads them (compiler/dated_operators.py is_duration); None otherwise (a text,
        a Variant, a call: the run decides)."""
        if isinstance(e, N.Num) or isinstance(e, N.Const) and type(e.value) is bool:
            return "number"  # (a boolean beside a Date is 1 or 0: docs/semantics.md)
        if isinstance(e, N.DurationLit):
            return "duration"
        if isinstance(e, N.Unary):
            return self.offset_kind(e.operand) if e.op in ("neg", "pos") else None
        if isinstance(e, _NAME):
            held = self.scope.lookup(fold(e.name))
            kind = held.spec.kind if held is not None else None
            return "number" if kind in _NUMBERS or kind == Kind.BOOLEAN else "duration" \
                if kind == Kind.DURATION else None
        if not isinstance(e, N.BinOp) or e.op not in _ARITHMETIC:
            return None
        left, right = self.offset_kind(e.left), self.offset_kind(e.right)
        if left == right == "number" or left == right == "duration" and e.op in "+-":
            return left
        timed = e.op == "*" and {left, right} == {"number", "duration"} \
            or e.op == "/" and (left, right) == ("duration", "number")
        return "duration" if timed else None  # `du * 2`, `2 * du`, `du / 2`

    def s_ForEach(self, s: N.ForEach) -> None:
        if not s.strings and type(s.iterable) is _NAME:
            check_iterable(self, s.iterable)  # type: ignore[arg-type]  # (a FunctionChecker)
        elif s.strings and type(s.iterable) in _WALKED:  # FOR EACH STRING s OF t
            check_text_walked(self, s.iterable)  # type: ignore[arg-type]
        self.loop_var(s.var, s)
        if s.counter:
            self.loop_var(s.counter, s)
        if s.rank:
            self.loop_var(s.rank, s)
        shadowed = note_member_keys(self, s)  # type: ignore[arg-type]  # (a FunctionChecker)
        kept = None
        if self.sym.immutables:  # FOR EACH e OF ts, ts <immutable>: e is ts's element
            from .immutable_writes import keep_walked_elements
            kept = keep_walked_elements(self, s)  # type: ignore[arg-type]
        element = self.scope.lookup(fold(s.var))
        if element is not None and element.role == "loop" and element.spec.kind is Kind.VARIANT:
            element.element_of = self.element_class(s)  # (its members checked in the body)
            element.text_pieces = bool(s.strings) and not s.positions
        if shadowed:  # SORTED BY Name, Name a variable and a member: the member
            check_member_keys(self, s, shadowed)  # type: ignore[arg-type]
            self.loops += 1
            self.loop_blocks(s)
            self.loops -= 1
        else:
            self.s_loop(s)
        if kept is not None:
            kept.immutable, kept.immutable_of = False, None
        if element is not None:
            element.element_of = None
            element.text_pieces = False

    def s_While(self, s: N.While) -> None:
        """A LOOP's DO WHILE / TANTQUE condition is read after each pass of the body, and
        sees the body's declarations as the run does (`LOOP / z is int = 2 / DO WHILE z <
        1`): checked after the body, not before it (it was WL101, "used before its
        declaration", where the run printed 2)."""
        check_array_use(self, s.cond, "a boolean")  # type: ignore[arg-type]
        post = s.post_cond
        if post is None:
            self.s_loop(s)
            return
        self.exprs([e for e in sub_exprs(s) if e is not post])
        self.loops += 1
        self.loop_blocks(s)
        check_array_use(self, post, "a boolean")  # type: ignore[arg-type]
        self.exprs([post])
        self.loops -= 1

    def s_ForEachFile(self, s: N.ForEachFile) -> None:
        """`FOR EACH File WHERE Item = value AND ...`: an item is named bare, as the
        compiler reads it (loops.file_conditions): only a declared name is checked there.
        A variable looped over (`FOR EACH reader`, a jsonReader) is read by the loop."""
        looped = self.scope.lookup(fold(s.name))
        if looped is not None:
            looped.read = True
        self.file_where(s.where, loop_names(self, s), s)
        self.loops += 1
        self.loop_blocks(s)
        self.loops -= 1

    def file_where(self, e: N.Expr | None, file: str | None = None,
                   at: N.Stmt | None = None) -> None:
        """The WHERE condition of the loop `at` over `file` (folded, when the analysis has
        it: its items are checked, semantics/data_items.py)."""
        if e is None:
            return
        if type(e) is N.Logic and e.op in ("and", "or", "sand", "sor"):
            self.file_where(e.left, file, at)
            self.file_where(e.right, file, at)
            return
        if isinstance(e, N.Unary) and e.op == "not":  # (a NotPrefix as parsed)
            self.file_where(e.operand, file, at)
            return
        cmp = file_comparison(e, lambda name: self.scope.lookup(fold(name)) is not None)
        # (Item op v, v op Item, LIKE, BETWEEN, IN)
        if cmp is not None:
            check_enum_compared(self, cmp, file, at)  # (`Price > Low`: the run stops)
            if type(cmp.written) is N.Name and self.scope.lookup(fold(cmp.item.name)) is None:
                if file is not None:  # the item: a name of the data file
                    unknown_item(self, file, cmp.item.name, cmp.item, cmp.item.col)
            else:
                self.expr(cmp.written)  # `Customer.City`, a variable
            other = cmp.other_item(
                file, lambda v: names_something(self, fold(v.name)),  # type: ignore[arg-type]
                lambda name: self.scope.lookup(fold(name)) is not None)
            if other is not None and other is cmp.values[0]:  # (a bare name)
                # another item of the file (`Price > Stock`), not an undeclared variable:
                # checked as the left one is; the name left unresolved, the verdict the
                # compiler reads (FileComparison.other_item, the one rule)
                if file is not None:
                    unknown_item(self, file, other.name, other, other.col)
                return
            self.in_where = True  # (`Price > Low + 0`: WL110 at the loop, not WL113)
            self.exprs(cmp.values)
            self.in_where = False
            return
        self.expr(e)

    def s_loop(self, s: N.Stmt) -> None:
        self.exprs(sub_exprs(s))
        self.loops += 1
        self.loop_blocks(s)
        self.loops -= 1

    def loop_var(self, name: str, s: N.For | N.ForEach) -> None:
        sym = self.scope.lookup(fold(name))
        if sym is not None:
            sym.written = True
            check_loop_constant(self, s, name, sym)  # type: ignore[arg-type]  # (a FunctionChecker)
            if sym.immutable:  # `FOR n = 1 TO 3`, n declared <immutable>: each turn assigns it
                from .variable_attributes import immutable_loop
                immutable_loop(self, s, name)  # type: ignore[arg-type]  # (a FunctionChecker)

    def s_Switch(self, s: N.Switch) -> None:
        self.expr(s.subject)
        check_switch_subject(self, s)  # type: ignore[arg-type]  # (a FunctionChecker)
        if self.exception_modes:  # (each case from the mode before the SWITCH)
            branch_blocks(self, self.case_bodies(s), s.other is not None)  # type: ignore[arg-type]
            return
        for body in self.case_bodies(s):
            self.block(body)

    def case_bodies(self, s: N.Switch) -> Iterator[list[N.Stmt]]:
        """The SWITCH's bodies in order, each case's values checked before its body."""
        for conds, body in s.cases:
            self.in_case = True
            for c in conds:
                for e in (c.a, c.b):
                    if e is not None:
                        self.expr(e)
            self.in_case = False
            yield body
        if s.other is not None:
            yield s.other

    def s_Use(self, s: N.Use) -> None:
        """`USING nCount IN`, nCount a variable declared a number, a text or a boolean:
        the run stops there ("USING ... IN needs a CriticalSection variable, not a value
        of type integer.", runtime/threads.py use_block); WL110 with its words at the
        variable (the check said nothing)."""
        self.s_generic(s)
        e = s.resource
        kind = declared_simple(self, e) if type(e) is N.Name else None
        if kind is not None:
            from ..errors import WLRuntimeError
            from ..runtime.threads import use_block
            try:
                use_block(sample_of(kind))
            except WLRuntimeError as err:
                self.rep.report("WL110", str(err).rstrip("."), e, len(e.name),  # type: ignore[attr-defined]
                                deferred=True)

    def s_Break(self, s: N.Break) -> None:
        if not self.loops:
            self.rep.report("WL107", "BREAK outside a loop", s, 5)
        loop_exit(self, True)  # type: ignore[arg-type]  # (a FunctionChecker)

    def s_Continue(self, s: N.Continue) -> None:
        if not self.loops:
            self.rep.report("WL107", "CONTINUE outside a loop", s, 8)
        loop_exit(self, False)  # type: ignore[arg-type]

