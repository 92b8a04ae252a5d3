"""The state of one function body's check, declared once for the checks FunctionChecker
is made of (declarations.py, member_checks.py, expression_checks.py,
declaration_blocks.py, block_statements.py and checker.py's own).
"""
from __future__ import annotations

__all__ = ["CheckerState"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from .builtin_args import BuiltinKinds
from .program_symbols import ProgramSymbols
from .reporter import Reporter
from .scopes import Scope

if TYPE_CHECKING:
    from ..runtime.types import TypeSpec


class CheckerState:
    """What the check of one function holds; its checks are its subclasses' methods.
    (The state every function starts with the same immutable value, class attributes
    until the check changes it: one is made per function, most functions short.)"""

    loops = 0
    in_case = False
    lenient = False  # in the arguments of a call wlinterp cannot run
    externs: frozenset[str] = frozenset()  # names of its `EXTERN x` lines (extern_names.py)
    called: BuiltinKinds | None = None  # the built-in the last callee check found
    # the data files a FOR EACH over a file names (a set of its own once there is one)
    data_files: set[str] | frozenset[str] = frozenset()
    body: N.Body | None = None  # the body whose declarations are read (block_scope.py)
    enclosing: N.Body | None = None  # an internal procedure's: the body it is written in
    assigning: N.Expr | None = None  # the assignment target being checked (check_target)
    # the `=` assignment whose target is being checked: (target, value) (target_hints.py)
    assigned: tuple[N.Expr, N.Expr] | None = None
    returned: N.Expr | None = None  # the value of the RESULT being checked (no_result.py)
    declared_result: TypeSpec | None = None  # a procedure's one result type (`P() : int`)
    bare_results: tuple[N.Return, ...] = ()  # RESULT without a value (bare_result.py)
    # id of each CONSTANT block of the body -> the constants it may not use yet
    own_consts: dict[int, list[str]] | None = None
    # ids of the bare names WL109 said are no key of their data file (`HReadFirst(Customer,
    # Nme)`): not WL101 as well (data_items.py seek_item)
    said_keys: set[int] | None = None

    def __init__(self, symbols: ProgramSymbols, rep: Reporter, scope: Scope,
                 proc: N.Procedure | None, scopes: list[Scope]) -> None:
        self.sym = symbols
        self.verdicts = symbols.verdicts  # what `sym.refs.record` fills (hot paths)
        self.rep = rep
        self.scope = scope
        self.proc = proc
        self.scopes = scopes
        # names this function called and found to be built-ins (nothing of the program
        # has them: variables, procedures and methods are known before statements are
        # checked), by the name as written: the same name is not looked up again
        self.builtin_calls: dict[str, BuiltinKinds] = {}
        self.jumps = False  # a GOTO or a GOTO label seen: jumps.py checks them

    probing = 0
    """How many WHEN EXCEPTION IN blocks hold the statement being checked (s_WhenException)."""

    in_where = False
    """Are the values of a FOR EACH ... WHERE comparison being checked: an enumeration's
    value there is said at the loop (enum_conditions.py), not as an operand."""

    exception_modes = False
    """Is the body without a CASE EXCEPTION section: then a call statement of
    ExceptionChangeParameter guards the lines after it (exception_flow.py).
    Each call statement is asked (error_modes.exception_mode_step, a name test): asking
    first whether the body calls it at all walked every body's expressions (facts.py),
    a sixth of the pass, which no other part of the pass needs."""

    mode_on = False
    """Is an ExceptionChangeParameter's guard on (counted in `guarded`): set by the call,
    ended by ExceptionRestoreParameter or a standard mode, kept when the block holding the
    call ends, each branch of an IF starting from the mode before it
    (exception_flow.py); each body starts without it."""

    mode_saved: tuple[bool, ...] = ()
    """The modes ExceptionRestoreParameter goes back to, the last pushed last."""

    enum_said_at: N.Stmt | None = None
    """The FOR EACH ... WHERE loop an enumeration's value was said of (WL110,
    enum_conditions.py): the run stops there once, said once."""

    changes_mode: tuple[N.Body, bool] | None = None
    """(the body, does it call a handling ExceptionChangeParameter anywhere?), found on
    its first loop (exception_flow._changes_mode); None until asked."""

    outer_mode = False
    """An internal procedure's: does a body holding it call a handling
    ExceptionChangeParameter (error_modes.mode_handles_somewhere)? Its lines are covered."""

    call_points: dict[int, bool] | None = None
    """In a body whose ExceptionChangeParameter handles and that has internal procedures:
    each statement's id -> is a fatal error there handled (FunctionChecker.block);
    internal_call_points.py reads it once the body is walked."""

    later_procs: list[N.Procedure] | None = None
    """That body's internal procedures, checked once its walk is done (s_Procedure)."""

    loop_exits: tuple[list[tuple[bool, tuple[bool, tuple[bool, ...]]]], ...] = ()
    """For each loop being checked, innermost last: (a BREAK?, the mode there) of each of
    its own BREAKs and CONTINUEs (exception_flow.loop_exit), read once its body is checked."""

    block_returned = False
    """Did the block just checked end with RETURN/RESULT (FunctionChecker.block): its mode
    reaches none of the lines after the IF holding it (exception_flow.branch_blocks)."""

    guarded = 0
    """How many WHEN EXCEPTION ... END without IN came before the statement being checked
    in its block and the blocks holding it: each guards the rest of its block (a literal
    zero divisor there stops nothing: operands._zero_divisor). FunctionChecker.block
    restores it when its block ends."""

    named_control: N.Expr | None = None
    """The value of the `<-` being checked when it designates a control by its name
    (`c is Control <- EDT_Name`): that line runs, the hint of WL212 says so."""

    if TYPE_CHECKING:  # FunctionChecker's own, used by the checks it is made of
        def expr(self, e: N.Expr) -> None: ...
        def global_kind(self, key: str) -> str | None: ...
