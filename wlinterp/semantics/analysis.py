"""The semantic pass over a whole program: the program-level symbols (structures and
classes, constants, procedures, methods: program_decls.py, into program_symbols.py),
then each function body (checker.py), then unassigned reads (flow.py).

`analyze` is what `wl check`, the compiler (compile_program) and the REPL all call: the
decisions "is this name declared", "does this call have the right number of arguments",
"is this a duplicate" are taken here once; the compiler refuses a program exactly when
an error here blocks it.
"""
from __future__ import annotations

import gc

__all__ = ["Analysis", "analyze", "CALL_WARNINGS", "RUN_WARNINGS", "run_warning"]

from ..records import field, record
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..errors import format_warning
from ..registry import Registry
from ..syntax import nodes as N
from ..syntax.names import fold
from ..lazy_regex import lazy_compile
from .diagnostics import Diagnostic, Severity
from .resolved import Resolutions
from .block_names import declares_twice, separate_block_variables
from .block_exits import report_reads_after_blocks
from .dynamic_names import calls_dynamic_code, compiled_names
from .lowered import lowered
from .flow import report_unassigned_reads
from .builtin_args import builtin_kinds
from .symbols import facts, forget_facts
from .program_symbols import ProgramSymbols
from .type_named_files import withdraw_type_named_files
from .reporter import Reporter
from .text_named import NAMED_BY_TEXT
from .program_decls import collect_program
from .checker import FunctionChecker
from .dead_procedures import dead_procedures, main_code_runs
from .self_calls import endless_self_calls
from .scopes import Scope, finish_scope, has_unused_parameter
from ..lazy_import import on_first_call

if TYPE_CHECKING:
    from .imposed_params import imposed_parameters, mocks
    from ..runtime.value_methods import array_method
    from .outside_decls import from_files, from_session, session_methods
else:
    on_first_call(globals(), ".imposed_params", "imposed_parameters", "mocks")
    on_first_call(globals(), "..runtime.value_methods", "array_method")  # `v.Add(5)`
    on_first_call(globals(), ".outside_decls", "from_files", "from_session", "session_methods")

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..repl_state import Session


# The diagnostics `wl run` shows as warnings, with what running does about each. WL203:
# a script that writes its procedures first and its main code after them runs nothing
# (a procedure runs to the next PROCEDURE), and said so only under `wl check`.
RUN_WARNINGS = {"WL101": "it is treated as an empty variant variable", "WL207": "",
                "WL116": "wl run converts the value", "WL203": "", "WL219": "", "WL221": "",
                "WL226": ""}
# The call errors `wl run` also warns of before running (they stay errors where the call
# runs, and `wl test` and the REPL say them as errors): an unknown procedure, which a file
# of the project the script leaves out would declare (docs/semantics.md "An unknown
# procedure said before the run")
CALL_WARNINGS = {"WL102": "the run stops if it reaches this call"}
_IN_PROCEDURE = ("a procedure runs up to the next PROCEDURE: a script's main code goes "
                 "before its procedures")
# WL101 for a variable named before its declaration (declarations.py): it is declared,
# so the run does not make it a variant; it has no value before its declaration runs
_BEFORE = ("before its declaration", "in its own declaration")
NOT_YET = "the run stops if it reads it there"  # (held_warnings.py finds it by it)
# WL116 for an array, a row, a structure or an object given to a number or text
# parameter: no value is converted, the run stops at the argument ("A value of type
# array cannot be used as a number."; it said "wl run converts the value"): the
# parameter's conversion refuses it, and the error is placed at the caller's argument
# (run_errors.py `_refused_argument`)
_STOPS = "the run stops at this argument"
# WL207 for a declared type: its only hint is a WINDEV type's that wlinterp does not
# provide (windev_types.py: `x is Image`), which the run says too, before the error that
# use of the variant brings ("Unknown method 'ModifieLuminosité' for a value of type
# string" said nothing of the type)
_UNKNOWN_TYPE = "unknown type '"
_ARRAY_GIVEN = lazy_compile(r"(?:is an (?:associative )?array|\((?:a structure|an object)\))"
                            r" and the parameter ")


@record
class Analysis:
    """Everything the semantic pass found in one program."""

    program: N.Program
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # a call the pass found wrong (unknown callee, argument count), by the call's position:
    # the compiler makes it fail there when it runs, with the same message
    call_errors: dict[tuple[int, int], Diagnostic] = field(default_factory=dict)
    # what each name designates (resolved.py): code generation reads it, never re-decides
    refs: Resolutions = field(default_factory=Resolutions)
    # the diagnostics as the compiler's own pass finds them (`for_compiler`), or None
    compiler_diagnostics: list[Diagnostic] | None = field(default=None, repr=False)

    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    def blocking(self, strict: bool = False) -> list[Diagnostic]:
        """The errors that stop `wl run` (all of them with --strict)."""
        return [d for d in self.errors() if strict or not d.deferred]

    def for_compiler(self) -> "Analysis | None":
        """This analysis as compile_program's own (`unused=False`, no other files, no
        data files inferred) would be, so that `wl check` hands it to the compiler instead
        of running the pass twice; None when it cannot stand for it (other files given,
        a REPL session). The names' verdicts and call errors are the same: the unused
        phase only adds warnings and inferring data files only withdraws WL101/WL212."""
        if self.compiler_diagnostics is None:
            return None
        return Analysis(self.program, self.compiler_diagnostics, self.call_errors, self.refs)

    def run_warnings(self) -> list[tuple[str, str]]:
        """(code, text) of what `wl run` prints before running, each once: undeclared
        names, which it runs as variants, unknown types, whose variables are variants,
        and unknown procedures (CALL_WARNINGS), whose call stops the run when reached."""
        seen: set[str] = {d.message for d in self.call_errors.values()  # (they fail
                          if d.code not in CALL_WARNINGS}  # where the call runs, as a
        out = []  # wrong count does: no warning before, but for CALL_WARNINGS)
        reached = _reached(self.program)
        for d in self.diagnostics:
            if d.code in CALL_WARNINGS and d.message not in seen and reached(d.line):
                seen.add(d.message)
                out.append((d.code, run_warning(d, self.program.filename,
                                                self.program.source, CALL_WARNINGS[d.code])))
            elif d.code in RUN_WARNINGS and d.message not in seen:
                seen.add(d.message)
                then = _IN_PROCEDURE if d.code == "WL203" and any(
                    p.line < d.line for p in self.program.procedures) else \
                    NOT_YET if d.code == "WL101" and d.message.endswith(_BEFORE) \
                    or d.code == "WL226" else \
                    _STOPS if d.code == "WL116" and _ARRAY_GIVEN.search(d.message) else \
                    d.hint if d.code == "WL101" and (d.hint or "").startswith(NAMED_BY_TEXT) \
                    or d.code == "WL207" and d.hint and d.message.startswith(_UNKNOWN_TYPE) \
                    else None
                out.append((d.code, run_warning(d, self.program.filename,
                                                self.program.source, then)))
        return out


def _reached(program: N.Program) -> Callable[[int], bool]:
    """Can the run reach a line: any, unless the file's main code runs nothing, when its
    procedures' lines are not (running it calls none: a test file, a file of procedures;
    an unknown procedure there is no word before a run that does nothing)."""
    start = program.file_starts[-1] if program.file_starts else 0  # (the file's own lines)
    own = [p.line for p in program.procedures if p.line >= start]
    if not own or main_code_runs(program):
        return lambda line: True
    first = min(own)
    return lambda line: line < first


def run_warning(d: Diagnostic, filename: str, source: str, then: str | None = None) -> str:
    """A diagnostic `wl run` runs anyway (RUN_WARNINGS), as it shows it: a warning saying
    what running does about it (`then`, else the code's own)."""
    then = RUN_WARNINGS[d.code] if then is None else then
    text = d.message + (f" ({then})" if then else "")
    return format_warning(filename, d.line, d.column, text, source)


class _Builtins:
    """The built-in functions the program does not redefine, asked name by name: a set
    of them, made for each program, listed every family (and imported them all)."""

    def __init__(self, registry: Registry, redefined: set[str]) -> None:
        self.functions = registry.functions
        self.redefined = redefined

    def __contains__(self, key: object) -> bool:
        """(A built-in with an output parameter, Serialize's, counts as a callee that may
        assign what it is passed.)"""
        if not isinstance(key, str) or key in self.redefined:
            return False
        b = self.functions.get(key)
        return b is not None and not builtin_kinds(b).outputs

    def resizes(self, key: str, count: int, method: bool = False) -> bool:
        """Does the built-in `key` (one of these), given `count` arguments, give the Variant
        its first argument names an array (ArrayAdd, ArrayInsert: builtin_args.grown_variant;
        `Dimension(v)` with too few arguments does not)? `method`: `key` is the name of a
        method of that Variant (`v.AddLine(3)`: ArrayAddLine's, builtin_args.grown_by_method)."""
        b = self.functions.get(key) if not method else array_method(key, self.functions)
        declared = None if b is None else builtin_kinds(b).declared
        least = getattr(declared, "resizes_from", None)
        most = getattr(declared, "resizes_upto", None)  # (ArrayAddLine: one value)
        return least is not None and count >= least and (most is None or count <= most)


def _flow(program: N.Program, main: Any, procs: list[tuple[N.Procedure, Any]],
          rep: Reporter, registry: Registry, symbols: ProgramSymbols) -> None:
    """Reads that no path has assigned (flow.py), in main code and each procedure: only
    variables declared without a value can be concerned (most functions have none)."""
    if not main.unset:
        for _, scope in procs:
            if scope.unset:
                break
        else:
            return

    def used_by_procs() -> set[str]:
        return {k for p in program.procedures for k in facts(p.body).referenced}
    made: list[_Builtins] = []

    def builtins() -> _Builtins:  # made once, for the first function that needs it
        if not made:
            made.append(_Builtins(registry, {fold(p.name) for p in program.procedures}))
        return made[0]
    walked = symbols.declaring.get
    report_unassigned_reads(rep, main, program.main, used_by_procs, builtins,
                            walked(id(program.main)))
    for p, scope in procs:
        report_unassigned_reads(rep, scope, p.body, set, builtins, walked(id(p.body)))


_POSITION = attrgetter("line", "column")  # diagnostics come out in source order


def _hides(rep: Reporter) -> Any:
    """WL205 for a variable declared in a block that hides one of an enclosing block
    (block_names.py)."""
    def warn(node: N.Stmt, name: str, line: int, col: int, outer_line: int) -> None:
        rep.report("WL205", f"'{name}' hides the variable of the same name declared at "
                   f"line {outer_line}", node, len(name), line=line, col=col)
    return warn


def analyze(program: N.Program, registry: Registry, session: "Session | None" = None,
            unused: bool = True, shared: list[N.Program] | None = None,
            known: set[str] | None = None, infer_data: bool = False,
            items: dict[str, tuple[str, dict[str, str]]] | None = None,
            item_ints: dict[str, dict[str, tuple[int, bool]]] | None = None,
            item_numbers: dict[str, dict[str, str]] | None = None) -> Analysis:
    """Run the semantic pass; diagnostics come out in source order.

    `session`: the REPL's earlier inputs; `shared`: the other files of a project (their
    procedures and classes are visible); `known`: names declared outside any code (the
    controls of a window), accepted as they are; `infer_data`: no analysis is given, the
    data files are those the H* calls name (`wl check`); `items`: the analysis's items
    of each data file (`wl check --analysis`, semantics/data_items.py); `item_ints`: its
    integer items smaller than 8 bytes, (bits, unsigned) (semantics/item_stores.py);
    `item_numbers`: its items holding numbers or Booleans, each's "number" or
    "boolean" (semantics/enum_conditions.py).

    Python's cyclic collector is paused meanwhile, as the parser and the compiler pause
    it: the pass frees what it allocates by reference counting, and a full collection
    that fell inside it walked every tree and table alive (a third of `wl check`'s pass
    on a thousand programs, depending only on when the collection came)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _analyze(program, registry, session, unused, shared, known, infer_data, items,
                        item_ints, item_numbers)
    finally:
        if enabled:
            gc.enable()


def _analyze(program: N.Program, registry: Registry, session: "Session | None",
             unused: bool, shared: list[N.Program] | None, known: set[str] | None,
             infer_data: bool,
             items: dict[str, tuple[str, dict[str, str]]] | None = None,
             item_ints: dict[str, dict[str, tuple[int, bool]]] | None = None,
             item_numbers: dict[str, dict[str, str]] | None = None) -> Analysis:
    """analyze, with the collector paused: what the program and its surroundings declare
    (_program_symbols), each function checked (_check_functions), then the unused
    variables and unassigned reads (_unused_phase) and the diagnostics in order."""
    forget_facts()  # a body changed in place since the last compilation (the project
    # linker rewrites `pSet.Name` in every link) is walked again, as the compiler does
    rep = Reporter(program.filename, program.source)
    symbols = _program_symbols(program, registry, session, shared, known, infer_data, items,
                               rep)
    if item_ints:
        symbols.item_ints = item_ints
    if item_numbers:
        symbols.item_numbers = item_numbers
    if declares_twice(program, symbols.declaring):  # block variables renamed: on a copy,
        from ..syntax.tree_copy import copy_tree  # the parse's tree stays as parsed
        program = copy_tree(program)  # (block_names.py; Analysis.program is the copy)
        rep = Reporter(program.filename, program.source)
        symbols = _program_symbols(program, registry, session, shared, known, infer_data,
                                   items, rep)
        if item_ints:
            symbols.item_ints = item_ints
        if item_numbers:
            symbols.item_numbers = item_numbers
        if separate_block_variables(program, symbols.declaring, _hides(rep)):
            forget_facts()  # (names read before the renaming)
    main, scopes, procs = _check_functions(program, symbols, rep, session)
    report_reads_after_blocks(program, symbols.declaring, rep)  # (WL226: block_exits.py)
    if program.ended:  # an INTERNAL PROCEDURE without END (WL219)
        from .missing_ends import missing_ends
        missing_ends(program, rep)
    if "xtern" in program.source or "XTERN" in program.source:  # `EXTERN "file"`
        from .extern_files import missing_extern_files
        missing_extern_files(program, rep)
    if session is None:
        if not symbols.called_by_name:
            dead_procedures(program, symbols.refs.table(), symbols.compiled, rep)
        endless_self_calls(program, symbols.refs.table(), rep)
    checked = len(rep.out)  # what the compiler's pass finds too (Analysis.for_compiler)
    by_name = program.uses_indirection or calls_dynamic_code(program.source)
    if unused and session is None and not by_name:  # (variables read by name: unknown)
        _unused_phase(program, symbols, rep, registry, main, scopes, procs)
    found = rep.out
    withdrawn: set[int] = set()
    typed: set[int] = set()
    named: list[Diagnostic] = []  # the WL101 a withdrawn WL110 gives way to
    if symbols.data_used:
        withdrawn = {id(d) for key, d in symbols.undeclared if key in symbols.data_used}
        if symbols.type_reads:  # (`HReadFirst(Image)`: a data file named like a type)
            typed, named = withdraw_type_named_files(symbols, rep)
        withdrawn |= typed
        rep.out = [d for d in rep.out if id(d) not in withdrawn]
    own: list[Diagnostic] | None = None
    if session is None and not shared:
        own = rep.out if rep.out is found and len(found) == checked else found[:checked]
        if withdrawn and symbols.files_at_run_time:  # the compiler infers them too
            own = [d for d in own if id(d) not in withdrawn]
        elif typed:  # its read is now an undeclared name's: the compiler's warning
            own = [d for d in own if id(d) not in typed and d not in named] + named
        if own is not rep.out:
            own.sort(key=_POSITION)
    rep.out.sort(key=_POSITION)
    return Analysis(program, rep.out, rep.call_errors, symbols.refs, own)


_RUN_FILES = (".wl", ".wdg", ".wdc")  # what `wl run` loads together (not a window's code)


def _program_symbols(program: N.Program, registry: Registry, session: "Session | None",
                     shared: list[N.Program] | None, known: set[str] | None,
                     infer_data: bool, items: dict[str, tuple[str, dict[str, str]]] | None,
                     rep: Reporter) -> ProgramSymbols:
    """What every function of the program sees: the REPL's earlier inputs, the project's
    other files, the procedures compiled by name, then the program's own declarations
    (collect_program)."""
    symbols = ProgramSymbols(registry, known={fold(k) for k in known} if known else None,
                             infer_data=infer_data)
    if items:
        symbols.data_items = items
    if "description" in lowered(program.source or ""):  # (items named at run time)
        from ..hfsql.names import files_named_at_run_time, files_of_unknown_items
        symbols.unknown_items = files_of_unknown_items(program)
        if files_named_at_run_time(program):  # `fd..Name = sFile`: data files are
            symbols.infer_data = symbols.files_at_run_time = True  # inferred from their
            # use, as without an analysis
    if session is not None:
        from_session(symbols, session)
    if shared:
        from_files(symbols, shared, (program.filename or "").lower().endswith(_RUN_FILES))
    symbols.compiled = compiled_names(program.source or "")
    symbols.file_starts = program.file_starts
    for other in shared or ():  # Compile("P", code) in another file of the project
        symbols.compiled |= compiled_names(other.source or "")
    if session is not None:  # ... or in an earlier REPL input
        symbols.compiled |= session.compiled
    collect_program(program, symbols, rep)
    if session is not None:
        session_methods(symbols, session)
    return symbols


def _check_functions(program: N.Program, symbols: ProgramSymbols, rep: Reporter,
                     session: "Session | None"
                     ) -> tuple[Scope, list[Scope], list[tuple[N.Procedure, Scope]]]:
    """The main code, then each procedure and method in its own scope (a method's class
    members hide the main code's variables): (main scope, every scope, (procedure,
    scope) pairs)."""
    main = Scope("main", None, is_main=True)
    if session is not None:
        main.adopt(session.vars)
        symbols.immutables = any(v.immutable for v in session.vars.values())  # (`x = 6`
        # after an input declared `x is int <immutable> = 5`: WL106 as in a script)
    scopes = [main]
    procs: list[tuple[N.Procedure, Scope]] = []
    FunctionChecker(symbols, rep, main, None, scopes).check_body(program.main)
    for p in program.procedures:
        owner = fold(p.owner) if p.owner else None
        if owner is not None and owner not in symbols.structs:
            owner = None
        scope = Scope(p.name, main, owner=owner)
        if owner is not None:
            _members_over_globals(scope, symbols, owner, bool(_GLOBAL & set(p.modifiers)))
        scopes.append(scope)
        procs.append((p, scope))
        FunctionChecker(symbols, rep, scope, p, scopes).check_procedure(p)
    return main, scopes, procs


def _unused_phase(program: N.Program, symbols: ProgramSymbols, rep: Reporter,
                  registry: Registry, main: Scope, scopes: list[Scope],
                  procs: list[tuple[N.Procedure, Scope]]) -> None:
    """Unused variables and parameters (a parameter a caller's signature imposes is
    not reported), then reads no path has assigned (_flow)."""
    imposed = imposed_parameters(program, symbols.refs.table()) | symbols.named_in_text \
        | mocks(program, symbols) if any(map(has_unused_parameter, scopes)) \
        else frozenset()  # (asked only where a WL202 may be said: most functions
    # read every parameter)
    for scope in scopes:
        finish_scope(scope, rep, fold(scope.name) in imposed)
    _flow(program, main, procs, rep, registry, symbols)


_GLOBAL = frozenset({"global", "globale"})


def _members_over_globals(scope: Scope, symbols: ProgramSymbols, owner: str,
                          global_method: bool) -> None:
    """In a method, a member of its class or of an ancestor hides a variable of the main
    code (or of a set) of the same name: the class is the nearer scope (INFERRED,
    docs/semantics.md "Classes"). The method read and wrote the global instead, and a
    global declared after the call stopped the run ("used before its declaration"). A
    GLOBAL method has no object: only the GLOBAL members hide a variable there."""
    visible = scope.visible
    for cls in symbols.lineage(owner):
        info = symbols.structs[cls]
        for key in (info.statics if global_method else info.members.keys()) & visible.keys():
            del visible[key]
