"""Calls of built-in functions: the arguments each needs (bare data names for the H*
functions, a variant's sub-element or an element created for the functions that grow
an array), its output parameters stored back, and the calls the semantic pass found
wrong made to fail when they run (mixed into the function compiler)."""
from __future__ import annotations

__all__ = ["BuiltinCallMixin", "takes_item"]

from typing import TYPE_CHECKING, Any

from ..runtime.dated_values import DATED_KINDS  # declared kinds kept in containers
from ..runtime.types import FIXED_ARRAY
from ..runtime.kinds import (K_ARRAY, K_ASSOC, K_OBJECT, K_STRUCT, K_VARIANT, Kind, SType,
                             STypeNames as S)
from ..semantics.builtin_calls import unknown_callee
from ..semantics.diagnostics import sentence
from ..semantics.read_only import changed_array
from ..semantics.text_named import NAMING_CALLS
from ..syntax import nodes as N
from ..syntax.names import fold
from ..syntax.walk import walk_expr
from .base import CompilerBase, RefNames as Ref
from .written_place import written_place
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.addressed import layout_of
    from ..runtime.declared_sizes import declared_bytes
    from ..runtime.value_methods import array_method
    from ..semantics.call_counts import kept_whole
else:  # `Transfer(&a, &b, n)` and `Dimension(x)`: seldom compiled
    on_first_call(globals(), "..runtime.addressed", "layout_of")
    on_first_call(globals(), "..semantics.call_counts", "kept_whole")
    on_first_call(globals(), "..runtime.declared_sizes", "declared_bytes")
    on_first_call(globals(), "..runtime.value_methods", "array_method")  # `v.Add(5)`

_ANNOTATION_TYPES = {"int": S.INT, "str": S.STR, "bool": S.BOOL, "float": S.REAL,
                     "Date": S.DATE, "Time": S.TIME, "DateTime": S.DATETIME,
                     "BufferResult": S.STR,
                     "LikeFirstResult": S.STR}
_DATED_TYPEVAR = {S.DATE: "wldate", S.TIME: "wltime", S.DATETIME: "wldatetime"}
DATED_MARKS = {S.DATE: "date", S.TIME: "time", S.DATETIME: "datetime"}
# built-ins given Dates and DateTimes marked: Max and Min compare the moments, the JSON
# writers write them in RFC 3339 form (stdlib/variants.py to_json)
_MOMENTS = frozenset({"Max", "Min", "VariantToJSON", "Serialize"})



class BuiltinCallMixin(CompilerBase):
    """Calls of built-in functions (mixed into the function compiler)."""

    if TYPE_CHECKING:  # the other mixins' own
        def spread_arg(self, arg: N.Expr, shown: str, fixed: int, required: int,
                       most: int | None) -> str: ...
        def member_to_change(self, e: N.Expr, how: str) -> str: ...
        def is_variant_place(self, e: N.Expr) -> bool: ...
        def variant_place(self, e: N.Expr, want: str) -> str: ...
        def changing(self, target: N.Expr, e: N.Expr) -> str: ...
        def writeback(self, arg: N.Expr, code: str, how: str = "") -> str | None: ...

    def builtin_arg(self, a: N.Expr, dated: bool = False) -> str:
        """An argument of a built-in: a Time goes marked with its kind (dated_values.py),
        so that a function wanting a number counts its hundredths (`NumToString(t)`,
        `Round(t)`), as a Time stored into a number does, and as a Variant holding the
        Time already did; a function wanting a text still reads its digits. `dated`: a
        Date or DateTime goes marked too (Max and Min compare the moments:
        runtime/extremes.py)."""
        return self.builtin_arg_typed(a, dated)[0]

    def builtin_arg_typed(self, a: N.Expr, dated: bool = False) -> tuple[str, SType]:
        """builtin_arg's code and the argument's static type."""
        code, t = self.expr(a)
        if t == S.TIME or dated and t in DATED_MARKS:
            return f"dated_variant({code}, {DATED_MARKS[t]!r})", t
        if t == S.INT or t == S.ANY:  # a combination's value (a variable, an element of
            return self.kept_options(a, code), t  # an array of it): its text, its names
        return (f"literal_to_value({code}, _ctx)" if t == S.LIST else code), t

    def builtin_call(self, node: N.Call, key: str, args: list[Any], shown: str) -> tuple[str, SType]:
        """A built-in's call: refused where the semantic pass found it wrong, the callee
        unknown or a `*` not at the end; else compiled from its arguments' code
        (builtin_codes), its output parameters stored back (with_outputs)."""
        wrong = self.prog.call_error(node)  # decided by the semantic pass (calls.py)
        b = self.prog.registry.functions.get(key)
        if b is None and wrong is None and key in self.prog.compiled_names:
            given = "".join(", " + (self.spread_arg(a, shown, len(args) - 1, 0, None)
                                    or self.value(a)) for a in args)  # Compile("P", ..)
            return f"call_compiled(_rt, {shown!r}{given})", S.ANY
        if wrong is not None:
            return self.prog.call_fail(wrong), S.ANY
        if b is None:
            return self.prog.fail_code(sentence(unknown_callee(shown)), node), S.ANY
        if any(type(a) is N.Substr and a.whole for a in args):  # `Count(MyParameters)`:
            args = kept_whole(args, b)  # the array, where the built-in takes one
        while args and isinstance(args[-1], N.DefaultArg):  # F(a, *): the default
            args = args[:-1]
        for a in args:
            if isinstance(a, N.DefaultArg):
                return self.prog.fail_code(f"{b.en}: '*' (default value) can only stand for "
                                           f"trailing parameters of a built-in function.",
                                           node), S.ANY
        shape = _shape(b)
        if b.en == "fRead" and len(args) == 3 and type(args[2]) is N.AddressOf:
            return self.read_into(node, b, args), S.ANY  # fRead(h, n, &buf)
        if b.en == "Transfer" and len(args) == 3:
            return self.transfer_call(b, args), S.ANY  # Transfer(&dest, &source, n)
        codes = self.builtin_codes(node, b, args, shape)
        if key in _SHIFTS and len(args) == 2 and self.eight_bytes(args[0], S.ANY):
            return f"{_SHIFTS[key]}({codes[0]}, {codes[1]}, True)", S.INT  # ?1512009
        if b.en == "GetDefinition" and len(args) == 1 and self.holds_variant(args[0]):
            codes[0] = f"null_variant({codes[0]})"  # its Null is a content, not unallocated
        if b.en == "Dimension" and len(args) == 1 and type(args[0]) in (N.Name, N.Member) \
                and (size := declared_bytes(self.static_spec(args[0]))) is not None:
            return repr(size), S.INT  # `int on 8 bytes`: 8, as declared (its value says 4)
        declared = self.declared_typevar(args[0]) \
            if b.en in ("TypeVar", "GetDefinition") and len(args) == 1 else None
        if declared is not None and key == "typevar":  # its values look like another type's:
            if any(type(x) is N.Call for x in walk_expr(args[0])):  # the declared one, the
                return f"({codes[0]}, {declared[1]!r})[1]", S.INT  # call made (its effects)
            return repr(declared[1]), S.INT
        ref = self.prog.builtin_ref(key, b)
        call = f"{ref}({', '.join(['_rt', *codes])})"
        if declared is not None:  # GetDefinition: the declared type's, as TypeVar
            return f"declared_definition({call}, {declared[0]!r}, {declared[1]!r})", shape[0]
        if not shape[1]:
            return call, shape[0]
        return self.with_outputs(b, call, args, shape[1]), S.ANY

    def builtin_codes(self, node: N.Call, b: Any, args: list[Any], shape: _Shape) -> list[str]:
        """The code of each argument of a built-in's call, as the built-in takes it: a data
        file's name, a Buffer's bytes kept, a query named, an array it grows created and
        changeable, the values it adds keeping their kind."""
        _, _, hfsql, naming, grower, items, written = shape
        typed = [(self.data_arg(a, k in items, k == 0), S.ANY) for k, a in enumerate(args)] \
            if hfsql else \
            [(spread, S.ANY) if (spread := self.spread_arg(a, b.en, len(args) - 1, b.min_args,
                                                          b.max_args))
             else self.builtin_arg_typed(a, b.en in _MOMENTS) for a in args]
        codes = [c for c, _ in typed]
        for k in written:  # fWrite(h, buf): a Buffer's bytes go marked as a Buffer's
            if k < len(args) and type(args[k]) is N.AddressOf:
                codes[k] = self.address_content(  # fWrite(h, &buf, n)
                    node.func.name if type(node.func) is N.Name else b.en, args[k])
            elif k < len(args):
                codes[k] = self.kept_buffer(args[k], codes[k], S.STR)
        rank = -1 if naming is None or naming >= len(args) else naming
        named = args[rank] if rank >= 0 else None
        if isinstance(named, N.Name) \
                and self.prog.refs.of(named) is Ref.UNDECLARED:  # the query's own name
            codes[rank] = f"data_name(_rt, {fold(named.name)!r}, {named.name!r})"
        elif isinstance(named, N.Name) \
                and self.prog.refs.of(named) is Ref.VAR:  # `QRY is Data Source`: its name
            codes[rank] = f"source_named(_rt, {codes[rank]}, {named.name!r})"
        if changed_array(node) is not None:  # Add(o.m_t, 5): m_t may be CONSTANT here
            codes[0] = self.member_to_change(args[0], f"{b.en} would change its elements")
        if grower and args and self.is_variant_place(args[0]) \
                and not codes[0].startswith("member_to_change("):
            codes[0] = self.variant_place(args[0], "'array'")  # Add(v.list, 1): created
        elif grower and args and isinstance(args[0], N.Index):
            codes[0] = self.changing(args[0], args[0])  # Add(m["k"], 1): m["k"] created
        if grower:  # ArrayAdd(arrStarts, t): a Date, Time or DateTime keeps its kind,
            # a computed one too (`tv.Add(d + 1)`, `Add(tv, Today())`: it was its digits)
            kinds = [self.declared_kind(a) or DATED_MARKS.get(t, "")
                     for a, (_, t) in zip(args[1:], typed[1:])]
            codes[1:] = [f"dated_variant({c}, {kind!r})" if kind in DATED_KINDS
                         and not c.startswith("dated_variant(") else
                         self.kept_buffer(a, c, S.STR) if kind in ("string", "numeric")
                         or type(a) is N.Call or type(a) in (N.BinOp, N.Unary) else c
                         for kind, a, c in zip(kinds, args[1:], codes[1:])]
        return codes

    def grown_receiver(self, obj: N.Expr, key: str) -> str | None:
        """`v.Add(5)`, `v.Insert(1, 7)`, `v.AddLine(3)` on a place declared Variant: the
        code of v made an array first when empty, as the function's form `ArrayAdd(v, 5)`
        makes it (the method stopped, "Add expects an array, not a value of type Null");
        a v holding an object keeps it, and its own method is called. None for a method
        no Array function that adds elements stands for."""
        if not self.is_variant_place(obj):
            return None
        b = array_method(key, self.prog.registry.functions)
        if b is None or b.en not in _GROWERS:
            return None
        return self.variant_place(obj, "'array'")

    def with_outputs(self, b: Any, call: str, args: list[Any], outputs: list[int]) -> str:
        """A call of a built-in with output parameters: its result tuple's values stored
        into their arguments (a text into a Buffer as UTF-8), its own result last."""
        t = self.temp()  # (result, out values...): each stored into its argument
        parts = [f"({t} := {call})"]
        for j, k in enumerate(outputs, 1):
            stored = f"utf8_stored({t}[{j}])" if k < len(args) and _text_output(b, k) \
                and self.held_as(args[k]) == "wlbuffer" else f"{t}[{j}]"
            wb = self.writeback(args[k], stored, f"{b.en}'s result") \
                if k < len(args) else None
            if wb:
                parts.append(wb)
        return "(" + ", ".join(parts) + f", {t}[0])[-1]"

    def read_into(self, node: N.Call, b: Any, args: list[Any]) -> str:
        """`fRead(h, n, &buf)`: the bytes read stored into buf (a string or a Buffer),
        their count returned, -1 on failure (buf unchanged), as old WINDEV code reads a
        block; the address of anything else has no memory behind it (address_content)."""
        target = args[2].target
        spec = self.static_spec(target)
        shown = node.func.name if isinstance(node.func, (N.Name, N.Member)) else b.en
        if spec is None or spec.kind != Kind.STRING or spec.dims:
            return self.address_content(shown, args[2], "read into")
        t = self.temp()
        call = f"{self.prog.builtin_ref('fread', b)}(_rt, {self.value(args[0])}, " \
               f"{self.value(args[1])})"
        stored = self.writeback(target, t, f"{b.en}'s result") or "None"
        return f"(({t} := {call}), -1 if {t} == -1 else ({stored}, len({t}))[-1])[-1]"

    def transfer_call(self, b: Any, args: list[Any]) -> str:
        """`Transfer(&dest, &source, n)`: each `&x` goes as its variable (its value and,
        for a simple one, its declared type: runtime/addressed.py), so that the copy
        knows their bytes (stdlib/memory_transfer.py); a simple destination's new value
        is stored back into it (a structure's or an array's members change in place)."""
        codes, back = [], ""
        for k, a in enumerate(args[:2]):
            if type(a) is not N.AddressOf:
                codes.append(self.value(a))  # a number: refused when it runs, in words
                continue
            element = self.fixed_element(a.target)
            if element is not None:  # `&t[13]`: the array's memory from that element on
                codes.append(f"addressed({self.value(element.obj)}, '', "
                             f"{'&' + written_place(a.target, '...')!r}, "
                             f"{self.value(element.args[0])})")
                continue
            spec = self.static_spec(a.target)
            simple = spec is not None and spec.kind not in (K_ARRAY, K_STRUCT, K_OBJECT,
                                                            K_ASSOC, K_VARIANT)
            t = self.temp()
            codes.append(f"({t} := addressed({self.value(a.target)}, "
                         f"{layout_of(spec if simple else None)!r}, "
                         f"{'&' + written_place(a.target, '...')!r}))")
            if k == 0 and simple:
                back = self.writeback(a.target, f"{t}.value", "Transfer") or ""
        call = f"{self.prog.builtin_ref('transfer', b)}(_rt, {', '.join(codes)}, " \
               f"{self.value(args[2])})"
        return f"({call}, {back})[0]" if back else call

    def fixed_element(self, target: N.Expr) -> N.Index | None:
        """`t[k]` of a one-dimensional fixed array (PC SOFT's WD Network frames reads a
        packet's IP address so: `Transfer(&:_nIPSource, &:_nPacket[13], 4)`), else None."""
        if type(target) is not N.Index or len(target.args) != 1:
            return None
        spec = self.static_spec(target.obj)
        if spec is None or spec.kind != K_ARRAY or spec.name != FIXED_ARRAY \
                or len(spec.dims) != 1:
            return None
        return target

    def address_content(self, name: str, arg: N.AddressOf, verb: str = "write") -> str:
        """`fWrite(h, &buf, n)`: the bytes at a string's or a Buffer's address are its own
        (old code writes a buffer so); wlinterp has no memory behind any other address,
        so `&n` of a number, a structure... stops the run saying so (its opaque handle's
        digits were written: "6553" for 4 bytes, silently; docs/semantics.md "`&x`")."""
        spec = self.static_spec(arg.target)
        if spec is not None and spec.kind == Kind.STRING and not spec.dims:
            return self.kept_buffer(arg.target, self.value(arg.target), S.STR)
        shown = _SHOWN_KINDS.get(str(spec.kind), "a variable") if spec is not None \
            else "a variable"
        return self.prog.fail_code(
            f"{name}: &{written_place(arg.target, '...')} is the address of {shown}: "
            f"wlinterp has no memory behind it to {verb}; give a string or a Buffer "
            f"(a number's bytes: a Buffer read by position).", arg)

    def declared_typevar(self, arg: N.Expr) -> tuple[str, object] | None:
        """(folded name, value) of the wl... constant of `arg`'s declared type where its
        values look like another type's at run time (held_as; a Date, Time or DateTime
        expression), else None: TypeVar(arg) and GetDefinition(arg) answer by it."""
        held = self.held_as(arg) or _DATED_TYPEVAR.get(self.expr(arg)[1])
        c = self.prog.registry.constants.get(held) if held is not None else None
        return (held, c.value) if held is not None and c is not None else None

    def holds_variant(self, arg: N.Expr) -> bool:
        """Is `arg` a variable, member or element declared Variant (not `object dynamic`,
        which refers to an object)?"""
        if isinstance(arg, N.Name):
            var = self.scope.lookup(fold(arg.name))
            spec = var.spec if var is not None else None
        else:
            spec = self.static_spec(arg) if isinstance(arg, (N.Member, N.Index)) else None
        return spec is not None and spec.kind == K_VARIANT and not spec.dynamic

    def data_arg(self, arg: N.Expr, item: bool = False, first: bool = False) -> str:
        """An H* function's argument: a bare data file or item name of the analysis wins
        over a built-in of the same name (`HReadSeekFirst(Customer, Email, x)`); where
        the function takes an item (`item`), over a variable of that name too:
        `HReadSeekFirst(Customer, Name, Name)` seeks the variable Name's value in the item
        Name (?3044136's example), and over a data file of that name
        (`HReadSeekFirst(Orders, Customer, n)`, Customer an item of Orders)."""
        if isinstance(arg, N.Name) and fold(arg.name) in self.prog.data_names:
            if self.prog.refs.of(arg) is not Ref.VAR:
                return f"data_name(_rt, {fold(arg.name)!r}, None{', True' if item else ''})"
            if item:
                return f"data_name(_rt, {fold(arg.name)!r}, {self.value(arg)}, True)"
        code = self.value(arg)
        if (first or item) and isinstance(arg, N.Name) \
                and self.prog.refs.of(arg) is Ref.UNDECLARED \
                and code.startswith("data_name(") and code.count("(") == 1:
            # the file's name (hooks.py); where a key is taken, `HReadFirst(Customer,
            # Nme)` with no such item: the name, which the key lookup refuses as the text
            # "Nme" (it was the implicit variable's "", the file read in its own order)
            return f"{code[:-1]}, {bool(item)}, {arg.name!r})"
        return code


_SHIFTS = {"bitleftshift": "w_shl", "bitdecalegauche": "w_shl", "bitrightshift": "w_shr",
           "bitdecaledroite": "w_shr"}
"""The shift functions, compiled as the operators when their value is 8 bytes wide."""

_Shape = tuple[SType, list[int], bool, int | None, bool, tuple[int, ...], tuple[int, ...]]
_SHAPES: dict[int, tuple[Any, _Shape]] = {}


def _shape(b: Any) -> _Shape:
    """What a built-in's calls return (its return annotation, when it cannot fail), the
    ranks of its output parameters (OutArg), whether it is an H* function (bare data
    names as arguments), names its query (semantics/text_named.py) or grows its first argument
    (_GROWERS), the ranks of its item parameters (ItemArg) and of those whose bytes it
    writes (BytesArg): read once per built-in."""
    hit = _SHAPES.get(id(b))
    if hit is not None and hit[0] is b:
        return hit[1]
    ret = S.ANY
    if not b.can_fail:
        ann = b.func.__annotations__.get("return")
        ret = _ANNOTATION_TYPES.get(ann if isinstance(ann, str) else getattr(ann, "__name__", ""),
                                    S.ANY)
    kinds = b.param_kinds() if "Arg" in str(b.func.__annotations__.values()) else []
    outputs = [i for i, kind in enumerate(kinds) if kind == "Out"]
    shape = (ret, outputs, b.family.startswith("HFSQL"), NAMING_CALLS.get(b.en),
             b.en in _GROWERS, tuple(i for i, kind in enumerate(kinds) if kind == "Item"),
             tuple(i for i, kind in enumerate(kinds) if kind == "Bytes"))
    _SHAPES[id(b)] = (b, shape)  # the built-in is kept: its id is not reused
    return shape


def _text_output(b: Any, rank: int) -> bool:
    """Does the built-in's output parameter at 0-based `rank` receive text (TextOutArg:
    Serialize's result), which a Buffer stores as its UTF-8 bytes?"""
    func = getattr(b.func, "__wrapped__", b.func)
    names = func.__code__.co_varnames[1:func.__code__.co_argcount]
    return rank < len(names) and func.__annotations__.get(names[rank]) == "TextOutArg"


def takes_item(b: Any, rank: int) -> bool:
    """Is the built-in's parameter at 0-based `rank` an item (ItemArg)?"""
    return rank in _shape(b)[5]


# Built-ins that add elements to the array given first: on a variant's sub-element never
# written, the sub-element is created as an array (docs/semantics.md "Variant sub-elements").
_GROWERS = frozenset(("Add", "ArrayAdd", "ArrayInsert", "ArrayAddLine", "ArrayInsertLine",
                      "ArrayAddSorted"))


# HExecuteSQLQuery(REQ_X, ...) with REQ_X declared nowhere (a query of the project, as
# real code names them): the name itself, so that REQ_X.Column then reads the result.


# how `fWrite(h, &x)`'s refusal names what x is declared
_SHOWN_KINDS = {"int": "an integer", "real": "a real", "boolean": "a boolean",
                "currency": "a currency", "numeric": "a numeric", "date": "a Date",
                "time": "a Time", "datetime": "a DateTime", "array": "an array",
                "assoc": "an associative array", "struct": "a structure",
                "object": "an object", "variant": "a Variant"}
