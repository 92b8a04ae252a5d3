"""The values generated code refers to by a global name of the program's namespace
(`_S12` a declared type, `_K7` a constant's value, `_B_len` a built-in, `_F_...` a
built-in variable) and the declared types they come from: a type phrase read once into a
TypeSpec while no structure or enumeration is added (mixed into the program compiler)."""
from __future__ import annotations

__all__ = ["NAME_IDS", "NamespaceMixin"]

import itertools
from typing import TYPE_CHECKING, Any

from ..errors import WLSyntaxError
from ..registry import Builtin, Registry
from ..runtime import types as T
from ..runtime.kinds import KindNames as Kind, SType, STypeNames as S
from ..runtime.type_phrases import UnknownType, parse_type
from ..runtime.type_words import phrase_column
from ..runtime.types import StructDef, TypeSpec
from ..semantics.resolved import Ref, Resolutions, sizes_with_class_constants
from ..semantics.symbols import pyident

if TYPE_CHECKING:
    from ..semantics.symbols import ProcInfo
from ..secret_values import secret_arguments
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from ..runtime.name_language import call_in_french
    from ..semantics.let_results import builtin_result_type
else:
    on_first_call(globals(), "..runtime.name_language", "call_in_french")
    on_first_call(globals(), "..semantics.let_results", "builtin_result_type")

NAME_IDS = itertools.count()
"""Numbers the global names of generated code, unique in the process (across REPL
inputs too) and the file name of each compiled program."""


class NamespaceMixin:
    """Declared types and the values of the program's namespace (`ns`)."""

    if TYPE_CHECKING:  # ProgramCompiler's own, for the type checker
        registry: Registry
        structs: dict[str, StructDef]
        constants: dict[str, Any]
        enums: dict[str, list[str]]
        interfaces: set[str]
        interface_shown: dict[str, str]
        combinations: set[str]
        ns: dict[str, Any]
        spec_cache: dict[str, TypeSpec]
        spec_cache_key: tuple[int, int, int, int]
        struct_names: dict[int, str]
        sizes: dict[str, int]
        sizes_of: int
        declared_structs: dict[str, object]
        refs: Resolutions
        builtin_names: dict[str, str]
        procs: dict[str, ProcInfo]
        methods: dict[tuple[str, str], ProcInfo]
        dispatchers: list[tuple[ProcInfo, bool]]
        def error(self, message: str, node: Any) -> WLSyntaxError: ...

    def publish_tables(self) -> None:
        """The namespace's tables of the procedures and methods (their Python names, the
        parameters each gives back, their WLanguage names), which the run reads."""
        self.ns["__methods__"] = {k: m.pyname for k, m in self.methods.items()}
        self.ns["__method_writeback__"] = {k: list(m.writeback)
                                           for k, m in self.methods.items() if m.writeback}
        self.ns["__procs__"] = {k: p.pyname for k, p in self.procs.items()}
        self.ns["__writeback__"] = {p.pyname: bool(p.writeback) for p in self.procs.values()}
        # which parameters come back, in the returned tuple's order (Project.call)
        self.ns["__writeback_params__"] = {p.pyname: list(p.writeback)
                                           for p in self.procs.values()}
        # of those, the variant parameters given back only for their sub-elements
        self.ns["__filled_params__"] = {p.pyname: list(p.filled) for p in self.procs.values()
                                        if p.filled}
        self.ns["__names__"] = {p.pyname: (f"{p.node.owner}::{p.node.name}" if p.node.owner
                                            else p.node.name)
                                for p in [*self.procs.values(), *self.methods.values(),
                                          *(s for d, _ in self.dispatchers
                                            for s in d.overloads or ())]}

    def int_constants(self) -> dict[str, int]:
        """The integer constants (folded), which may give an array's dimensions (`array
        of MAX_LINES int`); made again only when a constant was added."""
        if self.sizes_of != len(self.constants):
            self.sizes = sizes_with_class_constants(
                {k: v for k, v in self.constants.items() if type(v) is int})
            self.sizes_of = len(self.constants)
        return self.sizes

    def let_result(self, e: N.Expr) -> str | None:
        """`let x = F(...)`: the declared result type of F, a built-in (semantics/
        let_results.py); None for anything else."""
        if type(e) is not N.Call or self.refs.get(e.func) is not Ref.BUILTIN:
            return None
        return builtin_result_type(e, self.registry, ())

    def parse_spec(self, text: str, node: Any) -> TypeSpec:
        """The declared type; an unknown type name (a class of another file, a database
        type...) is a warning and a variant, as an undeclared variable is."""
        known = (len(self.structs), len(self.enums), len(self.combinations),
                 len(self.constants))
        if known != self.spec_cache_key:  # a structure or enumeration was declared since
            self.spec_cache.clear()
            self.spec_cache_key = known
        spec = self.spec_cache.get(text)
        if spec is not None:
            return spec
        objects = self.registry.types  # looked up by name: imports only the family used

        def unknown(name: str) -> None:
            """A variant (the semantic pass warns about it: WL207)."""
        try:
            structs = {**self.declared_structs, **self.structs} if self.declared_structs \
                else self.structs
            spec = self.spec_cache[text] = parse_type(text, structs, objects, unknown,
                                                      self.named_types(),
                                                      self.int_constants(), self.constants)
        except ValueError as exc:
            raise _at_word(self.error(str(exc), node), node, getattr(exc, "word", "")) \
                from None
        return spec

    def named_types(self) -> dict[str, TypeSpec]:
        """The program's enumeration, combination and interface names -> the type their
        variables hold: a combination variable its options' flags (0: none; the name:
        `c..Name` gives its options' names), a variable of an enumeration one of its
        values (the name: where its first value is found), of an interface a reference
        to an object of a class implementing it."""
        named = {e: T.TypeSpec(T.K_INT, bits=64, name=e) if e in self.combinations
                 else T.TypeSpec(T.K_VARIANT, name=e) for e in self.enums}
        named.update((i, T.interface_spec(self.interface_shown.get(i, i)))
                     for i in self.interfaces)
        return named

    def same_declared_type(self, a: str, b: str) -> bool:
        """Do the type phrases `a` and `b` declare the same kind of value (an integer of
        any size, a string, a class...)? One naming a type the program does not declare,
        or not read, is taken to agree: semantics/interfaces.py _same_type, which the
        check asks of the same phrases (implicit_interfaces.py)."""
        def unknown(name: str) -> None:
            raise UnknownType(name)
        try:
            first, second = (parse_type(t, self.structs, self.registry.types, unknown,
                                        self.named_types(), self.int_constants())
                             for t in (a, b))
        except ValueError:  # (UnknownType too)
            return True
        return first.kind == second.kind and first.name == second.name

    def spec_ref(self, spec: TypeSpec) -> str:
        """A unique global name holding `spec` (unique across REPL inputs too)."""
        name = f"_S{next(NAME_IDS)}"
        self.ns[name] = spec
        return name

    def struct_ref(self, sdef: StructDef) -> str:
        """A global name holding the class or structure `sdef` itself, one per program:
        what an inline member write compares an object's class with (member_inline.py)."""
        name = self.struct_names.get(id(sdef))
        if name is None or self.ns.get(name) is not sdef:
            name = self.struct_names[id(sdef)] = self.spec_ref(sdef)  # type: ignore[arg-type]
        return name

    def default_code(self, spec: TypeSpec) -> str:
        k = spec.kind
        if spec.nullable:  # `n is int?` (types.default_value)
            return "None"
        if k == Kind.INT:
            return "0"
        if k == Kind.VARIANT:  # Null: "not assigned" (help ?1514019); an `object
            return "None"  # dynamic` is Null until `new`
        if k == Kind.STRING:
            return repr("\0" * spec.dims[0]) if spec.dims \
                and spec.name not in T.FIXED_STRINGS else "''"  # (Buffer on N; a `fixed
            # string on N` started as N binary zeros, Length N, as a member's did not)
        if k == Kind.REAL:
            return "0.0"
        if k == Kind.BOOLEAN:
            return "False"
        return f"default_value({self.spec_ref(spec)}, _ctx)"

    def constant_code(self, key: str) -> tuple[str, SType]:
        if key in self.constants:
            value = self.constants[key]
        else:
            value = self.registry.constants[key].value
        if type(value) in (bool, int, float, str) or value is None:  # (an int of its
            # own equality, hfsql/error_kinds.py: named, so `=` asks it)
            t = S.BOOL if isinstance(value, bool) else S.INT if isinstance(value, int) else \
                S.REAL if isinstance(value, float) else S.STR if isinstance(value, str) else S.ANY
            return repr(value), t
        name = f"_K{next(NAME_IDS)}"
        self.ns[name] = value
        return name, S.ANY

    def builtin_ref(self, key: str, b: Builtin) -> str:
        name = self.builtin_names.get(key)
        if name is not None and self.ns.get(name) is not None:  # named on its first call
            return name
        name = self.builtin_names[key] = f"_B_{pyident(key)}"
        self.ns[name] = secret_arguments(b) or b.call  # a password parameter: noted
        if getattr(b.func, "wl_names", False) and key == fold(b.fr) != fold(b.en):
            # day/month names, called by the French name: French ones ("mardi") unless
            # Nation() chose (runtime/name_language.py)
            self.ns[name] = lambda rt, *args, _call=b.call: call_in_french(rt, _call, *args)
        return name

    def builtin_variable_code(self, key: str) -> str:
        entry = self.registry.variables[key]
        name = f"_F_{pyident(key)}"
        self.ns[name] = entry.value
        return f"_rt.variable({key!r}, {name})"


def _at_word(err: WLSyntaxError, node: Any, word: str) -> WLSyntaxError:
    """`err` with its caret on the refused `word` of the type phrase (`x is int Nope`),
    as the semantic pass puts it (declarations.py)."""
    lines = (err.source or "").split("\n")
    if word and 0 < err.line <= len(lines):
        err.column = phrase_column(lines[err.line - 1], node, word)
    return err
