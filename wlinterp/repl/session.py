"""One REPL session: inputs compiled against what earlier inputs declared (a compiler
`Session`) and run in one namespace, so variables and procedures live on.

An input that is an expression, or a lone call, has its value shown (`display`). Ctrl-C
while an input runs stops it with the position of the running statement and keeps
everything the session had (the variables assigned so far included).
"""
from __future__ import annotations

__all__ = ["SHOW", "ReplSession"]

from typing import Any, TextIO

from ..errors import WLError, WLSyntaxError, format_error
from ..runtime.state import Runtime
from ..semantics.analysis import CALL_WARNINGS, run_warning
from ..semantics.report import format_text

SHOW = "WLReplShow"  # the REPL's own built-in that shows a value (not part of WLanguage)
_REPL = "<repl>"
# Checker warnings worth showing at the prompt (unused variables are normal there).
_REPL_WARNINGS = {"WL203", "WL205", "WL206"}


def _assigned(program: Any) -> set[str]:
    """The names an input assigns anywhere (folded): assigning an undeclared name creates
    a variable (`x = 5`; in main code one the session keeps), so WL101 about it is not
    shown."""
    from ..semantics.symbols import assigned_names
    from ..syntax.walk import body_stmts
    bodies = [program.main] + [p.body for p in program.procedures]
    return {k for body in bodies for k in assigned_names(body_stmts(body))}


def _name_at(d: Any) -> str:
    """The name a diagnostic's span covers, folded."""
    from ..syntax.names import fold
    return fold(d.source_line[d.column - 1:d.column - 1 + d.length])


class ReplSession:
    """Compiles and runs one input after another in a shared namespace."""

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None,
                 options: dict[str, Any] | None = None, args: list[str] | None = None) -> None:
        self._streams = (stdout, stderr)
        self.options = options
        self.args = args
        self.count = 0
        self.failed = 0  # inputs that ended in an error (a piped session's exit code)
        self.reset()
        from ..engine import warm_up_run
        warm_up_run()  # --timeout bounds each input's code, not the first input's imports

    def reset(self) -> None:
        """Forget every variable, procedure and structure (`.reset`)."""
        from ..registry import load_stdlib
        from ..repl_state import Session
        stdout, stderr = self._streams
        self.rt = Runtime(stdout=stdout, stderr=stderr, options=self.options, args=self.args,
                          filename=_REPL)
        self.session = Session()
        self.rt.state["session"] = self.session  # dynamic code sees it (dynamic_code.py)
        self.ns: dict[str, Any] = {}
        self.registry = load_stdlib()
        _register_show()
        from ..runtime.thread_gate import interactive
        interactive(self.rt)  # a thread's error between inputs: printed, the session goes on

    def execute(self, text: str, name: str = _REPL) -> bool:
        """Run one input; report errors on stderr. True if it ran without error."""
        from ..commands.limits import stop_reporting
        from ..engine import prepare_run, run_compiled
        self.count += 1
        self._shown_text: str | None = None
        try:
            compiled, assigned = self._compile(text, name)
            for code, warning in zip(compiled.warning_codes, compiled.warnings):
                if code != "WL101" and code not in _REPL_WARNINGS \
                        and code not in CALL_WARNINGS:  # (these: below; a call: when run)
                    self.rt.write_err(warning)
            shown: set[str] = set()
            for d in compiled.diagnostics:  # the checker's warnings never block
                if d.code in _REPL_WARNINGS:
                    self.rt.write_err(format_text(d))
                elif d.code == "WL101" and _name_at(d) not in assigned \
                        and d.message not in shown:
                    shown.add(d.message)  # read, never assigned: a typo, not a new name
                    self.rt.write_err(run_warning(d, compiled.filename, compiled.source))
            # the input's definitions, whole, before its time limit (engine.prepare_run)
            prepare_run(compiled, self.rt, self.ns)
            # --timeout bounds each input; the prompt stays (docs/security.md)
            with stop_reporting(name, (self.options or {}).get("input_timeout"),
                                what="the input"):
                run_compiled(compiled, self.rt, self.ns, finish=False, prepared=True)
        except WLError as err:
            if self._shown_text is not None:
                _as_typed(err, self._shown_text)
            self.rt.write_err(format_error(err))
            self.failed += 1
            return False
        return True

    def knows(self, name: str) -> bool:
        """Has an earlier input declared this folded name (a global variable, procedure or
        constant)? (A piped PROCEDURE's empty line: reader.py.)"""
        kept = self.session
        return name in kept.vars or name in kept.procs or name in kept.constants

    def _compile(self, text: str, name: str) -> tuple[Any, set[str]]:
        """Compile as statements; an expression that is not a statement is shown instead,
        and so is the result of a lone call (`Carre(12)` shows 144). With the compiled
        input, the names it assigns (folded). The prompt's own passes over the input (the
        lone call's WL117, the names it declares) walk it before compile_program: an
        input nested too deeply for them (`x = f(f(...600 deep...))`) is the error
        compile_program gives such code, at its deepest point; it was "internal error:
        RecursionError", and the session ended (exit 70)."""
        from ..syntax.nesting import too_deep
        parsed: list[Any] = []
        try:
            return self._compile_input(text, name, parsed)
        except RecursionError:
            raise too_deep(parsed[-1:], name, parsed[-1].source if parsed else text) from None

    def _compile_input(self, text: str, name: str, parsed: list[Any]) -> tuple[Any, set[str]]:
        """_compile's work; each program parsed is appended to `parsed`."""
        from ..compiler.program import compile_program
        from ..syntax import nodes as N
        from ..syntax.parser import parse
        program = None
        try:
            program = parse(text, name)
            parsed.append(program)
            call = _show_lone_call(program)
            if call is not None and self._gives_no_value(program, call):
                program.main.stmts[0] = N.ExprStmt(call.line, call.col, call)  # a statement
            self._show_lone_variable(program)
            self._declare_implicit(program)
            return compile_program(program, self.registry, self.session), _assigned(program)
        except WLSyntaxError as first:
            if program is not None and _one_assignment(program):
                raise  # `x = 6`, x immutable or a constant: its error, not `x = 6` shown
            shown = f"{SHOW}({text.strip()}, \"{self._declared_kind(text.strip())}\")"
            try:
                program = parse(shown, name)
                parsed.append(program)
                self._shown_text = text  # (its errors are placed in `shown`: _as_typed)
                return compile_program(program, self.registry, self.session), set()
            except WLError:
                raise first from None

    def _gives_no_value(self, program: Any, call: Any) -> bool:
        """Does the lone call `call` (`program` now shows its value) give none, by the
        check's WL117 at its own name: `o.Run()`, Run a method without RESULT of o's
        class? It was refused ("its call cannot be used as a value"); as a statement it
        runs. A call inside it that gives none (`Length(o.Run())`) is still refused: that
        WL117 is inside its parentheses."""
        from ..semantics.analysis import analyze
        from ..syntax import nodes as N
        if not isinstance(call, N.Call) or not isinstance(call.func, (N.Member, N.Name)):
            return False
        for d in analyze(program, self.registry, self.session, unused=False).diagnostics:
            if d.code != "WL117" or d.line != call.line:
                continue
            opening = d.source_line.find("(", call.col - 1)
            if call.col <= d.column and (opening < 0 or d.column + d.length - 1 <= opening):
                return True
        return False

    def _show_lone_variable(self, program: Any) -> None:
        """A session variable typed alone is shown, even a variant (which could hold a
        procedure and so read as a call without parentheses)."""
        from ..syntax import nodes as N
        from ..syntax.names import fold
        stmts = program.main.stmts
        if len(stmts) == 1 and not program.procedures and isinstance(stmts[0], N.ExprStmt) \
                and isinstance(stmts[0].expr, N.Name) \
                and fold(stmts[0].expr.name) in self.session.vars:
            e = stmts[0].expr
            kind = N.Str(e.line, e.col, self._declared_kind(e.name))
            stmts[0] = N.ExprStmt(e.line, e.col,
                                  N.Call(e.line, e.col, N.Name(e.line, e.col, SHOW), [e, kind]))

    def _declare_implicit(self, program: Any) -> None:
        """`total = 3` at the prompt: an undeclared name that the input's main code assigns
        becomes a session variable (a variant), so the next inputs see its value, as at
        Python's prompt; a script keeps the per-function rule (docs/semantics.md)."""
        from ..semantics.analysis import analyze
        from ..semantics.symbols import assigned_names
        from ..syntax import nodes as N
        from ..syntax.walk import body_stmts
        in_main = assigned_names(body_stmts(program.main))
        if not in_main:
            return
        found: dict[str, tuple[str, int, int]] = {}
        for d in analyze(program, self.registry, self.session, unused=False).diagnostics:
            key = _name_at(d)
            if d.code == "WL101" and key in in_main and key not in found:
                shown = d.source_line[d.column - 1:d.column - 1 + d.length]
                found[key] = (shown, d.line, d.column)
        program.main.stmts[:0] = [N.Decl(line, col, [(shown, line, col)], "variant", None)
                                  for shown, line, col in found.values()]

    def _declared_kind(self, text: str) -> str:
        """The declared type kind of a variable typed alone (`d` declared as a date)."""
        from ..syntax.names import fold
        var = self.session.vars.get(fold(text))
        return var.spec.kind if var is not None else ""

    def close(self) -> None:
        """End of session: flush what the run still owes (queued e-mail...)."""
        try:
            self.rt.finish()
        except WLError as err:
            self.rt.write_err(format_error(err))
            self.failed += 1


def _as_typed(err: WLError, text: str) -> None:
    """An error of an expression typed alone (`1 / n`), which the prompt ran wrapped as
    `SHOW(1 / n, "")`: placed in the text as typed, where it quoted the wrapper with its
    caret 11 columns to the right of the part that failed."""
    for each in (err, *getattr(err, "also", [])):
        source = getattr(each, "source", None) or ""
        if each.line != 1 or not source.startswith(SHOW + "("):
            continue
        start = len(text) - len(text.lstrip())  # (the wrapper holds the text stripped)
        column = each.column - len(SHOW) - 1 + start
        each.column = column if start < column <= len(text.rstrip()) else start + 1
        each.source = text


def _one_assignment(program: Any) -> bool:
    """Is the input one assignment (`x = 6`)? The check refusing it (x declared
    `<immutable>`) is its answer: read again as an expression, it showed the comparison
    `x = 6` (False) and x kept its value without a word."""
    from ..syntax import nodes as N
    stmts = program.main.stmts
    return len(stmts) == 1 and not program.procedures and isinstance(stmts[0], N.Assign)


def _show_lone_call(program: Any) -> Any:
    """`P(x)` or `1 + 2` typed alone: wrapped so that the value is shown (like Python's).
    A name alone is left to `_show_lone_variable` (it may be a procedure called), and a
    built-in that gives no result (`Trace(n)`) runs as a statement: its value is no value
    (the check refuses it as one, WL117). The expression wrapped, or None."""
    from ..syntax import nodes as N
    stmts = program.main.stmts
    if len(stmts) == 1 and not program.procedures and isinstance(stmts[0], N.ExprStmt) \
            and not isinstance(stmts[0].expr, N.Name) and not _gives_nothing(stmts[0].expr):
        call = stmts[0].expr
        stmts[0] = N.ExprStmt(call.line, call.col,
                              N.Call(call.line, call.col, N.Name(call.line, call.col, SHOW),
                                     [call]))
        return call
    return None


def _gives_nothing(e: Any) -> bool:
    """Is `e` a call of a built-in declared without a result?"""
    from ..registry import REGISTRY
    from ..semantics.no_result import gives_nothing
    from ..syntax import nodes as N
    from ..syntax.names import fold
    if not isinstance(e, N.Call) or not isinstance(e.func, N.Name):
        return False
    b = REGISTRY.functions.get(fold(e.func.name))
    return b is not None and gives_nothing(b)


def _register_show() -> None:
    """The REPL's own helper, registered once (not part of the WLanguage library)."""
    from ..registry import REGISTRY, Family
    if SHOW.lower() in REGISTRY.functions:
        return
    family = Family("REPL")

    @family.function(SHOW, SHOW)
    def repl_show(rt: Runtime, value: object, kind: object = "") -> None:
        """Show a value readably (the result of an expression or a call)."""
        if value is not None and value != "":
            from .display import show_value
            rt.write_out(show_value(value, str(kind)))
