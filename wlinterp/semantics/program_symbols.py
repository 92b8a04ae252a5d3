"""What every function of a program can see besides its own variables: its structures
and classes, constants, procedures and methods (ProgramSymbols), filled by
program_decls.py and read by the checker (checker.py, calls.py...).
"""
from __future__ import annotations

__all__ = ["StructInfo", "ProgramSymbols", "class_constants"]

from ..records import record
from typing import TYPE_CHECKING, Any

from ..registry import Registry
from ..runtime.lineage import linearized
from ..syntax import nodes as N
from ..syntax.names import fold
from .diagnostics import Diagnostic
from .resolved import Resolutions, class_constant_key

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec


@record
class StructInfo:
    """A structure or class as the checker sees it: members (folded -> shown), parent."""

    name: str
    members: dict[str, str]
    base: str | None = None
    statics: frozenset[str] = frozenset()  # members of a GLOBAL section (folded)
    consts: frozenset[str] = frozenset()  # its CONSTANT blocks' names (folded)
    abstract: bool = False  # `X is a Class, abstract` (semantics/abstract.py)
    # members' declared types as written (folded member -> type text): the class of a
    # member receiver (`m_o.M(1)` in a method) is read from them (member_checks.py)
    types: "dict[str, str] | None" = None
    implements: frozenset[str] = frozenset()  # its `implements` lines' interfaces (folded)
    is_class: bool = True  # False for a Structure (a message names which it is)
    bases: tuple[str, ...] = ()  # every parent (multiple inheritance, ?6010007), base first
    private_bases: frozenset[str] = frozenset()  # parents of a private inheritance (folded)
    fixed: frozenset[str] = frozenset()  # members declared `<immutable>` (folded)

    def parents(self) -> tuple[str, ...]:
        """The folded names of the classes it inherits from, in the order written."""
        return tuple(map(fold, self.bases)) or ((fold(self.base),) if self.base else ())


def implemented(s: N.StructDecl) -> frozenset[str]:
    """The interfaces (folded) a class's `implements` lines name."""
    return frozenset(fold(n) for n, _, _ in s.implements)


def class_constants(s: N.StructDecl) -> frozenset[str]:
    """The folded names a class's CONSTANT blocks declare (`obj.NAME` reads them)."""
    return frozenset(fold(n) for c in s.consts for n, _, _, _ in c.items)


class ProgramSymbols:
    """What every function of the program can see besides its own variables. (A plain
    class: one is made per program checked, and its two dozen tables are then made by
    a plain `__init__`, not a record's default factories. With slots: forty attributes
    outgrow an instance dict's shared keys, and filling that dict cost a third of
    making one, about 7,700 of 24,000 instructions, 1,035 times a round of bench_check.
    An attribute added to `__init__` or its steps is added to `__slots__` too.)"""

    __slots__ = ("registry", "structs", "constants", "const_values", "_sizes",
                 "file_starts", "procs", "methods", "session_procs", "known", "compiled",
                 "named_in_text", "called_by_name", "access", "outside", "refs",
                 "overloads", "syntaxes_read", "verdicts", "read_only", "immutables",
                 "declared_at",
                 "infer_data", "data_items", "item_ints", "item_numbers", "unknown_items", "files_at_run_time", "data_used",
                 "undeclared", "type_reads",
                 "enum_types", "named_types", "enum_values", "comb_values", "types_read",
                 "member_classes", "quiet_types", "interfaces", "global_kinds", "arities",
                 "_lineages", "_lineages_of", "declaring", "abstract_why",
                 "abstract_methods", "_properties", "refused_named", "outer_pending",
                 "file_globals")

    def __init__(self, registry: Registry, known: set[str] | None = None,
                 infer_data: bool = False) -> None:
        self.registry = registry
        # names declared outside the code (a window's controls...)
        self.known: set[str] = set() if known is None else known
        # Without the project's analysis, a name passed to an H* function as its data file
        # (or, to a seek, as its key item) is taken for one: `infer_data` turns that on,
        # `data_used` collects those names, `undeclared` the WL101 reports they withdraw.
        self.infer_data = infer_data
        self._declarations()
        self._resolutions()
        self._caches()

    def _declarations(self) -> None:
        """The program's (and its surroundings') declarations: structures and classes,
        constants, enumerations, interfaces, procedures and methods, where each was
        declared; each body's declaring statements."""
        self.structs: dict[str, StructInfo] = {}
        self.constants: dict[str, str] = {}  # folded -> shown
        self.const_values: dict[str, N.Expr] = {}  # folded -> its value (constant_order)
        self.file_starts: list[int] = []  # a linked project's files (N.Program.file_starts)
        self.procs: dict[str, N.Procedure] = {}
        # an internal procedure's reads of its enclosing function's variables not declared
        # yet: id(procedure) -> (name, variable) (outer_pending.py)
        self.outer_pending: dict[int, list[tuple[Any, Any]]] = {}
        self.methods: dict[tuple[str, str], N.Procedure] = {}
        self.session_procs: dict[str, Any] = {}  # REPL: earlier inputs
        self.access: dict[str, list[tuple[str, str]]] = {}  # name -> (class, access)
        self.outside: set[str] = set()  # procedures/structs of other files
        self.read_only: dict[str, set[str]] = {}  # CONSTANT member -> classes
        # a variable declared `<immutable>` met: its parts' writes are looked for
        # (immutable_writes.py)
        self.immutables = False
        # where a structure, class or method was first declared: (file or "" for this one,
        # line)
        self.declared_at: dict[object, tuple[str, int]] = {}
        # the global variables the other files a run loads with this one declare (folded
        # -> (declaration, file, line)): one declared again here with another type stops
        # the run (declarations.py, another_files_global)
        self.file_globals: dict[str, tuple[Any, str, int]] = {}
        # enumeration and combination names -> the type of their variables' values
        self.enum_types: dict[str, TypeSpec] = {}
        # the type names a phrase may use besides structures and built-ins: the enum_types
        # and the interfaces (a variable of one refers to an object: OBJECT_REF)
        self.named_types: dict[str, TypeSpec] = {}
        self.enum_values: dict[str, set[str]] = {}  # a value's name -> its enumerations
        self.comb_values: dict[str, set[str]] = {}  # an option's name -> its combinations
        # `IBasket is Interface` (folded -> its declaration): a type; its prototypes are
        # what a class that implements it must have (interfaces.py)
        self.interfaces: dict[str, N.InterfaceDecl] = {}
        # id(body) -> (body, its statements that declare variables, procedures, data
        # files, whether it has a label): program_decls.collect_program
        self.declaring: dict[int, tuple[N.Body, list[N.Stmt], bool]] = {}
        # semantics/abstract.py: class -> why it has no objects (None: it has); the
        # abstract methods each class declares
        self.abstract_why: dict[str, str | None] = {}
        self.abstract_methods: dict[str, set[str]] = {}

    def _resolutions(self) -> None:
        """What the check decides of names: the verdicts, the procedures called by name
        or compiled, the data files inferred, the global kinds and arities."""
        # procedures the program compiles by a literal name (dynamic_names.py)
        self.compiled: frozenset[str] = frozenset()
        # procedures named in a text where a built-in takes a procedure (a callback:
        # `TimerSys("Tick", 100)`; passed_procedures.py named_in_text)
        self.named_in_text: set[str] = set()
        # a procedure called through an indirection whose name is computed
        # (`{"Proc" + n}(x)`): any procedure may be called
        self.called_by_name = False
        self.refs = Resolutions()  # the verdict on each name
        self.overloads = self.refs.overloaded  # names with several syntaxes
        self.syntaxes_read: dict[int, Any] = {}  # id(overloads[x]) -> its Syntax list
        self.verdicts = self.refs.table()  # (the checkers store the commonest directly)
        # `wl check --analysis`: folded data file -> (its name, folded item -> its name)
        # (semantics/data_items.py: `Customer.NoPe` is WL109)
        self.data_items: dict[str, tuple[str, dict[str, str]]] = {}
        # its integer items smaller than 8 bytes: folded file -> folded item -> (bits,
        # unsigned) (semantics/item_stores.py: `Product.Stock = dt` is WL110)
        self.item_ints: dict[str, dict[str, tuple[int, bool]]] = {}
        # its items holding numbers: folded file -> folded items (enum_conditions.py)
        self.item_numbers: dict[str, dict[str, str]] = {}
        # files described in code whose items are named at run time (hfsql/names.py
        # files_of_unknown_items): a bare name as their key is no undeclared variable
        self.unknown_items: frozenset[str] = frozenset()
        # a File Description named at run time (hfsql/names.py files_named_at_run_time):
        # data files are inferred from their use whoever analyzes, the compiler too
        self.files_at_run_time = False
        self.data_used: set[str] = set()
        self.undeclared: list[tuple[str, Diagnostic]] = []
        # WL110 said of a type's name, withdrawn if an H* call names it as its data file
        self.type_reads: list[tuple[str, Diagnostic, Any]] = []  # (type_named_files.py)
        # name -> what it is among the program's and the built-ins' global names
        # (FunctionChecker.global_kind: they are all known before any body is checked)
        self.global_kinds: dict[str, str | None] = {}
        # id(a procedure's parameter list) -> (the list, arguments required, at most)
        self.arities: dict[int, tuple[list[N.Param], int, int | None]] = {}
        # id() of the named arguments of calls whose fault was reported (named_args.py):
        # the tree keeps them as written, so a second analysis reports the fault again
        self.refused_named: set[int] = set()

    def _caches(self) -> None:
        """Answers kept while the program's declarations stay as they are (type
        phrases read, lineages, integer constants, property names)."""
        self._sizes: tuple[int, dict[str, int]] = (0, {})  # int_constants, for so many
        self.types_read: dict[str, TypeSpec] = {}  # type phrase -> its type
        self.member_classes: dict[tuple[str, str], str | None] = {}  # member_checks.py
        # type phrases read without diagnostics, by what asked: (class, member) -> the
        # member's declared type (member_checks.member_spec), a parameter's phrase -> its
        # type or None (param_types._declared); their texts are read once per program
        self.quiet_types: dict[object, Any] = {}
        self._lineages: dict[str, list[str]] = {}  # lineage(), for as many structures as
        self._lineages_of = 0
        self._properties: tuple[int, frozenset[str]] = (-1, frozenset())

    def property_names(self) -> frozenset[str]:
        """The names (folded) of the properties some class has (its `<get>`/`<set>`
        methods), for as many methods as are known (semantics/properties.py)."""
        if self._properties[0] != len(self.methods):
            self._properties = (len(self.methods), frozenset(
                k.partition("#")[0] for _, k in self.methods if k.endswith(("#get", "#set"))))
        return self._properties[1]

    def int_constants(self) -> dict[str, int]:
        """The constants whose value is an integer the check can compute (folded): an
        array's dimensions may be one (`array of MAX_LINES int`, help ?1514025)."""
        if self._sizes[0] != len(self.const_values):
            from .constant_order import integer_values
            from .resolved import sizes_with_class_constants
            self._sizes = (len(self.const_values),
                           sizes_with_class_constants(integer_values(self.const_values)))
        return self._sizes[1]

    def twice(self, what: str, key: object, here: N.Program | None = None) -> str:
        """WL105's message, naming the other declaration: with several files (a sibling
        library, the project's classes) the other one is otherwise hard to find. `here`:
        the file checked, when the other is another file of the project: the one `wl run`
        loads first is the first declaration, so a file loaded before the other says
        where it is declared again (each file of a project check says so; both said
        "first declared at" the other)."""
        where = self.declared_at.get(key)
        if where is None:
            return f"{what} is declared twice"
        filename, line = where
        from ..paths import shown_path
        place = f"{shown_path(filename)}:{line}" if filename else f"line {line}"
        if here is not None and filename and _loads_before(here, filename):
            return f"{what} is declared twice (declared again at {place})"
        return f"{what} is declared twice (first declared at {place})"

    def lineage(self, key: str) -> list[str]:
        """A class and its ancestors (folded), nearest first, cycles cut. Remembered
        while the program's structures stay as they are (they are all collected before
        any body is checked, where most questions come from); not to be changed."""
        if self._lineages_of != len(self.structs):
            self._lineages.clear()
            self._lineages_of = len(self.structs)
        known = self._lineages.get(key)
        if known is not None:
            return known
        out = linearized(key, lambda k: self.structs[k].parents() if k in self.structs
                         else None)
        self._lineages[key] = out
        return out

    def class_constant(self, cls: str, key: str) -> str | None:
        """The key (resolved.class_constant_key) of the constant `key` that the class
        `cls` declares or inherits, the nearest first; None: it has none so named."""
        for c in self.lineage(cls):
            if c in self.structs and key in self.structs[c].consts:
                return class_constant_key(c, key)
        return None

    def unknown_ancestor(self, key: str) -> bool:
        """Does the class derive from a class this check does not see (declared in another
        file of the project)? Its members and methods may then come from that class."""
        return any(p not in self.structs for c in self.lineage(key)
                   for p in self.structs[c].parents())

    def has_member(self, struct: str, key: str) -> bool:
        """Does a structure or class have this member or method (inherited ones too)?
        A class deriving from an unseen class may have any."""
        return any(key in self.structs[c].members or (c, key) in self.methods
                   or (c, key + "#get") in self.methods or (c, key + "#set") in self.methods
                   for c in self.lineage(struct)) or self.unknown_ancestor(struct)

    def inaccessible(self, name: str, here: str | None, of: str | None = None
                     ) -> str | None:
        """Why a member or method `name` cannot be used from class `here` (None: it can):
        private members only from their class, protected ones from derived classes too.
        `of`, the object's class when known: deriving from a class this check does not
        see and declaring no such member itself, the member may be that parent's, and is
        not pinned on an unrelated class declaring one of that name."""
        declared = self.access.get(fold(name))
        if not declared or any(access == "public" for _, access in declared):
            return None
        if of is not None and of in self.structs and self.unknown_ancestor(of) \
                and not set(self.lineage(of)) & {c for c, _ in declared}:
            return None
        lineage = self.lineage(here) if here else []
        for cls, access in declared:
            if here == cls or (access in ("protected", "restricted") and cls in lineage):
                return None
        cls, access = declared[0]
        shown = self.structs[cls].name if cls in self.structs else cls
        word = "private" if access == "private" else "protected"
        who = "its own methods" if access == "private" else \
            "its methods and those of its derived classes"
        return f"'{name}' is a {word} member of the class {shown}: only {who} can use it"

    def read_only_write(self, name: str, here: str | None, cls: str | None) -> str | None:
        """Why `obj.name = v` from class `here` (None: not in a method) is refused: the
        member is CONSTANT in its class (`cls`, when the object's class is known; else
        every class declaring a member of that name does so) and `here` is neither that
        class nor one derived from it. None when the write is allowed or undecidable."""
        key = fold(name)
        constant_in = self.read_only.get(key)
        if not constant_in:
            return None
        if cls is not None:
            owner = next((c for c in self.lineage(cls) if key in self.structs[c].members), None)
            owners = {owner} if owner is not None else set()
        else:
            owners = {c for c, _ in self.access.get(key, [])}
        if not owners or not owners <= constant_in or \
                (here is not None and owners & set(self.lineage(here))):
            return None
        shown = ", ".join(sorted(self.structs[c].name for c in owners))
        # imported here: runtime.containers and runtime.types import each other, and
        # only types may come first (`import wlinterp.semantics` alone must work)
        from ..runtime.containers import read_only_error
        return read_only_error(name, shown)

    def privately_inherited(self, cls: str, name: str, here: str | None) -> str | None:
        """Why `obj.name` on an object declared of `cls` cannot be used from class `here`
        (None: it can): the member, property or method reaches `cls` through a private
        inheritance (`PRIVÉ hérite de Base`), and only the methods of the class that
        inherits privately use what it inherits so (?6010007: "if the inheritance is
        private, only the methods of the derived class..."). A class of the lineage that
        declares it itself (a redefinition) comes first and is public."""
        key = fold(name)
        for c in self.lineage(cls):
            if self.declares(c, key):
                return None
            info = self.structs.get(c)
            if info is None:
                continue
            for parent in info.private_bases:
                if parent in self.structs and any(self.declares(a, key)
                                                  for a in self.lineage(parent)):
                    if here == c:
                        return None
                    return (f"'{name}' comes to {info.name} from "
                            f"{self.structs[parent].name} by a private inheritance: only "
                            f"the methods of {info.name} can use it")
        return None

    def declares(self, cls: str, key: str) -> bool:
        """Does the class itself (not an ancestor) declare the member, method or property
        `key` (folded)?"""
        info = self.structs.get(cls)
        return info is not None and key in info.members or (cls, key) in self.methods \
            or (cls, key + "#get") in self.methods or (cls, key + "#set") in self.methods

    def find_method(self, owner: str, key: str) -> N.Procedure | None:
        for cls in self.lineage(owner):
            p = self.methods.get((cls, key))
            if p is not None:
                return p
        return None


def _loads_before(here: N.Program, other: str) -> bool:
    """Does `wl run` load the file `here` before the file `other` (both of one project)?
    A script comes after every file it loads; files that only declare come in the order
    of project/sources.py (classes, then sets, then libraries; by path within a kind)."""
    from ..project.sources import KIND_ORDER, load_kind, only_declares
    if not here.filename or not only_declares(here):
        return False
    import os
    mine, theirs = os.path.realpath(here.filename), os.path.realpath(other)
    return (KIND_ORDER[load_kind(mine)], mine) < (KIND_ORDER[load_kind(theirs)], theirs)
