"""What a name designates, decided once by the semantic pass and read by the compiler.

The checker (lookup.py, calls.py, checker.py) resolves every name it meets in WLanguage's lookup
order and records the verdict in `Resolutions`, keyed by the node: a `Name` read,
assigned or called (`P(...)`, or `P` alone, which calls P), the `Member` of a method
call (`obj.M(...)`), a `ClassMember` (`::X`). Code generation asks `Resolutions.of(node)`
and generates what the verdict says; it never walks the lookup order again, so `wl
check` and `wl run` cannot disagree on what a name is.
"""
from __future__ import annotations

__all__ = ["Ref", "Resolutions", "CALLS", "NOT_ASSIGNABLE", "class_constant_key",
           "sizes_with_class_constants"]

from enum import StrEnum
from typing import Any


class Ref(StrEnum):
    """The kinds of thing a name can designate."""

    VAR = "variable"  # a variable or parameter (of this function or an enclosing one)
    # a main-code variable read above the declaration of this function's variable of that
    # name, which hides it from there on (lookup.py pending_read)
    MAIN_VAR = "main-code-variable"
    UNDECLARED = "undeclared"  # an implicit variant (maybe a data file or item, a control)
    MYPARAMS = "myparameters"  # MyParameters / MesParamètres in a PROCEDURE P(*)
    MEMBER = "member"  # a member of the current object (in a method)
    STATIC = "static-member"  # a global (static) member of the current class
    CONSTANT = "constant"  # of the program, of an enumeration, or a built-in one
    BUILTIN_VAR = "builtin-variable"  # ErrorOccurred, MyWindow...
    ELEMENT_MEMBER = "element-member"  # SORTED BY nAge: x.nAge (sort_keys.py, stands_for)
    TYPE = "type"  # a type used as a value (refused)
    CLASS_NAME = "class-name"  # a class's name as a value: its name, a text (?2514004)
    PROC_REF = "procedure-reference"  # a procedure named without its required arguments
    INTERNAL_REF = "internal-procedure-reference"
    OWN_METHOD_REF = "own-method-reference"  # `CList::Cmp` in CList's method: on the object
    OBJECT_METHOD_REF = "object-method-reference"  # `Run(o.Show)`: on the object o
    # the name is called (`P(...)`, or `P` alone):
    PROC = "procedure"  # a procedure of the program (or of an earlier REPL input)
    INTERNAL = "internal-procedure"  # an internal procedure of an enclosing body
    METHOD = "method"  # a method of the current object, dispatched on its class
    VALUE_CALL = "procedure-value"  # `x(args)`: x is a PROCEDURE (or variant) variable
    NOT_CALLABLE = "not-callable"  # another variable called (refused)
    EXECUTE_ANCESTOR = "execute-ancestor"  # ExecuteAncestor(...)
    BUILTIN = "builtin"  # a built-in function (or an unknown one: fails when reached)
    # `obj.M(args)` (recorded on the Member):
    ANCESTOR_METHOD = "ancestor-method"  # Ancestor.M(...): the parent class's version
    STATIC_METHOD = "static-method"  # Class.M(...) / Class::M(...): no object, class known
    STATIC_PROPERTY = "static-property"  # Class.P / Class::P: a GLOBAL property's accessor
    DYNAMIC = "dynamic-method"  # a method, dispatched on the object's class at run time
    BUILTIN_METHOD = "builtin-method"  # a built-in taking obj as its first argument
    EXTENSION = "extension-procedure"  # a procedure <extension> taking obj first (?1514086)


CALLS = frozenset({Ref.PROC, Ref.INTERNAL, Ref.METHOD, Ref.VALUE_CALL, Ref.NOT_CALLABLE,
                   Ref.EXECUTE_ANCESTOR, Ref.BUILTIN})
NOT_ASSIGNABLE = frozenset({Ref.CONSTANT, Ref.BUILTIN_VAR, Ref.TYPE, Ref.PROC, Ref.INTERNAL,
                            Ref.PROC_REF, Ref.INTERNAL_REF, Ref.BUILTIN})


def class_constant_key(cls: str, key: str) -> str:
    """The key of the constant `key` of the class `cls` (both folded) in the program's
    constant tables: `ca::maxv`. Each class has its own constants (two classes may each
    declare MAXV, VERIFIED ?1514012: a class's constant is declared "to be used in the
    class"); a plain name never reaches this key, only the lookups that know the class
    (`CA::MAXV`, `obj.MAXV`, `MAXV` in a method of CA's lineage) do."""
    return f"{cls}::{key}"


def sizes_with_class_constants(sizes: dict[str, int]) -> dict[str, int]:
    """`sizes` (folded name -> integer constant, keyed `cls::name` for a class's) with
    each class constant's bare name added when no program constant has that name and no
    other class declares one: a size in a type phrase outside the class's methods. A
    structure declared after its class's END, in the class's declaration code, sizes its
    fixed array by the class's constant (`tabBuffer est un tableau fixe de
    Size_MSG_Socket_RX_ACQU entier sur 2` in a real WINDEV 28 project, which compiles
    there: INFERRED); it became an unknown type, an empty Variant, when each class got
    its own constants. Only type phrases read this table: an expression still names a
    class's constant through its class (docs/semantics.md "A class's constants")."""
    bare: dict[str, int | None] = {}
    for key, value in sizes.items():
        _, sep, name = key.partition("::")
        if sep and name not in sizes:
            bare[name] = value if name not in bare else None  # (two classes: neither)
    if not bare:
        return sizes
    return {**sizes, **{name: v for name, v in bare.items() if v is not None}}


class Resolutions:
    """The semantic pass's verdict per node. Nodes are keyed by identity; the table keeps
    each node alive so that an identity is never reused while the verdict is in force."""

    def __init__(self) -> None:
        self._refs: dict[int, tuple[Any, Ref]] = {}
        # names with several syntaxes (help ?1514063): folded name, or (class, method
        # key), -> its declarations in program order (semantics/overloads.py)
        self.overloaded: dict[object, list[Any]] = {}
        # a call of such a name: id(call) -> (call, the declaration it runs, or None
        # when its arguments' values choose it at run time)
        self.syntaxes: dict[int, tuple[Any, Any]] = {}
        # a name that stands for a call the pass made up and checked (`CClass::M` without
        # parentheses: `CClass.M()`): id(name) -> (name, the call)
        self.stands_for: dict[int, tuple[Any, Any]] = {}
        # a name resolved to a class's constant: id(name) -> (name, its key,
        # class_constant_key); the compiler values it by that key
        self.class_constants: dict[int, tuple[Any, str]] = {}
        # named arguments put at their parameters' places (`P(nB : 2, nA : f())`, `new
        # C(nY : 1)`, `o is C(...)`, `Constructor CBase(...)`: semantics/named_args.py),
        # here, never in the tree (`wl check` and the REPL analyse a tree more than once):
        # id(node) -> (node, the arguments placed, the indexes of those evaluated in the
        # order written, named_args.py `_written_order`)
        self.placed: dict[int, tuple[Any, list[Any], tuple[int, ...]]] = {}
        # a call whose named arguments were placed: id(call) -> (call, its stand-in, a
        # Call of the same callee with the arguments placed and that order), which the
        # rest of the pass and the compiler read instead of the call as written
        self.placed_calls: dict[int, tuple[Any, Any]] = {}
        # the main-code variables (folded) read as Ref.MAIN_VAR: module globals of the
        # generated code, as those a procedure reads are (compiler/main_globals.py)
        self.main_reads: set[str] = set()

    def record(self, node: Any, ref: Ref) -> None:
        self._refs[id(node)] = (node, ref)

    def table(self) -> dict[int, tuple[Any, Ref]]:
        """The verdicts themselves, `id(node) -> (node, ref)`: the checker's commonest
        verdicts (a variable read, a built-in called) are stored there directly, as
        `record` would, without a call each."""
        return self._refs

    def of(self, node: Any) -> Ref:
        """The verdict on `node`; a node the pass never resolved is a bug of the pass (or
        of a compiler that made up a node without recording what it designates)."""
        found = self._refs.get(id(node))
        if found is None:
            raise LookupError(f"the semantic pass did not resolve {type(node).__name__} "
                              f"{getattr(node, 'name', '')!r} at {node.line}:{node.col}")
        return found[1]

    def record_class_constant(self, node: Any, key: str) -> None:
        """`node` names the class constant `key` (class_constant_key)."""
        self._refs[id(node)] = (node, Ref.CONSTANT)
        self.class_constants[id(node)] = (node, key)

    def constant_key(self, node: Any, key: str) -> str:
        """The key the constant `node` is valued by: its class constant's, else `key`."""
        found = self.class_constants.get(id(node))
        return key if found is None else found[1]

    def place(self, node: Any, args: list[Any], order: tuple[int, ...],
              stand_in: Any = None) -> None:
        """`node`'s named arguments placed: `args`, evaluated in `order` (() when in
        theirs); `stand_in`: a call's positional twin (named_args.py)."""
        self.placed[id(node)] = (node, args, order)
        if stand_in is not None:
            self.placed_calls[id(node)] = (node, stand_in)

    def args_of(self, node: Any, args: list[Any]) -> list[Any]:
        """The arguments `node` (a creation or a call) passes: `args`, its own as
        written, or those the pass placed."""
        found = self.placed.get(id(node))
        return args if found is None else found[1]

    def placed_call(self, call: Any) -> Any:
        """The call as its callee receives it: its stand-in when named arguments were
        placed, else itself."""
        found = self.placed_calls.get(id(call))
        return call if found is None else found[1]

    def order_of(self, node: Any) -> tuple[int, ...]:
        """The written order of a creation's placed named arguments, () when none."""
        found = self.placed.get(id(node))
        return () if found is None else found[2]

    def get(self, node: Any) -> Ref | None:
        found = self._refs.get(id(node))
        return None if found is None else found[1]

    def __len__(self) -> int:
        return len(self._refs)
