"""FOR, FOR EACH and their fast paths.

`FOR i = a TO b` re-reads its bound on every pass ([?1511018]); when nothing in the body
can change the bound or the variable, the loop becomes a Python `range` loop (the common
case, several times faster), with the variable's final value set as WLanguage leaves it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, STypeNames as S
from ..syntax.names import fold
from .simple_code import is_simple
from ..semantics.facts import assigned_names, loop_facts
from ..semantics.symbols import Var

from .base import RefNames as Ref
from .classes import written_path
from .declared_kinds import TIMED
from .ranges import Bounds, is_int32, join
from .loop_counters import CounterChecks
from .file_conditions import FileConditions

_NUMBERS = (Kind.CURRENCY, Kind.NUMERIC, Kind.INT, Kind.REAL)
"""Elements whose FOR EACH variable keeps their type (loop_element)."""

if TYPE_CHECKING:
    from .program import ProgramCompiler
    from ..runtime.types import TypeSpec


class LoopMixin(CounterChecks, FileConditions):
    """Loop statements; mixed into the statement compiler."""

    def s_ForEach(self, s: N.ForEach) -> None:
        with self.members_held(s):
            self.for_each_loop(s)

    def for_each_loop(self, s: N.ForEach) -> None:
        """A FOR EACH loop; while it is compiled, its variable (a variant) is known to
        hold the elements of the array it goes through when they are structures or
        objects, so `x.h2 - x.h1` on Time members computes as on Times."""
        var = self.scope.lookup(fold(s.var))
        assert var is not None
        element = self.loop_element(s, var)
        if element is None:
            self.for_each(s, var)
            return
        before = self.loop_elements.get(id(var))
        self.loop_elements[id(var)] = element
        try:
            self.for_each(s, var)
        finally:
            if before is None:
                del self.loop_elements[id(var)]
            else:
                self.loop_elements[id(var)] = before

    def loop_element(self, s: N.ForEach, var: Var) -> "TypeSpec | None":
        """The structure or class of the elements a FOR EACH goes through, or their Date,
        Time or DateTime type (`d + 1` on an array of Dates' element is the next day: it
        was the text "202503011"), or their currency or numeric type (`m / 3` is
        computed in a currency's 6 decimals: it had 37), or Buffer (TypeVar wlBuffer: it
        said wlString), or integers or reals (a value given to the variable is stored as
        into the element: `e = "12,50"` held the text), when its variable is an
        implicit variant and the array's declared type tells it."""
        if var.spec.kind != Kind.VARIANT or s.strings:
            return None
        spec = self.static_spec(s.iterable)
        if spec is None or spec.kind not in (Kind.ARRAY, Kind.ASSOC) or spec.elem is None:
            return None
        return spec.elem if spec.elem.kind in (Kind.STRUCT, Kind.OBJECT) \
            or (spec.elem.kind in TIMED or spec.elem.kind in _NUMBERS
                or spec.elem.kind == Kind.STRING and spec.elem.name == "buffer") \
            and not spec.elem.dims else None

    def for_each(self, s: N.ForEach, var: Var) -> None:
        if self.table_row_loop(s):
            return
        self.note_write(var)
        shown = written_path(s.iterable)  # named in the error, the caret on it
        if shown:  # (a member path's node stands at its last dot: the caret at its start)
            start = s.iterable
            while type(start) is N.Member:
                start = start.obj
            self.out.at(start.line, start.col)
        elif s.strings and type(s.iterable) is N.ArrayLit:  # no text: the run stops at
            self.out.at(s.iterable.line, s.iterable.col)  # its `[`, where WL110 is
        items, _ = self.expr(s.iterable)
        if s.positions and s.separator is not None:  # FOR ALL POSITION p OF sub IN text
            items = f"string_positions({items}, {self.value(s.separator)})"
        elif s.strings:
            sep = self.value(s.separator) if s.separator is not None else "'\\t'"
            items = f"split_string({items}, {sep})"
        back = "_backwards" if s.from_end and not s.sort_keys else ""  # FromEnd
        named = f", {shown!r}" if shown else ""
        source = f"iterate{back}({items}{named})"
        counter = ""
        if s.counter:
            cvar = self.scope.declared(fold(s.counter))
            self.note_write(cvar)
            counter = f"{cvar.pyname}, "
            source = f"iterate_keyed{back}({items}{named})"  # (key or 1-based index, element)
        if s.sort_keys:
            source = self.sorted_source(s, var, source, counter)
            if s.from_end:
                source = f"iterate_backwards({source})"
        if s.rank:
            self.ranked_loop(s, var, counter, source)
            return
        if self.writes_back(s):
            self.written_back_loop(s, var, items, named)
            return
        if var.stype == S.ANY:
            self.out.emit(f"for {counter}{var.pyname} in {source}:")
            self.loop_body(s.body, None)
            return
        tmp = self.temp()
        self.out.emit(f"for {counter}{tmp} in {source}:")
        self.out.indent()
        self.out.emit(f"{var.pyname} = {self.store_code(var, tmp, S.ANY)}")
        self.out.dedent()
        self.loop_body(s.body, None)

    @staticmethod
    def writes_back(s: N.ForEach) -> bool:
        """Does the body assign the loop variable of a plain FOR EACH (no SORTED BY,
        rank, string pieces or positions; FromEnd too)? Then each pass's value goes back
        into the element (runtime/loop_slots.py)."""
        return not (s.strings or s.positions or s.sort_keys or s.rank) \
            and fold(s.var) in assigned_names(s.body)

    def written_back_loop(self, s: N.ForEach, var: Var, items: str, named: str) -> None:
        """`FOR EACH n OF t` whose body writes n (`n--`): the value the variable holds
        when the pass ends, however it ends, is stored back as the element."""
        held, slot, key, tmp = self.temp(), self.temp(), self.temp(), self.temp()
        self.out.emit(f"{held} = {items}")
        back = ", backwards=True" if s.from_end else ""
        self.out.emit(f"for {slot}, {key}, {tmp} in iterate_slots({held}{named}{back}):")
        self.out.indent()
        if s.counter:
            cvar = self.scope.declared(fold(s.counter))
            self.out.emit(f"{cvar.pyname} = {key}")
        self.out.emit(f"{var.pyname} = {self.store_code(var, tmp, S.ANY)}")
        self.out.emit("try:")
        self.loop_body(s.body, None)
        self.out.emit("finally:")
        self.out.indent()
        self.out.emit(f"write_slot({held}, {slot}, {var.pyname})")
        self.out.dedent()
        self.out.dedent()

    def ranked_loop(self, s: N.ForEach, var: Var, counter: str, source: str) -> None:
        """`FOR EACH v, k, n OF t`: n numbers the passes that run the body, from 1, in
        the loop's order (after SORTED BY and FromEnd; an element WHERE skips is not
        counted), so WHERE is tested here, before the count, instead of around the body."""
        rvar = self.scope.declared(fold(s.rank or ""))
        self.note_write(rvar)
        body = s.body
        where = body[0] if len(body) == 1 and type(body[0]) is N.If \
            and body[0].opener == "WHERE" else None
        passes, tmp = self.temp(), self.temp()
        self.out.emit(f"{passes} = 0")
        self.out.emit(f"for {counter}{tmp} in {source}:")
        self.out.indent()
        self.out.emit(f"{var.pyname} = {self.store_code(var, tmp, S.ANY)}")
        if where is not None:
            cond, body = where.branches[0]
            self.out.at(cond.line, cond.col)
            self.out.emit(f"if not ({self.cond(cond)}):")
            self.out.indent()
            self.out.emit("continue")
            self.out.dedent()
        self.out.emit(f"{passes} += 1")
        self.out.emit(f"{rvar.pyname} = {self.store_code(rvar, passes, S.INT)}")
        self.out.dedent()
        self.loop_body(body, None)

    def sorted_source(self, s: N.ForEach, var: Var, source: str, counter: str) -> str:
        """`SORTED BY k1, -k2`: a first pass binds the loop variable to each element and
        keeps its keys; the loop then goes through the rows in the keys' order."""
        rows, tmp = self.temp(), self.temp()
        self.out.emit(f"{rows} = []")
        self.out.emit(f"for {counter}{tmp} in {source}:")
        self.out.indent()
        self.out.emit(f"{var.pyname} = {self.store_code(var, tmp, S.ANY)}")
        keys = [k.operand if isinstance(k, N.Unary) and k.op == "neg" else k
                for k in s.sort_keys]
        down = [isinstance(k, N.Unary) and k.op == "neg" for k in s.sort_keys]
        values = "".join(f"{self.value(k)}, " for k in keys)
        self.out.emit(f"{rows}.append((({values}), ({counter}{tmp})))")
        self.out.dedent()
        return f"sorted_rows({rows}, {tuple(down)!r})"

    def s_Use(self, s: N.Use) -> None:
        """`USING cs IN ... END`: the body holds the critical section (runtime/threads.py),
        released however it is left."""
        self.out.emit(f"with use_block({self.value(s.resource)}):")
        self.out.indent()
        self.block(s.body)
        self.out.emit("pass")
        self.out.dedent()

    def table_row_loop(self, s: N.ForEach) -> bool:
        """`FOR ALL ROW OF TABLE_X` / `POUR TOUTE LIGNE DE TABLE_X` goes through a Table
        control's rows: it fails when it runs, as Table* window functions do."""
        words = fold(s.var).split()
        if words[-1] not in ("row", "ligne") and words[0] not in ("row", "ligne") \
                or not isinstance(s.iterable, N.Name) or s.counter or s.strings:
            return False
        name = s.iterable.name
        if self.scope.lookup(fold(name)) is not None and not fold(name).startswith("table"):
            return False
        what = "SELECTED ROW" if len(words) > 1 else "ROW"  # ... SELECTED ROW: the selection
        message = (f"FOR ALL {what} OF {name} is a window function: not available outside "
                   f"the IDE (wlinterp runs code without windows).")
        self.out.emit(self.prog.fail_code(message, s))
        return True

    def s_For(self, s: N.For) -> None:
        with self.members_held(s):
            self.for_loop(s)

    def for_loop(self, s: N.For) -> None:
        var = self.scope.lookup(fold(s.var))
        assert var is not None
        self.note_write(var)
        step_val = self.literal_step(s.step)
        if step_val and var.stype == S.INT and self.stable_bound(s, var):
            self.for_range(s, var, step_val)
        else:
            self.for_while(s, var)

    def literal_step(self, step: N.Expr | None) -> int | None:
        if step is None:
            return 1
        if isinstance(step, N.Num) and type(step.value) is int and step.value != 0:
            return step.value
        return None

    def stable_bound(self, s: N.For, var: Var) -> bool:
        """May the TO bound be read once? (`_TO_`, or nothing in the body can change it)."""
        body = loop_facts(s.body)
        if fold(s.var) in body.assigned:
            return False
        if s.once:
            return True
        end = s.end
        if isinstance(end, N.Num):
            return True
        if isinstance(end, N.Name):
            v = self.scope.lookup(fold(end.name))
            if v is None:
                return self.prog.refs.of(end) is Ref.CONSTANT
            if v.is_global or fold(end.name) in body.assigned:
                return False
            return not _calls_user_code(body.own_calls, self.prog)
        return False

    def for_range(self, s: N.For, var: Var, step: int) -> None:
        lo, tl = self.expr(s.start)
        lo = self.number_start(s, var, lo, tl)
        hi, th = self.expr(s.end)
        self.number_bound(s, var, th)
        a, b = self.temp(), self.temp()
        self.out.emit(f"{a} = {lo if tl == 'int' else f'for_bound({lo})'}")
        self.out.emit(f"{b} = {hi if th == 'int' else f'for_bound({hi})'}")
        stop = f"{b} + 1" if step > 0 else f"{b} - 1"
        rng = f"range({a}, {stop})" if step == 1 else f"range({a}, {stop}, {step})"
        self.out.emit(f"for {var.pyname} in {rng}:")
        first, last = self.int_bounds(s.start), self.int_bounds(s.end)
        # in the body the counter stays between the bounds (the body never assigns it)
        inside = (first[0], last[1]) if step > 0 else (last[0], first[1])
        self.loop_bounds[var.pyname] = inside
        try:
            self.loop_body(s.body, None)
        finally:
            del self.loop_bounds[var.pyname]
        cmp = "<=" if step > 0 else ">="
        self.out.emit("else:")
        self.out.indent()
        final = (f"{a} + (({b} - {a}) // {step} + 1) * {step} if {a} {cmp} {b} else {a}")
        after = join(first, _add_step(inside, step))
        if is_int32(var.spec):  # may be one step past the range of a 4-byte int
            final = self.store_code(var, f"({final})", S.INT, after)
        self.out.emit(f"{var.pyname} = {final}")
        self.out.dedent()

    def for_while(self, s: N.For, var: Var) -> None:
        """General FOR: the TO bound is re-read on every pass, as WLanguage does."""
        start, ts = self.expr(s.start)
        self.assign_var(var, self.number_start(s, var, start, ts), ts)
        step_code, tstep = ("1", S.INT) if s.step is None else self.expr(s.step)
        if tstep not in (S.INT, S.REAL):  # an array, Null, text: checked once (for_step)
            step_code, tstep = f"for_step({step_code})", S.ANY
        step = step_code if is_simple(step_code) else self.temp()
        if step != step_code:
            self.out.emit(f"{step} = {step_code}")
        if s.once:
            end_code, te = self.expr(s.end)
            self.number_bound(s, var, te)
            end = self.temp()
            self.out.emit(f"{end} = {end_code}")
        else:
            end, te = self.expr(s.end)
            self.number_bound(s, var, te)
        # a Date, Time or DateTime counter moves and compares as `d = d + step` and
        # `d <= end` do: generic `+` joined it to the step as text, so FOR d = "20240227"
        # TO "20240302" made "202402271" and a Time loop STEP 30 min never ended
        vt = var.stype if var.stype in (S.INT, S.REAL, S.DATE, S.TIME, S.DATETIME) else S.ANY
        up = self._compare("<=", var.pyname, vt, end, te)
        down = self._compare(">=", var.pyname, vt, end, te)
        lit = self.literal_step(s.step) if s.step is None or isinstance(s.step, N.Num) else None
        if lit is not None:
            test = up if lit > 0 else down
        else:
            test = f"({up} if w_ge({step}, 0) else {down})"
        if vt in (S.DATE, S.TIME, S.DATETIME):  # ends at midnight, or the calendar's end
            on = self.temp()
            self.out.emit(f"{on} = [True]")
            self.out.emit(f"while {on}[0] and {test}:")
            moved = f"for_clock({var.pyname}, {step}, {vt.value!r}, {on})"
            incr = f"{var.pyname} = {self.store_code(var, moved, vt)}"
        else:
            self.out.emit(f"while {test}:")
            incr_code, it = self._arith("+", var.pyname, vt, step, tstep)
            incr = f"{var.pyname} = {self.store_code(var, incr_code, it)}"
        self.loop_body(s.body, incr)
        self.out.indent()
        self.out.at(s.line, s.col)  # a step that fails is the FOR's, not the last line's
        self.out.emit(incr)
        self.out.dedent()

    def s_ForEachFile(self, s: N.ForEachFile) -> None:
        """`FOR EACH File [ON key] [WHERE item op value AND ...]` (wlinterp/hfsql)."""
        var = self.scope.lookup(fold(s.name))
        target = var.pyname if var is not None and not var.implicit else repr(s.name)
        conds = ", ".join(self.file_conditions(s.where, fold(s.name)))
        if s.deep:  # IN DEPTH (a jsonReader)
            conds += "], deep=True"
        elif s.from_end or s.keep_position:  # FromEnd, WithoutSavingPosition
            conds += f"], {s.from_end}, {s.keep_position}"
        else:
            conds += "]"
        if var is not None and not var.implicit:
            self.out.emit(f"for _ in file_loop(_rt, {target}, {s.key!r}, [{conds}):")
            self.loop_body(s.body, None)
            return
        loops = self.file_loops  # `File.Item` in the body reads the loop's context
        ctx, name = self.temp(), fold(s.name)
        outer = loops.get(name)
        items: dict[str, str] = {}  # the items read: their index, found on the first read
        loops[name] = (ctx, items)
        mark = self.out.mark()
        self.out.emit(f"for {ctx} in file_loop(_rt, {target}, {s.key!r}, [{conds}):")
        try:
            self.loop_body(s.body, None)
        finally:
            if outer is None:
                del loops[name]
            else:
                loops[name] = outer
        if items:  # before the loop: no index known yet
            self.out.insert(mark, " = ".join([*items.values(), "-1"]))

def _calls_user_code(calls: list[N.Call], prog: "ProgramCompiler") -> bool:
    """Does one of these calls run a user procedure (which could change variables by
    reference)?"""
    of = prog.refs.of
    return any(type(x.func) is N.Name and of(x.func) in _USER_CODE for x in calls)


_USER_CODE = (Ref.PROC, Ref.INTERNAL, Ref.METHOD)


def _add_step(inside: "Bounds", step: int) -> "Bounds":
    """Where a counter may stand after its loop: one step past the bounds it ran within
    (or at the start when the loop did not run)."""
    lo, hi = inside
    return (None if lo is None else min(lo, lo + step),
            None if hi is None else max(hi, hi + step))
