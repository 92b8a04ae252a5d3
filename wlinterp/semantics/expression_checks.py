"""The semantic pass's checks of expressions that are more than a walk of their operands:
operators, `x++` in an expression, `*` in a CASE, `C::X`, `new`. Each takes the function's
checker, as calls.py's check_call and lookup.py's resolve_read do, and checker.py's
dispatch reaches it as the method `x_<node class>` (members: member_checks.py)."""
from __future__ import annotations

__all__ = ["check_address_of", "check_is_class", "check_binop", "check_class_member", "check_comparison",
           "check_logic", "left_spine",
           "check_new", "check_step", "check_subject", "check_unary_op"]

from typing import TYPE_CHECKING, Any, Iterator

from ..runtime.kinds import Kind
from ..syntax import nodes as N
from ..syntax.names import fold
from .lookup import resolve_read
from .class_names import new_by_name
from .enum_checks import check_enum_order
from .operands import check_arith, check_compare, check_unary
from .resolved import Ref
from .symbols import run_time_dims
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .assignments import check_target
    from .creation import check_creation
    from .class_member_names import class_has_constant, own_class_method, unknown_class_member
    from .properties import class_property, global_property
    from .passed_procedures import constructor_proc_ranks, procedure_ref
else:
    on_first_call(globals(), ".assignments", "check_target")
    on_first_call(globals(), ".creation", "check_creation")
    on_first_call(globals(), ".class_member_names",
                  "class_has_constant", "own_class_method", "unknown_class_member")
    on_first_call(globals(), ".properties", "class_property", "global_property")
    on_first_call(globals(), ".passed_procedures", "constructor_proc_ranks", "procedure_ref")

if TYPE_CHECKING:
    from .checker import FunctionChecker

_STRUCT = Kind.STRUCT


def check_binop(fc: "FunctionChecker", e: N.BinOp) -> None:
    """`e` and the operations on its left side (left_spine), each operation's own checks
    after its right operand's."""
    for op in left_spine(fc, e, N.BinOp):
        _operation_checks(fc, op)


def check_logic(fc: "FunctionChecker", e: N.Logic) -> None:
    """`a AND b AND ... AND z` (OR, _AND_, _OR_), walked along its left side as
    check_binop's: 1,000 conditions (generated filters, long validations) ran out of
    Python's stack, "nests too deeply"."""
    for _ in left_spine(fc, e, N.Logic):
        pass


def left_spine(fc: "FunctionChecker", e: Any, kind: type) -> Iterator[Any]:
    """The operations of `kind` down `e`'s left side, innermost first, each given once
    its right operand is checked (the innermost left operand first): walked along that
    side rather than by one recursion each, as `n1 + n2 + ... + n1000` (generated code,
    long totals and SQL texts) ran out of Python's stack, "nests too deeply". Same order
    as the recursion."""
    spine = [e]
    while type(spine[-1].left) is kind:
        spine.append(spine[-1].left)
    fc.expr(spine[-1].left)
    for op in reversed(spine):
        fc.expr(op.right)
        yield op


def _operation_checks(fc: "FunctionChecker", e: N.BinOp) -> None:
    """One operation's own checks, its operands checked already."""
    check_arith(fc, e)
    if e.op == "&" and isinstance(e.right, N.AddressOf):
        _c_logic(fc, e, "&&", "a binary AND (&) with the address (&) of what follows",
                 "AND (ET), or _AND_ (_ET_)")
    elif e.op == "||" and _truth(e.left) and _truth(e.right):  # `(a = 1) || (b = 2)`
        _c_logic(fc, e, "||", _XOR, "OR (OU), or _OR_ (_OU_)")
    elif e.op == "&" and (type(e.left) is N.Str or type(e.right) is N.Str):
        text = fc.rep.lines[e.line - 1] if 0 < e.line <= len(fc.rep.lines) else ""
        found = text.find("&", max(e.col - 1, 0))  # `"Jean" & " " & sNom` (Visual Basic)
        fc.rep.report("WL224", "'&' is WLanguage's binary AND (?1512009), not Visual "
                      "Basic's concatenation: texts are joined with +", e, 1,
                      col=found + 1 if found >= 0 else None)


def check_comparison(fc: "FunctionChecker", e: N.Compare) -> None:
    fc.exprs(e.operands)
    check_compare(fc, e)
    check_enum_order(fc, e)
    for inner in e.operands[1:-1]:  # `a = 1 || b = 2`: `a = (1 || b) = 2`
        if isinstance(inner, N.BinOp) and inner.op == "||":
            _c_logic(fc, inner, "||", _XOR + ", read before the comparisons around it",
                     "OR (OU), or _OR_ (_OU_)")


_XOR = "WLanguage's binary exclusive OR (?1512009)"


def _truth(e: N.Expr) -> bool:
    """Whether `e` is a condition (a comparison, AND/OR/NOT, IN): `||` between two is
    C's OR written where WLanguage reads an exclusive OR."""
    return isinstance(e, (N.Compare, N.Logic, N.InList)) or (
        isinstance(e, N.Unary) and e.op == "not")


def _c_logic(fc: "FunctionChecker", at: N.Expr, op: str, read: str, logical: str) -> None:
    """WL224: C's logical `&&` / `||` in a condition (code ported from C, C#, Java or
    JavaScript, and WLanguage written from memory). WLanguage compiles both, to something
    else: `a = 1 && b = 2` is `a = (1 & &b) = 2`, `a = 1 || b = 2` is `a = (1 || b) = 2`
    (exclusive OR), and the condition is silently wrong."""
    text = fc.rep.lines[at.line - 1] if 0 < at.line <= len(fc.rep.lines) else ""
    found = text.find(op, max(at.col - 1, 0))  # (the caret on the operator as written)
    if found < 0 and op == "&&":  # `a & &b`, spaced
        op, found = "& &", text.find("&", max(at.col - 1, 0))
    fc.rep.report("WL224", f"'{op}' is no logical operator in WLanguage: here it is {read}; "
                  f"a logical {'OR' if op == '||' else 'AND'} is written {logical}", at,
                  len(op), col=found + 1 if found >= 0 else None)


def check_unary_op(fc: "FunctionChecker", e: N.Unary) -> None:
    fc.expr(e.operand)
    check_unary(fc, e)


def check_step(fc: "FunctionChecker", e: N.Step) -> None:
    if isinstance(e.target, (N.Name, N.Member, N.Index)):
        check_target(fc, e.target, compound=True)
    else:
        fc.rep.report("WL111", "'++' and '--' need a variable, a member or an array "
                      "element", e)


def check_subject(fc: "FunctionChecker", e: N.Subject) -> None:
    if not fc.in_case:
        fc.rep.report("WL111", "'*' stands for the tested value only in a CASE of a "
                      "SWITCH", e)


def check_class_member(fc: "FunctionChecker", e: N.ClassMember) -> None:
    """`C::X` / `::X`: a global member or a constant; `::X` alone may be any name."""
    key = fold(e.name)
    cls = fold(e.cls) if e.cls else fc.scope.method_owner()
    if e.cls and cls not in fc.sym.structs:  # no such class: fails when run
        fc.sym.refs.record(e, Ref.UNDECLARED)
        unknown_class_member(fc, e)
    elif cls is not None and any(key in fc.sym.structs[c].statics
                               for c in fc.sym.lineage(cls)):
        fc.sym.refs.record(e, Ref.STATIC)
        why = fc.sym.inaccessible(e.name, fc.scope.method) if e.cls else None
        if why:  # `CB::s_secret` of a PRIVATE GLOBAL member, outside the class
            fc.rep.report("WL112", why, e, len(e.name), col=e.col + 2)
    elif cls and (e.cls and key in fc.sym.property_names() or global_property(fc, cls, key)) \
            and class_property(fc, e, cls, e is fc.assigning):
        return  # CX::Count (::Count in its class): a GLOBAL property of the class
    elif cls is not None and (own := fc.sym.class_constant(cls, key)) is not None:
        fc.sym.refs.record_class_constant(e, own)  # CA::MAXV, ::MAXV in CA's methods
    elif cls and e.cls and (key in fc.sym.constants or _any_class_constant(fc, key)) \
            and not class_has_constant(fc, cls, key):
        fc.sym.refs.record(e, Ref.UNDECLARED)  # `CB::X` for CA's X (classes.py)
        unknown_class_member(fc, e)
    elif key in fc.sym.constants or fc.global_kind(key) == "constant":
        fc.sym.refs.record(e, Ref.CONSTANT)
    elif e.cls is None and cls is not None \
            and (method := fc.sym.find_method(cls, key)) is not None:
        own_class_method(fc, e, cls, method)  # `::Cmp` in a method of the class
    elif e.cls is None:
        resolve_read(fc, e)
    else:
        fc.sym.refs.record(e, Ref.UNDECLARED)  # fails when run (classes.py)
        unknown_class_member(fc, e)


def _any_class_constant(fc: "FunctionChecker", key: str) -> bool:
    """Does some class declare a constant `key` (`CB::X` for CA's X: WL109, with where
    X is declared as a hint)?"""
    return any(key in s.consts for s in fc.sym.structs.values())


def check_new(fc: "FunctionChecker", e: N.New) -> None:
    if new_by_name(fc, e):  # `new sClass(args)`: the class its value names
        return
    if e.dims is not None and run_time_dims(e, fc.sym.constants) is not None:
        fc.spec(e.dims_text, e)  # `new array of n int`: n is read when the `new` runs
        fc.exprs(e.dims)
        from .array_dimensions import check_literal_dimensions
        check_literal_dimensions(fc, e.dims, e, 1)  # `new array of (-1) int`
        return
    spec = fc.spec(e.type_name, e)
    words = e.type_name.split()
    interface = fc.sym.interfaces.get(fold(words[-1])) if words else None
    if interface is not None:  # (?6010017: an interface has no member, no code)
        fc.rep.report("WL110", f"{interface.name} is an interface: it has no objects of its "
                      f"own; create an object of a class that implements it", e, 1)
    ranks: tuple[int, ...] = ()
    if spec.kind is _STRUCT:
        check_creation(fc, spec.name, e.args, e, e.line, e.col, 1)
        ranks = constructor_proc_ranks(fc, spec.name) if e.args else ()
    for i, a in enumerate(fc.sym.refs.args_of(e, e.args or [])):  # (named ones placed:
        if not (i in ranks and procedure_ref(fc, a)):  # named_args.py); `new R(:Run)`:
            fc.expr(a)  # Run passed (passed_procedures.py)


def check_address_of(fc: "FunctionChecker", e: N.AddressOf) -> None:
    """`&x`: the address goes to code that writes through it (`API(..., &nSize)`,
    `Transfer(&nTarget, ...)`), so x counts as assigned as well as read: WL204 said it
    was never assigned (12 of the real-code corpus's 14 WL204 were such)."""
    fc.expr(e.target)
    if isinstance(e.target, N.Name):
        sym = fc.scope.lookup(fold(e.target.name))
        if sym is not None:
            sym.written = True


def check_is_class(fc: "FunctionChecker", e: N.IsClass) -> None:
    """`o is CClass` (?6010013): the class named must be a class (or an interface) of the
    program; another name would make the test False whatever o holds (a typo)."""
    fc.expr(e.value)
    key = fold(e.cls)
    info = fc.sym.structs.get(key)
    if (info is None or not info.is_class) and key not in fc.sym.interfaces:
        fc.rep.report("WL110", f"'{e.cls}' is not a class of the program (`o is CClass` "
                      f"tests the class of the object o holds): the test is always False",
                      e, 1, deferred=True)
