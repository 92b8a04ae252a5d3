"""What the declarations tell of an expression, for code generation: the declared kind of
a variable, member, element or procedure result (`time`, `date`...), the Date/Time static
type of a member or element, whether `d.Day` is a part of a time, the combination a value
is of, the wl... constant TypeVar gives by the declared type, and a call's declared result.
Mixed into the expression compiler (exprs.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..syntax.names import fold
from ..syntax.words import DATE_PART_WORDS, DATETIME_PART_WORDS, TIME_PART_WORDS
from .base import CompilerBase, RefNames as Ref
from ..semantics.symbols import static_type

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec
    from ..semantics.symbols import Var

TIMED = {Kind.DATE: S.DATE, Kind.TIME: S.TIME, Kind.DATETIME: S.DATETIME}
_STRING_HELD_AS = {"character": "wlcharacter", "buffer": "wlbuffer",
                   "unicode": "wlunicodestring"}  # held_as: TypeVar by the declaration

# `du.InSeconds = 128` / `du.EnSecondes`: a Duration's whole length in one unit
_DURATION_IN = frozenset({"inmilliseconds", "enmillisecondes", "inseconds", "ensecondes",
                          "inminutes", "enminutes", "inhours", "enheures", "indays",
                          "enjours"})


HELD_AS_OTHER: dict[str, str] = {Kind.NUMERIC: "wlnumeric", Kind.DATE: "wldate",
                                  Kind.TIME: "wltime", Kind.DATETIME: "wldatetime"}
"""Declared kinds whose values look like another type's at run time (a numeric like a
currency, a date or time like its digit string): TypeVar(v) and v..Type of such a variable
give the wl... constant of its declared kind."""


_NUMBER_KINDS = frozenset({Kind.INT, Kind.REAL, Kind.CURRENCY, Kind.NUMERIC})


class DeclaredKindMixin(CompilerBase):
    """The declared types of expressions, as code generation asks for them."""

    _counted_memo: tuple[N.Expr | None, bool] = (None, False)  # (counts_in_decimals)

    def timed_type(self, e: N.Member | N.Index | N.Name) -> SType:
        """S.DATE / S.TIME / S.DATETIME for a member or an element declared so (`o.d`,
        `t[i]`, `ts[i].d`, `m_d` named bare in a method), whose value is held as a variable of that type holds it: so
        `o.d + 1` is the next day and `o.dt..Millisecond` reads a date-time, as on a
        variable (they were a concatenation and a time's part). S.ANY otherwise."""
        spec = self.static_spec(e)
        if spec is None or spec.kind not in TIMED:
            return S.ANY
        if isinstance(e, N.Index) and (holder := self.static_spec(e.obj)) is not None \
                and len(holder.dims) > len(e.args):  # t[1] of a 2-dimension array: a row
            return S.ANY
        return TIMED[spec.kind]

    def var_type(self, var: Var) -> SType:
        """The static type of a variable's reads: a FOR EACH's variable over an array of
        Dates, Times or DateTimes is one (loops.py loop_element), the others their own.
        `d + 1` on such an element was the text "202503011"."""
        if self.loop_elements and var.stype == S.ANY \
                and (element := self.loop_elements.get(id(var))) is not None:
            return TIMED.get(element.kind, S.ANY)
        return var.stype

    def is_part_of_time(self, target: N.Member) -> bool:
        """`d.Day`, `t.Minute`: the modern spelling of `d..Day` on a Date, Time, DateTime
        or Duration variable, member or element (the help's own examples write
        `StartDate.Day += 5`)."""
        kind = self.declared_kind(target.obj)
        key = fold(target.name)
        return kind in (Kind.DATE, Kind.TIME, Kind.DATETIME, Kind.DURATION) \
            and (key in DATE_PART_WORDS or key in TIME_PART_WORDS
                 or kind == Kind.DURATION and key in _DURATION_IN
                 or kind == Kind.DATETIME and key in DATETIME_PART_WORDS)  # dt.Date, dt.Time

    def combination_of(self, e: N.Expr) -> str | None:
        """The combination `e` is declared of (folded), if it is; an option named as
        such (`Photo_Back`, `PhotoRole.Photo_Back`) is of its combination, as are its
        options joined by `+`, `|` or `-` (`(A + B)..Value`: it gave their flags). In a
        program without combinations, at once (each `+` asks it of both operands)."""
        if not self.prog.combinations:
            return None
        if type(e) is N.BinOp and e.op in ("+", "|", "-"):
            left = self.combination_of(e.left)
            return left if left == self.combination_of(e.right) else None
        spec = self.static_spec(e)
        if spec is not None and spec.kind == Kind.INT \
                and fold(spec.name) in self.prog.combinations:
            return fold(spec.name)
        if isinstance(e, N.Member) and isinstance(e.obj, N.Name) \
                and fold(e.obj.name) in self.prog.combinations \
                and fold(e.name) in self.prog.enums[fold(e.obj.name)]:
            return fold(e.obj.name)
        if isinstance(e, N.Name) and self.prog.refs.get(e) is not Ref.VAR \
                and self.scope.lookup(fold(e.name)) is None:
            key = fold(e.name)
            return next((c for c in self.prog.combinations if key in self.prog.enums[c]),
                        None)
        return None

    def kept_options(self, e: N.Expr, code: str) -> str:
        """Code of `e` going where no declaration keeps its type (a built-in's argument, a
        Variant, an untyped parameter, a text): a combination's value goes marked with
        its combination (runtime/enums.py CombinationValue), so that its text is its
        options' names (`Trace(c)` showed 3); anything else as it is."""
        comb = self.combination_of(e)
        if comb is None:
            return code
        return f"combination_marked({code}, {self.prog.constant_code(comb)[0]})"

    def options_text(self, e: N.Expr, code: str, t: SType) -> tuple[str, SType]:
        """`e`'s code and static type where it is joined to a text (`"x" + c`, `s += c`):
        a combination's value as its options' names (kept_options), else as it is."""
        if t in (S.INT, S.ANY) and (marked := self.kept_options(e, code)) is not code:
            return f"to_str({marked})", S.STR
        return code, t

    def combined_options(self, e: N.BinOp, ca: str, cb: str) -> str | None:
        """Code of `a + b` / `a - b` where both are options of one combination: the union
        and the difference of their sets of options (`Read + Read` is Read, it was the
        sum 2, the next option; `c - Write` without Write set is c, it was -1, every
        option), as `|` and `& ~` of their flags (docs/semantics.md "Enumerations and
        combinations"); None for other operands (numbers add as numbers)."""
        comb = self.combination_of(e.left)
        if comb is None or comb != self.combination_of(e.right):
            return None
        return f"(({ca}) | ({cb}))" if e.op == "+" else f"(({ca}) & ~({cb}))"

    def kept_buffer(self, e: N.Expr, code: str, t: SType) -> str:
        """Code of `e` going where no declaration keeps its type (a Variant, an untyped
        parameter, an array of Variant): a Buffer's bytes go marked (runtime values.py
        BufferText), so that TypeVar answers wlBuffer there too (it said wlString); a
        numeric's value too (stored_numbers.py NumericHeld: it said wlCurrency)."""
        held = self.held_as(e)
        if t in (S.STR, S.ANY) and held == "wlbuffer":
            return f"buffer_variant({code})"
        if held == "wlnumeric":  # a numeric stays one for TypeVar (NumericHeld)
            return f"numeric_variant({code})"
        return code

    def ansi_crossing(self, spec: TypeSpec, value: N.Expr, code: str) -> str:
        """Code of `value` stored into a string or a Buffer (`spec`): a Buffer's bytes
        into a string are read as ANSI, a string's text into a Buffer written so
        (runtime/ansi_text.py: `s = buf` kept byte 0x80 as U+0080, not "€")."""
        if spec.name == "buffer":
            return code if self.held_as(value) == "wlbuffer" else f"text_buffer({code})"
        if not spec.name and self.held_as(value) == "wlbuffer":
            return f"buffer_text({code})"
        return code

    def held_as(self, e: N.Expr) -> str | None:
        """The wl... constant (folded name) TypeVar(e) and e..Type give by e's declared
        type when its values look like another type's (HELD_AS_OTHER; a Character is a
        one-character string: wlCharacter, ?1000024442; a Buffer, wlBuffer; a UNICODE
        string, wlUnicodeString; a sized integer is a Python int
        whatever its size: wlInt_8, wlUnsignedInt_2... stdlib/typevar.py), else None."""
        held = HELD_AS_OTHER.get(self.declared_kind(e))
        if held is not None:
            return held
        if type(e) is N.Num and getattr(e.value, "wl_type_name", "") == "numeric":
            return "wlnumeric"  # `0n1.5` (syntax/currency_literal.py NumericLiteral)
        if type(e) is N.Call and (held := self.builtin_held_as(e)) is not None:
            return held
        if type(e) is N.Substr and not e.sliced:  # b[[1 TO 4]]: a piece of a Buffer is one
            return "wlbuffer" if self.held_as(e.obj) == "wlbuffer" else None
        if type(e) is N.BinOp:
            return self._held_by_operands(e)
        if self.computed_numeric(e):
            return "wlnumeric"
        spec = self.held_spec(e)
        if spec is not None and spec.kind == Kind.STRING and spec.name in _STRING_HELD_AS:
            return _STRING_HELD_AS[spec.name]  # a Buffer's bytes are held as a string
        if spec is not None and spec.kind == Kind.INT and (spec.bits != 32 or spec.unsigned):
            return f"wl{'unsignedint' if spec.unsigned else 'int'}_{spec.bits // 8}"
        return None

    def _held_by_operands(self, e: N.BinOp) -> str | None:
        """held_as of `a op b`, asking each operand once: two Buffers joined are one
        (`b1 + b2`); a value computed from a numeric is a numeric (computed_numeric).
        Asking the operands again for each question made a chain of 25 `+` take minutes
        (each level asked its left operand two or three times: 2**25 questions and more).
        The operations on the left side are walked along it, innermost first, not by one
        recursion each: a chain of 1,000 `+` ran out of Python's stack."""
        spine = [e]
        while type(spine[-1].left) is N.BinOp:
            spine.append(spine[-1].left)
        held = self.held_as(spine[-1].left)
        for op in reversed(spine):
            right = self.held_as(op.right)
            if op.op == "+" and held == right == "wlbuffer":
                continue  # (two Buffers joined are one)
            held = "wlnumeric" if self._numeric_operands(op, held, right) else None
        return held

    def _numeric_operands(self, e: N.BinOp, left: str | None, right: str | None) -> bool:
        """Is `a op b` computed from a numeric, its operands' held_as being given: `+ - * /`
        with one operand held as a numeric and the other surely a number."""
        if e.op not in ("+", "-", "*", "/"):
            return False
        num_l, num_r = left == "wlnumeric", right == "wlnumeric"
        return (num_l or num_r) and (num_l or self.counts_in_decimals(e.left)) \
            and (num_r or self.counts_in_decimals(e.right))

    def computed_numeric(self, e: N.Expr) -> bool:
        """Is `e` computed from a numeric (`n * 2`, `c + n`, `-n`): `+ - * /` or a sign
        with one operand declared numeric and the others surely numbers? Its value is a
        numeric wherever it goes (TypeVar wlNumeric: docs/semantics.md "TypeVar of a
        numeric or a currency, wherever it goes"); it said wlCurrency, as for a currency."""
        if type(e) is N.Unary:
            return e.op in ("neg", "pos") and self.held_as(e.operand) == "wlnumeric"
        if type(e) is not N.BinOp or e.op not in ("+", "-", "*", "/"):
            return False
        return self._numeric_operands(e, self.held_as(e.left), self.held_as(e.right))

    def held_spec(self, e: N.Expr) -> TypeSpec | None:
        """The declared type held_as reads: a variable's (a FOR EACH's variable: its
        array's element type), a member's named bare in a method (`m`, `g`, `::g`,
        `C::g`), an element's, a call's declared result; None when unknown. A Buffer
        there answered wlString (its bytes are held as a string)."""
        if isinstance(e, (N.Name, N.Member, N.Index, N.ClassMember)):
            return self.static_spec(e)
        return self.result_spec(e) if type(e) is N.Call else None

    def builtin_held_as(self, e: N.Call) -> str | None:
        """"wlbuffer" for a call of a built-in whose result is a Buffer (its result
        annotated BufferResult, or LikeFirstResult given a Buffer: registry.py), else
        None: HashString's result put into a Variant answers wlBuffer, as a Buffer
        variable does (it said wlString)."""
        if type(e.func) is not N.Name or self.prog.refs.get(e.func) is not Ref.BUILTIN:
            return None
        b = self.prog.registry.functions.get(fold(e.func.name))
        ret = b.func.__annotations__.get("return") if b is not None else None
        if ret == "BufferResult" or ret == "LikeFirstResult" and e.args \
                and self.held_as(e.args[0]) == "wlbuffer":
            return "wlbuffer"
        return None

    def result_spec(self, e: N.Call) -> TypeSpec | None:
        """The declared result type of a call of the program's own procedure (`PROCEDURE
        P() : Time`) or of a method of an object whose class is known (`o.Next()`), None
        for any other call or an undeclared result."""
        func = e.func
        if self.prog.session is not None:
            return None
        if type(func) is N.Member:
            cls = self.receiver_class(func.obj)
            method = self.prog.find_method(cls, fold(func.name)) if cls else None
            return method.ret_spec if method is not None else None
        proc = self.prog.procs.get(fold(func.name)) if isinstance(func, N.Name) \
            and self.prog.refs.get(func) is Ref.PROC else None
        return proc.ret_spec if proc is not None else None

    def method_result(self, e: N.Call) -> SType:
        """The static type of `o.M(...)` when M's declared result is a Date, Time or
        DateTime and o's class is known (result_spec): stores and arguments then treat
        it as such a value (`dt is DateTime = o.Slot()` is that time today; it read the
        Time's digits as a date). Any other result stays unknown (S.ANY): a redefinition
        dispatched at run time must not meet a native operator chosen for another type."""
        spec = self.result_spec(e)
        t = static_type(spec) if spec is not None else S.ANY
        return t if t in (S.DATE, S.TIME, S.DATETIME) else S.ANY

    def declared_kind(self, e: N.Expr) -> str:
        """The declared type kind of a variable, a member, an element or a procedure's
        result (`time`, `date`...), '' when the code does not tell it."""
        if isinstance(e, N.Call):  # ArrayAdd(t, NextSlot()) with NextSlot() : Time
            spec = self.result_spec(e)
            return spec.kind if spec is not None else ""
        if isinstance(e, N.Name):
            var = self.scope.lookup(fold(e.name))
            if var is not None:  # a FOR EACH's variable: a Date element is a Date
                element = self.loop_elements.get(id(var)) if self.loop_elements else None
                return element.kind if element is not None and (
                    element.kind in TIMED or element.kind == Kind.NUMERIC) else var.spec.kind
        if isinstance(e, (N.Name, N.Member, N.Index, N.ClassMember)):  # (bare: a member;
            # C::g: a global member, whose `C::g..Hour` read the digits of its text)
            spec = self.static_spec(e)
            if spec is not None:
                return spec.kind
        return ""

    def counts_in_decimals(self, e: N.Expr) -> bool:
        """Is `e` surely a number (a number literal, or declared an integer, a real, a
        currency or a numeric)? A currency product of two such is computed in the currency
        directly; with another operand (a Duration, a Variant...) it may be a Duration,
        which stays one (runtime/stored_numbers.py co_product).
        A chain `m * a / b / ...` is walked along its left side, each right side asked
        on the way (1,000 terms ran out of Python's stack, "nests too deeply"), and a
        walk stops at the operation answered last (the compiler asks from the innermost
        join out: linear, not quadratic)."""
        top, memo = e, self._counted_memo
        while e is not memo[0]:
            if isinstance(e, N.Unary):
                if e.op not in ("neg", "pos"):
                    return False
                e = e.operand
            elif isinstance(e, N.BinOp):
                if e.op not in ("+", "-", "*", "/") or not self.counts_in_decimals(e.right):
                    return False
                e = e.left
            else:
                found = isinstance(e, N.Num) or self.declared_kind(e) in _NUMBER_KINDS
                break
        else:
            found = memo[1]
        if isinstance(top, N.BinOp):
            self._counted_memo = (top, found)
        return found
