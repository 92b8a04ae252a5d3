"""Assignment statements: `=`, compound `+=`/`-=`..., `<-` (reference), `<=`
(homonymous copy), `(x, y) = ...`, `x++`; a string built by `s += x` stays an in-place
append (linear, even in a global: appends.py).
"""
from __future__ import annotations

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax.names import fold
from .exprs import short_piece
from .operators import graft, leftmost_optional
from .appends import VariantAppendMixin
from .classes import _RECORD_LIKE
from .my_parameters import MyParametersStoreMixin
from .store_conversions import MARKED_KINDS, dated_store
from .stores import StoreMixin
from .variant_places import changed_element
from .ranges import UNKNOWN
from .written_place import written_place
from .base import RefNames as Ref
from ..semantics.symbols import Var

# `x += e` keeps the arithmetic of these static types (`d += 3` on a Date adds days,
# `t += 50 min` on a Time moves the time); any other is computed as a variant's
_COMPOUND_TYPED = frozenset({S.INT, S.REAL, S.STR, S.BOOL, S.DATE, S.TIME, S.DATETIME})


def _array_compound(target: N.Expr, op: str, kind: str) -> str:
    """The error of `arr += x` (and -=, *=, /=) on an array, as `wl check` words it
    (WL113, semantics/operands.py): no stored help page gives such an operator on arrays
    (*decided*: docs/semantics.md "`+=` on an array"). It stopped with "A value of type
    array cannot be used as a number"."""
    shown = written_place(target, "the array")
    what = "an associative array" if kind == Kind.ASSOC else "an array"
    return (f"'{shown}' is {what}: it cannot be an operand of '{op}' (to add an element: "
            f"ArrayAdd({shown}, value)).")


def _appended(var: Var, target: N.Name, s: N.Assign) -> list[N.Expr] | None:
    """The parts of `s = s + a + b` (or `s += a`), None if the statement is not an append
    to the string variable itself."""
    if s.op == "+=":
        return [s.value]
    if s.op != "=":
        return None
    parts: list[N.Expr] = []
    e = s.value
    while isinstance(e, N.BinOp) and e.op == "+" and not isinstance(e.right, N.ArrayLit):
        parts.append(e.right)
        e = e.left
    if parts and isinstance(e, N.Name) and fold(e.name) == fold(target.name):
        return parts[::-1]
    return None


class AssignMixin(StoreMixin, MyParametersStoreMixin, VariantAppendMixin):
    """Assignments (mixed into the statement compiler)."""

    def s_Assign(self, s: N.Assign) -> None:
        """An assignment: a MyParameters[i] store, else the statement as it is compiled
        (assign_form), stored into a variable, into several (`(a, b) = ...`) or into a
        place (a member, an element)."""
        target = s.target
        named = self.prog.refs.of(target) if isinstance(target, N.Name) else None
        if self.my_parameter_store(target, lambda place: self.s_Assign(
                N.Assign(s.line, s.col, place, s.op, s.value))):
            return  # MyParameters[i] = x assigns the procedure's ith parameter (?1511018)
        form = self.assign_form(s, named)
        if form is None:
            return  # a compound operator on an array: its failure is generated
        if form.op in ("<-", "<="):
            self.special_assign(form.target, form)
            return
        if named is Ref.STATIC and isinstance(target, N.Name):  # a global member of the
            form = N.Assign(form.line, form.col, N.ClassMember(  # current class
                target.line, target.col, None, target.name), form.op, form.value)
        if isinstance(form.target, N.Name):
            self.assign_variable(form.target, named, form)
        elif isinstance(form.target, N.TupleLit) and form.op == "=":
            self.assign_many(form.target, form.value)
        else:
            self.assign_place(form.target, form)

    def assign_form(self, s: N.Assign, named: Ref | None) -> N.Assign | None:
        """The assignment as it is compiled: a member of the current object written on
        `objet`, `+=` of an optional value grafted, `i += n` as `i = i + n` where Null or
        a combination needs it; None for a compound operator on an array (refused: its
        failure is generated)."""
        target = written = s.target
        if named is Ref.MEMBER and isinstance(target, N.Name):  # a member of the current
            target = N.Member(target.line, target.col,  # object
                              self.var_node(target.line, target.col, "objet"), target.name)
            s = N.Assign(s.line, s.col, target, s.op, s.value)
        if s.op in ("+=", "-=", "*=", "/=") and (spec := self.static_spec(target)) is not None \
                and spec.kind in (Kind.ARRAY, Kind.ASSOC):
            first: N.Expr = target
            while isinstance(first, (N.Member, N.Index)):
                first = first.obj  # the caret at the place's first word (`s.t += 3`: at s)
            self.out.emit(self.prog.fail_code(_array_compound(written, s.op, spec.kind),
                                              first))
            return None
        if s.op == "+=" and leftmost_optional(s.value):
            s = N.Assign(s.line, s.col, target, "=", graft(target, s.value))
        if s.op in ("+=", "-=") and isinstance(target, N.Name) \
                and (self.nullable(target) or self.null_leaves(s.value)
                     or self.combination_of(target) is not None):
            # `i += n` is `i = i + n` (?1512008): Null stays Null in an `int?`, and a Null
            # `n` makes the sum Null, stored as the target's empty value (nullable_ops.py);
            # `c += Read` on a combination adds the option as `+` does (combined_options)
            s = N.Assign(s.line, s.col, target, "=", N.BinOp(s.line, s.col, s.op[0],
                                                             target, s.value))
        return s

    def assign_variable(self, target: N.Name, named: Ref | None, s: N.Assign) -> None:
        """`v = x`, `v += x`...: appends to a text, a procedure variable, a value
        converted to the variable's type, an object copied into the object held."""
        var = self.target_var(target, named)
        parts = _appended(var, target, s) if var.stype in (S.STR, S.ANY) else None
        if parts is not None and any(self.null_leaves(p) for p in parts):
            parts = None  # `s = s + n`, n Null: the sum is Null, not an append
        if parts is not None and var.stype == S.STR:  # appends, linear even for globals
            self.append_strings(var, parts)
            return
        if parts is not None and self.appends_in_place(var, parts):
            self.append_to_variant(var, parts)  # while the variant holds a string
            return
        if s.op == "=" and var.spec.kind == Kind.PROCEDURE \
                and (ref := self.procedure_value(s.value)) is not None:
            self.assign_var(var, ref, S.ANY)
            return
        if s.op != "=":
            self.compound_var(var, s.op, s.value)
            return
        code, t = self.expr(s.value)
        code = self.json_form_code(var, s.value, code, whole=True)
        t = self.array_source(var, s.value, t)
        if var.implicit:  # `Customer = r`: maybe a data file's buffer (hfsql/hooks.py)
            code, t = f"data_assign(_rt, {fold(target.name)!r}, {var.pyname}, {code})", S.ANY
        elif var.spec.kind == Kind.STRUCT and not var.spec.dynamic:
            self.note_write(var)  # `b = a`: b's object stays (members copied);
            # `o = new C`: o designates the new object (no copy to destroy)
            store = "same_object(" if type(s.value) is N.New else \
                f"assign_object({var.pyname}, "
            self.out.emit(f"{var.pyname} = {store}{code}, "
                          f"{self.prog.spec_ref(var.spec)}, _ctx)")
            return
        self.assign_made(var, s.value, code, t, self.store_bounds(var, t, s.value))

    def assign_place(self, target: N.Expr, s: N.Assign) -> None:
        """`o.m = x`, `t[i] += x`...: the value (a compound one read from the place once),
        stored into the member or element."""
        if s.op != "=":  # read, then written: t[Next()] += 1 calls Next() once (pinned.py)
            target = self.pinned_place(target)
        value_node = s.value if s.op == "=" else N.BinOp(s.line, s.col, s.op[0], target, s.value)
        code, t = (self.changing(target, value_node), S.ANY) if s.op != "=" else \
            self.place_value(target, value_node)
        placed = code
        if s.op in ("+=", "-=") and (spec := self.static_spec(target)) is not None \
                and spec.kind == Kind.PROCEDURE and (ref := self.procedure_value(s.value)):
            code = f"proc_chained({self.value(target)}, {ref}, {s.op == '+='})"  # `o.p += P`
        if s.op == "=" and isinstance(s.value, N.Name) \
                and (root := self.root_var(target)) is not None:
            code = self.json_form_code(root, s.value, code)
        known = self.int_bounds(s.value) if t == S.INT and code is placed \
            and type(target) is N.Member else None  # (an int member stores it as it is)
        self.store_into(target, code, shares=s.op == "=", known=known)

    def place_value(self, target: N.Expr, value: N.Expr) -> tuple[str, SType]:
        """Code of `value` about to be stored into the member or element `target`: a Date,
        Time or DateTime keeps its kind where the place's declared type needs it
        (`o.dtStart = t`, `o.vAny = d`: stores.dated_store), as into a variable; a
        procedure named into a place declared procedure is a reference to it, as into a
        variable (`st.pcRun = SayBye` called SayBye and stored its result). With the
        code, its static type (S.ANY when it is no longer the value's own code)."""
        if type(value) is N.Name:
            spec = self.static_spec(target)
            if spec is not None and spec.kind == Kind.PROCEDURE \
                    and (ref := self.procedure_value(value)) is not None:
                return ref, S.ANY
        code, t = self.expr(value)
        if t == S.LIST:
            return f"literal_to_value({code}, _ctx)", S.ANY
        if t == S.STR or t == S.DEC or t == S.ANY and (type(value) in (N.Call, N.BinOp, N.Unary)
                                                      or self.held_as(value) == "wlbuffer"):
            spec = self.static_spec(target)  # `o.vAny = buf`: a Buffer stays one there
            # (a numeric too: `o.vAny = n * 2` answers wlNumeric)
            if spec is not None and spec.kind == Kind.STRING and not spec.dims:
                return self.ansi_crossing(spec, value, code), t  # `o.sName = buf`
            return (self.kept_buffer(value, code, t), S.ANY) if spec is not None \
                and spec.kind == Kind.VARIANT else (code, t)
        if t in (S.INT, S.ANY) and (spec := self.static_spec(target)) is not None and (
                spec.kind == Kind.VARIANT or spec.kind == Kind.STRING):
            return self.kept_options(value, code), S.ANY  # a combination: its names
        spec = self.static_spec(target) if t in (S.DATE, S.TIME, S.DATETIME) else None
        if spec is None and t in MARKED_KINDS and (self.data_item(target)
                                                   or self.record_item(target)):
            return f"dated_variant({code}, {MARKED_KINDS[t]!r})", t  # File.Stamp = t
        return ((spec is not None and dated_store(spec, code, t)) or code), t

    def data_item(self, target: N.Expr) -> bool:
        """Is `target` `File.Item`, File an undeclared name (maybe a data file)? A Date,
        Time or DateTime given to it is marked with its kind, as a Variant holding it is,
        so the item stores it as such a variable would (hfsql/itemtypes.py `_dated`: a
        Time into a DateTime item is that time today; its bare digits were read as a
        date, year 0945 for 09:45)."""
        return type(target) is N.Member and not target.colon and self.data_named(target.obj)

    def record_item(self, target: N.Expr) -> bool:
        """Is `target` `r.Item`, r a variable declared `Record of File` or a Data Source?
        A Date, Time or DateTime given to it is marked as for `File.Item` (data_item): the
        item converts it as the file's buffer does, so a DateTime into a 4-byte item stops
        with "Numeric overflow" (its bare digits wrapped: -1784304192)."""
        if type(target) is not N.Member or target.colon:
            return False
        spec = self.static_spec(target.obj)
        return spec is not None and spec.kind == Kind.OBJECT and spec.name in _RECORD_LIKE

    def root_var(self, target: N.Expr) -> Var | None:
        """The variable holding a member or element (`j` in `j.a[2].b`), when declared."""
        while isinstance(target, (N.Member, N.Index)):
            target = target.obj
        if not isinstance(target, N.Name) or self.prog.refs.get(target) is not Ref.VAR:
            return None
        return self.scope.lookup(fold(target.name))

    def json_form_code(self, holder: Var, value: N.Expr, code: str, whole: bool = False) -> str:
        """A date, time or buffer variable assigned to a JSON variable or to one of its
        members becomes a string in RFC format or in base64 (runtime/json_forms.py): its
        text alone cannot say what it is, its declaration can. A Buffer assigned to a
        Variant stays a Buffer for TypeVar (kept_buffer); a UNICODE string assigned to a
        `string` variable is plain text there (it kept the UNICODE mark: TypeVar said
        wlUnicodeString and BufferToHexa showed UTF-16 bytes)."""
        if whole and (holder.spec.kind == Kind.VARIANT and not holder.spec.dynamic
                      or holder.stype == S.STR):  # a combination: marked (its names)
            code = self.kept_options(value, code)
        if whole and holder.spec.kind == Kind.VARIANT and not holder.spec.dynamic:
            return self.kept_buffer(value, code, S.STR)
        if whole and holder.spec.kind == Kind.STRING and not holder.spec.name \
                and not holder.spec.dims and self.held_as(value) == "wlunicodestring":
            return f"to_str({code})"
        if whole and holder.spec.kind == Kind.STRING and not holder.spec.dims:
            return self.ansi_crossing(holder.spec, value, code)
        if holder.spec.kind != Kind.OBJECT or fold(holder.spec.name) != "json" \
                or not isinstance(value, N.Name) or self.prog.refs.get(value) is not Ref.VAR:
            return code
        source = self.scope.lookup(fold(value.name))
        spec = source.spec if source is not None else None
        kind = None if spec is None else "buffer" if spec.kind == Kind.STRING \
            and spec.name == "buffer" else str(spec.kind) if spec.kind in (
                Kind.DATE, Kind.TIME, Kind.DATETIME) else None
        return f"json_form({code}, {kind!r}, {whole})" if kind else code

    def changing(self, target: N.Expr, e: N.Expr) -> str:
        """The code of `e`, which reads `target` to change it (`m[k] += 1`): a missing
        element of an associative array is created first (compiler/variant_places.py)."""
        before, self.updating = self.updating, changed_element(target)
        try:
            return self.value(e)
        finally:
            self.updating = before

    def special_assign(self, target: N.Expr, s: N.Assign) -> None:
        """`a <= b` copies the members of b that a also has (homonymous copy);
        `x <- y` makes x designate y's object itself (reference assignment)."""
        if s.op == "<-" and isinstance(target, N.Name) and isinstance(s.value, N.Name) \
                and (var := self.scope.lookup(fold(target.name))) is not None \
                and var.spec.kind == Kind.OBJECT and var.spec.name in ("control", "champ"):
            self.note_write(var)  # c is Control <- EDT_Name: that window control, by name
            self.out.emit(f"{var.pyname} = control_ref({s.value.name!r})")
            return
        value = self.value(s.value)
        if s.op == "<=":
            here = self.current_class()
            self.out.emit(f"homonymous_copy({self.value(target)}, {value}, _ctx, "
                          f"{fold(here) if here else None!r})")
            return
        if isinstance(target, N.Name):
            var = self.target_var(target)
            if var.stype in (S.ARRAY, S.STRUCT, S.OBJECT, S.ANY) or var.spec.kind == Kind.ASSOC:
                self.note_write(var)
                ref = self.prog.spec_ref(var.spec)
                self.out.emit(f"{var.pyname} = object_or_null({value}, {ref}, _ctx)"
                              if var.spec.kind != Kind.VARIANT else
                              f"{var.pyname} = interface_ref({value}, {ref})"
                              if var.spec.name and var.spec.dynamic else
                              f"{var.pyname} = {self.kept_kind(s.value)}")
                # (`v <- d`: a Variant designating a Date, a numeric or a Buffer keeps
                # its kind, as `v = d` does)
                return
        self.store_into(target, value, by_ref=s.op == "<-")

    def compound_var(self, var: Var, op: str, value: N.Expr) -> None:
        """`x += e` / `x -= e`; `s += e` on a string stays an in-place append (linear);
        `p += Proc` / `p -= Proc` on a Procedure variable adds or removes a procedure."""
        if var.spec.kind == Kind.PROCEDURE and op in ("+=", "-=") \
                and (ref := self.procedure_value(value)) is not None:
            self.assign_var(var, f"proc_chained({var.pyname}, {ref}, {op == '+='})", S.ANY)
            return
        code, t = self.expr(value)
        code = self._val(code, t)
        if var.stype == S.STR and op == "+=":
            code, t = self.options_text(value, code, t)  # (a combination: its names)
            self.append_codes(var, [self.as_str(code, t)], [short_piece(value, t)])
            return
        if var.spec.kind == Kind.CURRENCY and op in ("+=", "-=") and t in (S.ANY, S.DEC):
            self.note_write(var)
            self.out.emit(f"{var.pyname} = {self.currency_step(var.pyname, op[0], code)}")
            return
        read_t = self.var_type(var)  # (a FOR EACH's Date element: its days added)
        node_t = read_t if read_t in _COMPOUND_TYPED else S.ANY
        combined, ct = self._arith(op[0], var.pyname, node_t, code, t)
        name = N.Name(value.line, value.col, var.name)
        bounds = UNKNOWN
        if op in ("+=", "-=") and ct == S.ANY:  # `i += dt`: a DateTime, as `i = i + dt`
            ct = self.moved_time(N.BinOp(value.line, value.col, op[0], name, value), node_t, t)
        if op in ("+=", "-=", "*=") and ct == S.INT and var.stype == S.INT:  # see store_bounds
            bounds = self.int_bounds(N.BinOp(value.line, value.col, op[0], name, value))
        self.assign_var(var, combined, ct, bounds)

    def currency_step(self, name: str, op: str, code: str) -> str:
        """`m += x` / `m -= x` on a currency: when both are Decimals (a running total of
        currency items), the operation and the 6-decimal check inline, as `w_add` and
        `co_currency` would do them, without their two calls (docs/hfsql.md,
        "Performance"); anything else through them, and a total of 18 integer digits or
        more through co_currency, which checks the currency's range."""
        helper = "w_add" if op == "+" else "w_sub"
        r, b = self.temp(), self.temp()
        return (f"(({r} if ({r} := {name} {op} {b}).same_quantum(CURRENCY_STEP) "
                f"and {r}.adjusted() < 17 else co_currency({r})) "
                f"if type({name}) is type({b} := {code}) is Decimal "
                f"else co_currency({helper}({name}, {b})))")

    def assign_many(self, target: N.TupleLit, value: N.Expr) -> None:
        """`(x, y) = P()`: several values (a procedure's `RESULT (a, b)`) into several
        variables, in order."""
        tmp = self.temp()
        count = len(target.items) + len(target.skipped)
        self.out.emit(f"{tmp} = values_for({self.value(value)}, {count})")
        slots = [i for i in range(count) if i not in target.skipped]  # `(x, , z)`
        for i, item in zip(slots, target.items):
            self.store_into(item, f"{tmp}[{i}]")

    def s_IncDec(self, s: N.IncDec) -> None:
        """`x++` / `x--` are numeric. When the target's type is only known at run time
        (undeclared, variant) or is text, step_value reads it as a number instead of
        letting `+` concatenate; typed numbers and dates keep their own arithmetic."""
        if self.my_parameter_store(s.target, lambda place: self.s_IncDec(
                N.IncDec(s.line, s.col, place, s.delta))):
            return  # MyParameters[i]++ steps the procedure's ith parameter (?1511018)
        target = self.pinned_place(s.target)
        op = "+=" if s.delta > 0 else "-="
        ref = self.prog.refs.of(target) if isinstance(target, N.Name) else None
        plain = ref is Ref.VAR or (ref is Ref.UNDECLARED and self.current_class() is None)
        if plain or isinstance(target, (N.Member, N.Index)):
            # an undeclared name is declared here
            var = self.target_var(target) if plain and isinstance(target, N.Name) else None
            before, self.updating = self.updating, changed_element(target)
            try:
                code, t = self.expr(target)
            finally:
                self.updating = before
            if t in (S.ANY, S.STR) and not self.nullable(target):
                stepped = f"step_value({self._val(code, t)}, {s.delta})"
                if var is not None:
                    self.assign_var(var, stepped, S.ANY)
                else:
                    self.store_into(target, stepped)
                return
        one = N.Num(s.line, s.col, 1)  # x = x + 1: what a date needs (a day later)
        self.s_Assign(N.Assign(s.line, s.col, target, "=", N.BinOp(s.line, s.col, op[0], target, one)))
