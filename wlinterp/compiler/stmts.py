"""Statement code generation for one Python function (main code or a procedure).

Control flow maps onto Python's own (if/while/for/try), so compiled WLanguage runs at
close to the speed of hand-written Python. Assignments store through the declared type of
the target (int wraps at 32 bits, string converts...), inline for int and string.
"""
from __future__ import annotations

from typing import Any

from ..syntax import nodes as N
from ..runtime.kinds import Kind, SType, SType as S
from ..errors import WLSyntaxError
from ..syntax.names import fold
from .exprs import ExprMixin, graft, is_simple, leftmost_optional, short_piece
from .classes import ClassMixin
from .loops import LoopMixin
from .appends import VariantAppendMixin
from .variant_places import VariantPlaceMixin, changed_element
from .ranges import UNKNOWN, Bounds, range_check
from ..syntax.walk import walk_expr
from ..semantics.resolved import Ref
from ..semantics.symbols import Var

# `x += e` keeps the arithmetic of these static types (`d += 3` on a Date adds days,
# `t += 50 min` on a Time moves the time); any other is computed as a variant's
_COMPOUND_TYPED = frozenset({S.INT, S.REAL, S.STR, S.BOOL, S.DATE, S.TIME, S.DATETIME})
_INT32 = "(({t}) if type({t} := {c}) is int and -2147483648 <= {t} <= 2147483647 else co_int32({t}))"


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


class StmtMixin(VariantPlaceMixin, ClassMixin, LoopMixin, VariantAppendMixin, ExprMixin):
    """Statements; `self.out` is the Emitter, `self.scope` the FuncScope."""


    def block(self, stmts: list[N.Stmt]) -> None:
        mark = self.out.mark()
        for i, s in enumerate(stmts):
            self.out.at(s.line, s.col)
            if isinstance(s, N.WhenException) and s.general:
                self.general_handler(s, stmts[i + 1:])
                break
            getattr(self, "s_" + type(s).__name__)(s)
        self.out.ensure_body(mark)

    def general_handler(self, s: N.WhenException, rest: list[N.Stmt]) -> None:
        """`WHEN EXCEPTION ... END` (no IN): handles exceptions of the rest of the block."""
        self.s_WhenException(N.WhenException(s.line, s.col, rest, s.handler, None))

    def s_ForEachFile(self, s: N.ForEachFile) -> None:
        """`FOR EACH File [ON key] [WHERE item op value AND ...]` (wlinterp/hfsql)."""
        var = self.scope.lookup(fold(s.name))
        target = var.pyname if var is not None and not var.implicit else repr(s.name)
        conds = ", ".join(f"({item!r}, {op!r}, {self.value(e)})"
                          for item, op, e in self.file_conditions(s.where))
        if var is not None and not var.implicit:
            self.out.emit(f"for _ in file_loop(_rt, {target}, {s.key!r}, [{conds}]):")
            self.loop_body(s.body, None)
            return
        loops = self.file_loops  # `File.Item` in the body reads the loop's context
        ctx, name = self.temp(), fold(s.name)
        outer = loops.get(name)
        items: dict[str, str] = {}  # the items read: their index, found on the first read
        loops[name] = (ctx, items)
        mark = self.out.mark()
        self.out.emit(f"for {ctx} in file_loop(_rt, {target}, {s.key!r}, [{conds}]):")
        try:
            self.loop_body(s.body, None)
        finally:
            if outer is None:
                del loops[name]
            else:
                loops[name] = outer
        if items:  # before the loop: no index known yet
            self.out.insert(mark, " = ".join([*items.values(), "-1"]))

    def file_conditions(self, e: N.Expr | None) -> list[tuple[str, str, N.Expr]]:
        """A FOR EACH condition: comparisons of an item with a value, joined by AND."""
        if e is None:
            return []
        if isinstance(e, N.Logic) and e.op == "and":
            return self.file_conditions(e.left) + self.file_conditions(e.right)
        if isinstance(e, N.Compare) and len(e.ops) == 1 \
                and e.ops[0] in ("=", "<>", "<", "<=", ">", ">="):
            left = e.operands[0]
            if isinstance(left, N.Member) and isinstance(left.obj, N.Name):
                left = N.Name(left.line, left.col, left.name)  # Client.Ville = ... -> Ville
            if isinstance(left, N.Name):
                return [(left.name, e.ops[0], e.operands[1])]
        raise self.error("FOR EACH on a data file: the condition must compare items with "
                         "values (Item = value AND ...)", e)

    def s_NoOp(self, s: N.Stmt) -> None:
        self.out.emit("pass")

    def error(self, message: str, node: N.Node) -> WLSyntaxError:
        return WLSyntaxError(message, node.line, node.col, self.prog.filename, self.prog.source)

    def refused(self, node: N.Node) -> WLSyntaxError:
        """Code the semantic pass refuses: its verdict (see ProgramCompiler.refused)."""
        return self.prog.refused(node)

    # -- storing ------------------------------------------------------------
    def store_code(self, var: Var, code: str, t: SType, bounds: Bounds = UNKNOWN) -> str:
        """Code converting `code` (static type `t`, integer `bounds` when known) for
        storage into `var`."""
        spec, st = var.spec, var.stype
        if st == S.INT:
            if spec.bits == 32 and not spec.unsigned:
                if t == S.INT and code.lstrip("-").isdigit():
                    bounds = (int(code), int(code))
                if t == S.INT:  # already an int: only the 32-bit range is left to check
                    return range_check(self.temp(), code, bounds)
                return _INT32.format(t=self.temp(), c=code)
            return f"coerce({code}, {self.prog.spec_ref(spec)}, _ctx)"
        if st == S.STR and spec.name == "unicode":
            return f"to_unicode({code})"
        if st in (S.STR, S.DATE):
            return code if t in (S.STR, S.DATE) else f"to_str({code})" if t != S.LIST else \
                f"to_str(literal_to_value({code}, _ctx))"
        if st == S.REAL:
            return f"float({code})" if t in (S.INT, S.REAL) else f"to_real({code})"
        if st == S.BOOL:
            return code if t == S.BOOL else f"co_bool({code})"
        if spec.kind == Kind.CURRENCY:  # the common money case, without coerce's dispatch
            return f"co_currency({code})"
        if st == S.ANY and spec.kind != Kind.DURATION and not self.built_from_value(spec):
            if t in (S.INT, S.REAL, S.STR, S.BOOL, S.DEC):
                return code
            if t == S.LIST:
                return f"literal_to_value({code}, _ctx)"
            if spec.kind == Kind.VARIANT and spec.dynamic:
                return code  # `o is object dynamic` designates the object assigned to it
            return f"co_any({code})"
        return f"assign_value({code}, {self.prog.spec_ref(spec)}, _ctx)"

    def built_from_value(self, spec: Any) -> bool:
        """A built-in object type that a value assigned converts into (`wl_from_value`:
        `q is SQL Query = [SELECT ...]`)."""
        if spec.kind != Kind.OBJECT:
            return False
        entry = self.prog.registry.types.get(spec.name)
        return entry is not None and hasattr(entry.value, "wl_from_value")

    def assign_var(self, var: Var, code: str, t: SType, bounds: Bounds = UNKNOWN) -> None:
        self.note_write(var)
        self.out.emit(f"{var.pyname} = {self.store_code(var, code, t, bounds)}")

    def note_write(self, var: Var) -> None:
        if var.is_global:
            self.scope.globals_used.add(var.pyname)
        elif var.owner is not self.scope:
            self.scope.nonlocals_used.add(var.pyname)

    # -- declarations -----------------------------------------------------------
    def s_Decl(self, s: N.Decl) -> None:
        for name, line, col in s.names:
            var = self.scope.lookup(fold(name))
            assert var is not None
            self.out.at(line, col)
            if s.ctor_args is not None:
                self.note_write(var)
                self.out.emit(f"{var.pyname} = {self.construct_code(var.spec, s.ctor_args)}")
            elif s.init is not None and s.by_ref:
                target = self.var_node(line, col, name)
                self.special_assign(target, N.Assign(line, col, target, "<-", s.init))
            elif s.init is not None and var.spec.kind == Kind.PROCEDURE \
                    and (ref := self.procedure_value(s.init)) is not None:
                self.assign_var(var, ref, S.ANY)
            elif s.init is not None:
                code, t = self.expr(s.init)
                self.assign_var(var, code, t, self.int_bounds(s.init))
            elif fold(s.type_text).split()[-1] in self.prog.enums \
                    and var.spec.kind == Kind.VARIANT:  # its first value (a combination: 0)
                self.note_write(var)
                first = self.prog.enums[fold(s.type_text).split()[-1]][:1]
                code = self.prog.constant_code(first[0])[0] if first else "None"
                self.out.emit(f"{var.pyname} = {code}")
            else:
                self.note_write(var)
                self.out.emit(f"{var.pyname} = {self.prog.default_code(var.spec)}")

    def s_Let(self, s: N.Let) -> None:
        if s.names:
            targets: list[N.Expr] = [self.var_node(s.line, s.col, n) for n in s.names]
            self.s_Assign(N.Assign(s.line, s.col, N.TupleLit(s.line, s.col, targets), "=",
                                   s.value))
            return
        var = self.scope.lookup(fold(s.name))
        assert var is not None
        code, t = self.expr(s.value)
        self.assign_var(var, code, t)

    def s_StructDecl(self, s: N.StructDecl) -> None:
        self.out.emit("pass  # STRUCTURE " + s.name.replace("\n", " "))

    def s_ConstDecl(self, s: N.ConstDecl) -> None:
        self.out.emit("pass  # CONSTANT")

    def s_Label(self, s: N.Label) -> None:
        self.out.emit("pass")

    def s_Procedure(self, s: N.Procedure) -> None:
        self.prog.compile_internal(self, s)

    # -- assignment ------------------------------------------------------------
    def s_Assign(self, s: N.Assign) -> None:
        target = s.target
        named = self.prog.refs.of(target) if isinstance(target, N.Name) else None
        shown = target.name if isinstance(target, N.Name) else ""
        if named is Ref.MEMBER:  # a member of the current object
            target = N.Member(target.line, target.col,
                              self.var_node(target.line, target.col, "objet"), shown)
            s = N.Assign(s.line, s.col, target, s.op, s.value)
        if s.op == "+=" and leftmost_optional(s.value):
            s = N.Assign(s.line, s.col, target, "=", graft(target, s.value))
        if s.op in ("<-", "<="):
            self.special_assign(target, s)
            return
        if named is Ref.STATIC:  # a global member of the current class
            target = N.ClassMember(target.line, target.col, None, shown)
            s = N.Assign(s.line, s.col, target, s.op, s.value)
        if isinstance(target, N.Name):
            var = self.target_var(target)
            parts = _appended(var, target, s) if var.stype in (S.STR, S.ANY) else None
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
            if s.op == "=":
                code, t = self.expr(s.value)
                if var.implicit:  # `Customer = r`: maybe a data file's buffer (hfsql/hooks.py)
                    code, t = f"data_assign(_rt, {fold(target.name)!r}, {var.pyname}, {code})", \
                        S.ANY
                elif var.spec.kind == Kind.STRUCT and not var.spec.dynamic:
                    self.note_write(var)  # `b = a`: b's object stays (members copied)
                    self.out.emit(f"{var.pyname} = assign_object({var.pyname}, {code}, "
                                  f"{self.prog.spec_ref(var.spec)}, _ctx)")
                    return
                self.assign_var(var, code, t, self.int_bounds(s.value))
                return
            self.compound_var(var, s.op, s.value)
            return
        if isinstance(target, N.TupleLit) and s.op == "=":
            self.assign_many(target, s.value)
            return
        value_node = s.value if s.op == "=" else N.BinOp(s.line, s.col, s.op[0], target, s.value)
        code = self.changing(target, value_node) if s.op != "=" else self.value(value_node)
        self.store_into(target, code)

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
                self.out.emit(f"{var.pyname} = same_object({value}, {ref}, _ctx)"
                              if var.spec.kind != Kind.VARIANT else f"{var.pyname} = {value}")
                return
        self.store_into(target, value)

    def compound_var(self, var: Var, op: str, value: N.Expr) -> None:
        """`x += e` / `x -= e`; `s += e` on a string stays an in-place append (linear)."""
        code, t = self.expr(value)
        code = self._val(code, t)
        if var.stype == S.STR and op == "+=":
            self.append_codes(var, [self.as_str(code, t)], [short_piece(value, t)])
            return
        if var.spec.kind == Kind.CURRENCY and op in ("+=", "-=") and t in (S.ANY, S.DEC):
            self.note_write(var)
            self.out.emit(f"{var.pyname} = {self.currency_step(var.pyname, op[0], code)}")
            return
        node_t = var.stype if var.stype in _COMPOUND_TYPED else S.ANY
        combined, ct = self._arith(op[0], var.pyname, node_t, code, t)
        bounds = UNKNOWN
        if op in ("+=", "-=", "*="):
            name = N.Name(value.line, value.col, var.name)
            bounds = self.int_bounds(N.BinOp(value.line, value.col, op[0], name, value))
        self.assign_var(var, combined, ct, bounds)

    def currency_step(self, name: str, op: str, code: str) -> str:
        """`m += x` / `m -= x` on a currency: when both are Decimals (a running total of
        currency items), the operation and the 6-decimal check inline, as `w_add` and
        `co_currency` would do them, without their two calls (docs/hfsql.md,
        "Performance"); anything else through them."""
        helper = "w_add" if op == "+" else "w_sub"
        r, b = self.temp(), self.temp()
        return (f"(({r} if ({r} := {name} {op} {b}).same_quantum(CURRENCY_STEP) else "
                f"{r}.quantize(CURRENCY_STEP)) if type({name}) is type({b} := {code}) is Decimal "
                f"else co_currency({helper}({name}, {b})))")

    def append_strings(self, var: Var, parts: list[N.Expr]) -> None:
        """Append each part's text to a string variable (all parts evaluated first)."""
        codes, shorts = [], []
        for part in parts:
            code, t = self.expr(part)
            text = self.as_str(self._val(code, t), t)
            if len(parts) > 1 and not is_simple(text):
                tmp = self.temp()
                self.out.emit(f"{tmp} = {text}")
                text = tmp
            codes.append(text)
            shorts.append(short_piece(part, t))
        self.append_codes(var, codes, shorts)

    def append_codes(self, var: Var, codes: list[str], shorts: list[bool]) -> None:
        """`s += text`, in place. CPython appends in place only to a fast local or a
        cell; a module global is first moved into a local, so that building a long string
        in a global stays linear too. A piece of unknown length is checked against
        --max-string first (runtime/limits.py); short ones are sampled (size_watch.py)."""
        self.note_write(var)
        values = []
        for code, short in zip(codes, shorts):  # evaluated before a global is moved out
            if (var.is_global or not short) and not is_simple(code):
                tmp = self.temp()
                self.out.emit(f"{tmp} = {code}")
                code = tmp
            values.append((code, short))
        unknown = [value for value, short in values if not short]
        if unknown:  # checked before anything changes: a caught error leaves s as it was
            total = " + ".join(f"len({x})" for x in [var.pyname] + unknown)
            self.out.emit(f"if {total} > _max_str: raise string_too_long({total})")
        hold = var.pyname
        if var.is_global:
            hold = self.temp()
            self.out.emit(f"{hold} = {var.pyname}; {var.pyname} = None")
        for value, _ in values:  # `s = s + s`: the global itself is in the hold now
            self.out.emit(f"{hold} += {hold if value == var.pyname else value}")
        if var.is_global:
            self.out.emit(f"{var.pyname} = {hold}; {hold} = None")
        if var.spec.name == "unicode":  # `u += x` keeps a UNICODE string's bytes UTF-16
            self.out.emit(f"{var.pyname} = to_unicode({var.pyname})")

    def assign_many(self, target: N.TupleLit, value: N.Expr) -> None:
        """`(x, y) = P()`: several values (a procedure's `RESULT (a, b)`) into several
        variables, in order."""
        tmp = self.temp()
        self.out.emit(f"{tmp} = values_for({self.value(value)}, {len(target.items)})")
        for i, item in enumerate(target.items):
            self.store_into(item, f"{tmp}[{i}]")

    def store_into(self, target: N.Expr, code: str) -> None:
        """Store into a member, an array element or a property; the element holding the
        target (`m[k]` in `m[k].name = x`) is created first when missing."""
        before = self.updating
        if isinstance(target, (N.Member, N.Index)):
            self.updating = changed_element(target.obj)
        try:
            self.store_target(target, code)
        finally:
            self.updating = before

    def store_target(self, target: N.Expr, code: str) -> None:
        if isinstance(target, N.Member) and self.is_part_of_time(target):
            target = N.Prop(target.line, target.col, target.obj, target.name)  # d.Day = 5
        if isinstance(target, (N.Member, N.Index)) and self.store_in_variant(target, code):
            return  # v.city = "Paris": a variant's sub-element, created by the write
        if isinstance(target, N.Member):
            self.store_member(target, code)
        elif isinstance(target, N.ClassMember):
            self.store_class_member(target, code)
        elif isinstance(target, N.Index) and self.may_hold_flags(target):
            self.store_flag(target, code)
        elif isinstance(target, N.Index):
            obj = self.member_to_change(target.obj, "its elements cannot be changed either")
            args = ", ".join(self.value(a) for a in target.args)
            self.out.emit(f"set_index({obj}, {code}, {args})")
        elif isinstance(target, N.Prop) and (var := self.prop_var(target)) is not None \
                and var.spec.kind in (Kind.TIME, Kind.DATETIME, Kind.DATE):
            self.note_write(var)  # t..Minute += 50, d..Day += 90 (with carries)
            self.out.emit(f"{var.pyname} = with_part_of({var.pyname}, {fold(target.name)!r}, "
                          f"{code}, {var.spec.kind!r})")
        elif isinstance(target, N.Prop) and (var := self.prop_var(target)) is not None \
                and var.stype in (S.DATE, S.STR):
            self.note_write(var)  # d..Day = 5 changes the date
            self.out.emit(f"{var.pyname} = with_part({var.pyname}, {fold(target.name)!r}, "
                          f"{code})")
        elif isinstance(target, N.Prop) and fold(target.name) == "null" \
                and isinstance(target.obj, N.Member):  # Customer.Email..Null = True
            obj = self.value(target.obj.obj)
            self.out.emit(f"set_item_null({obj}, {fold(target.obj.name)!r}, {code})")
        elif isinstance(target, N.Prop):
            obj = self.value(target.obj)
            self.out.emit(f"set_prop({obj}, {fold(target.name)!r}, {code}, _ctx)")
        elif isinstance(target, N.Name):
            var = self.target_var(target)
            self.assign_var(var, code, S.ANY)
        elif isinstance(target, N.Automation):
            self.out.emit(f"automation_fail({target.name!r})")
        elif isinstance(target, N.Substr) and not target.sliced:  # s[[2]] = "X"
            args = "".join(f", {self.value(x)}" for x in (target.a, target.b) if x is not None)
            old = self.value(target.obj)
            self.store_into(target.obj, f"substr_set({old}, {target.kind!r}, {code}{args})")
        elif isinstance(target, N.Indirect):
            self.out.emit(f"indirect_set(globals(), {self.value(target.name)}, {code}, _ctx)")
        else:
            raise self.refused(target)

    def store_flag(self, target: N.Index, code: str) -> None:
        """`c[Option] = True`: a new combination stored back into `c`, whatever place `c`
        is (a variable, in a method the member by its name, `o.m`, `t[i]`, `t[i].c`).
        Unless `c` is known to be an integer, what it holds decides when the statement
        runs: an array, a structure's array member... is indexed in place instead."""
        holder = target.obj  # in a method, m_c[Option] = True is the object's member
        if isinstance(holder, N.Name) and self.prog.refs.of(holder) is Ref.MEMBER:
            holder = N.Member(holder.line, holder.col,
                              self.var_node(holder.line, holder.col, "objet"), holder.name)
        option = self.value(target.args[0])
        if not is_simple(option):
            option, tmp = self.temp(), option
            self.out.emit(f"{option} = {tmp}")
        if not is_simple(code):
            code, tmp = self.temp(), code
            self.out.emit(f"{code} = {tmp}")
        held, t = self.expr(holder)
        held = self.member_to_change(holder, "its elements cannot be changed either") \
            if isinstance(holder, N.Member) else held
        if t is S.INT:
            self.store_into(holder, f"with_flag({held}, {code}, {option})")
            return
        now = self.temp()
        self.out.emit(f"{now} = {held}")
        self.out.emit(f"if holds_flags({now}, {option}):")
        self.out.indent()
        self.store_into(holder, f"with_flag({now}, {code}, {option})")
        self.out.dedent()
        self.out.emit("else:")
        self.out.indent()
        self.out.emit(f"set_index({now}, {code}, {option})")
        self.out.dedent()

    def may_hold_flags(self, target: N.Index) -> bool:
        """`c[Option] = True` changes the combination held by `c` (an integer), so it is
        a store into `c` itself: when `c` is a variable, member or element not known to
        hold a container, of one subscript."""
        obj = target.obj
        if len(target.args) != 1 or not isinstance(obj, (N.Name, N.Member, N.Index)):
            return False
        if isinstance(obj, N.Name) and self.prog.refs.of(obj) is not Ref.MEMBER:
            var = self.scope.lookup(fold(obj.name))
            if var is None or var.stype not in (S.ANY, S.INT):
                return False
        return True

    def prop_var(self, target: N.Prop) -> Var | None:
        """The variable of `v..Part` (None when `v` is not a variable name)."""
        obj = target.obj
        return self.scope.lookup(fold(obj.name)) if isinstance(obj, N.Name) else None

    def target_var(self, target: N.Name) -> Var:
        """The variable a name assigns: declared, else (undeclared) made implicit here."""
        ref = self.prog.refs.of(target)
        var = self.undeclared_var(target) if ref is Ref.UNDECLARED else \
            self.scope.lookup(fold(target.name))
        if var is None or ref not in (Ref.VAR, Ref.UNDECLARED):
            raise self.refused(target)  # a constant, a procedure...: WL106
        return var

    def s_IncDec(self, s: N.IncDec) -> None:
        """`x++` / `x--` are numeric. When the target's type is only known at run time
        (undeclared, variant) or is text, step_value reads it as a number instead of
        letting `+` concatenate; typed numbers and dates keep their own arithmetic."""
        target = s.target
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
            if t in (S.ANY, S.STR):
                stepped = f"step_value({self._val(code, t)}, {s.delta})"
                if var is not None:
                    self.assign_var(var, stepped, S.ANY)
                else:
                    self.store_into(target, stepped)
                return
        one = N.Num(s.line, s.col, 1)  # x = x + 1: what a date needs (a day later)
        self.s_Assign(N.Assign(s.line, s.col, target, "=", N.BinOp(s.line, s.col, op[0], target, one)))

    def s_ExprStmt(self, s: N.ExprStmt) -> None:
        e = s.expr
        if isinstance(e, N.Name):
            e = N.Call(e.line, e.col, e, [])
        if not isinstance(e, N.Call):  # evaluated for its errors, its value dropped
            code, _ = self.expr(e)
            self.out.emit(code)
            return
        code, _ = self.compile_call(e, statement=True)
        self.out.emit(code)

    # -- control flow -----------------------------------------------------------
    def cond(self, e: N.Expr) -> str:
        code, t = self.expr(e)
        if t in (S.BOOL, S.INT, S.REAL):
            return code
        return f"to_bool({code})"

    def s_If(self, s: N.If) -> None:
        for i, (cond, body) in enumerate(s.branches):
            self.out.at(cond.line, cond.col)
            self.out.emit(("if " if i == 0 else "elif ") + self.cond(cond) + ":")
            self.out.indent()
            self.block(body)
            self.out.dedent()
        if s.orelse is not None:
            self.out.emit("else:")
            self.out.indent()
            self.block(s.orelse)
            self.out.dedent()

    def s_Switch(self, s: N.Switch) -> None:
        subject, st = self.expr(s.subject)
        tmp = self.temp()
        self.out.emit(f"{tmp} = {self._val(subject, st)}")
        first = True
        for conds, body in s.cases:
            tests = " or ".join(self.case_test(tmp, st, c) for c in conds)
            self.out.emit(("if " if first else "elif ") + tests + ":")
            first = False
            self.out.indent()
            self.block(body)
            self.out.dedent()
        if s.other is not None:
            if first:
                self.out.emit("if True:")
            else:
                self.out.emit("else:")
            self.out.indent()
            self.block(s.other)
            self.out.dedent()

    def case_test(self, tmp: str, st: SType, c: N.CaseCond) -> str:
        a, b = c.a, c.b
        if c.kind == "upto" and b is not None:  # CASE TO 5
            hi, th = self.expr(b)
            return self._compare("<=", tmp, st, hi, th)
        if a is None:  # the parser builds no other condition without a left side
            raise self.error("this CASE has no value", c)
        if c.kind == "value" and any(isinstance(x, N.Subject) for x in walk_expr(a)):
            self.subject = (tmp, st)  # CASE 1 < * <= 5: a condition on the tested value
            return self.cond(a)
        if c.kind == "value":
            code, t = self.expr(a)
            return self._compare("=", tmp, st, self._val(code, t), t)
        if c.kind == "range" and b is not None:
            lo, tl = self.expr(a)
            hi, th = self.expr(b)
            return f"({self._compare('>=', tmp, st, lo, tl)} and {self._compare('<=', tmp, st, hi, th)})"
        code, t = self.expr(a)
        return self._compare(c.op, tmp, st, code, t)

    def s_While(self, s: N.While) -> None:
        if s.count is not None:  # LOOP (n): the count is evaluated once
            self.out.emit(f"for _ in range(for_bound({self.value(s.count)})):")
            self.loop_body(s.body, None)
            return
        if s.post_cond is not None:  # LOOP ... DO WHILE c: the test after each pass
            test = f"if not {self.cond(s.post_cond)}: break"
            self.out.emit("while True:")
            self.loop_body(s.body, test)
            self.out.indent()
            self.out.emit(test)
            self.out.dedent()
            return
        self.out.emit("while True:" if s.cond is None else f"while {self.cond(s.cond)}:")
        self.loop_body(s.body, None)

    def loop_body(self, body: list[N.Stmt], cont: str | None) -> None:
        self.loops.append(("loop", cont))
        self.out.indent()
        self.block(body)
        self.out.dedent()
        self.loops.pop()

    def s_Break(self, s: N.Break) -> None:
        if not self.loops:
            raise self.refused(s)
        self.out.emit("break")

    def s_Continue(self, s: N.Continue) -> None:
        if not self.loops:
            raise self.refused(s)
        step = self.loops[-1][1]
        if step:
            self.out.emit(step)
        self.out.emit("continue")

    def s_Return(self, s: N.Return) -> None:
        self.prog.emit_return(self, s)

    def s_WhenException(self, s: N.WhenException) -> None:
        self.out.emit("try:")
        self.out.indent()
        self.block(s.body)
        self.out.dedent()
        exc = self.temp()
        self.out.emit(f"except CATCHABLE as {exc}:")
        self.out.indent()
        self.out.emit(f"_rt.exception = as_wl_exception({exc})")
        self.block(s.handler)
        self.out.dedent()
        if s.orelse:
            self.out.emit("else:")
            self.out.indent()
            self.block(s.orelse)
            self.out.dedent()
