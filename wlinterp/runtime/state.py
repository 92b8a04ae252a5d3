"""Per-run state handed to every built-in as `rt`: output streams, the non-fatal error
state (ErrorOccurred / ErrorInfo), the last caught exception, options from the command
line, per-family state (e-mail sessions...) and end-of-run hooks.
"""
from __future__ import annotations

__all__ = ["Runtime"]

import sys
import threading
from typing import Any, Callable, TextIO, TypeVar

from ..syntax.names import fold
from .error_place import capture
from .types import TypeContext


T = TypeVar("T")


class Runtime:
    """Everything a running program may touch, besides its own variables."""

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None,
                 options: dict[str, Any] | None = None, args: list[str] | None = None,
                 filename: str = "<string>") -> None:
        self.stdout: TextIO = stdout if stdout is not None else sys.stdout
        self.stderr: TextIO = stderr if stderr is not None else sys.stderr
        self.options: dict[str, Any] = dict(options or {})
        self.args: list[str] = list(args or [])
        self.filename = filename
        self.exit_code = 0  # set by EndProgram
        self.ended = False  # EndProgram was called
        self.error_occurred = False
        self.error_message = ""
        self.error_code = 0
        self.error_details = ""
        # the recorded error's sub-errors, (message, code) each: read only while
        # error_occurred is True, so clear_error (every failing call's entry) leaves them
        self.error_subs: tuple[tuple[str, int], ...] = ()
        self.error_place: Any = None  # where the last recorded error happened (error_place.py)
        self.error_handlers = 0
        self.error_modes: list[Any] = []  # ErrorChangeParameter's frames (error_modes.py)
        self.error_tested: Any = None  # a call the code tests is running (error_modes.py)
        self.exception: Any = None  # the WLRuntimeError being handled, for ExceptionInfo
        self.state: dict[str, Any] = {}
        self._making = threading.RLock()  # the making of a family's state (`per_run`)
        self.typectx = TypeContext()
        self.typectx.clock = self.options.get("now")  # --now also fixes a new Date's value
        self._variables: dict[str, Any] = {}
        self._at_exit: list[Callable[[], None]] = []
        self._at_exit_first: list[Callable[[], None]] = []  # run before _at_exit

    # -- non-fatal errors -------------------------------------------------
    def clear_error(self) -> None:
        """Called on entry of every built-in that can fail."""
        self.error_occurred = False
        self.error_message = ""
        self.error_code = 0
        self.error_details = ""

    def set_error(self, message: str, code: int = 1, details: str = "",
                  subs: tuple[tuple[str, int], ...] = ()) -> None:
        """Record a non-fatal error: ErrorOccurred becomes True, ErrorInfo describes it
        (and its sub-errors `subs`, (message, code) each)."""
        self.error_occurred = True
        self.error_message = message
        self.error_code = code
        self.error_details = details or message
        self.error_subs = subs
        self.error_place = capture()

    # -- output -------------------------------------------------------------
    def write_out(self, text: str) -> None:
        """A line of the program's output. An output that cannot take it (a full disk,
        /dev/full, an I/O error) stops the run with a WLanguage error at the statement
        writing: the OSError ended `wl run` as an internal error (exit 70). A closed
        pipe stays a BrokenPipeError, which `wl` ends quietly (cli.py)."""
        try:
            self.stdout.write(text + "\n")
            self.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            from ..errors import WLRuntimeError
            raise WLRuntimeError(f"The output cannot be written ({exc.strerror or exc}): "
                                 "what the program writes is lost.") from None

    def write_err(self, text: str) -> None:
        self.stderr.write(text + "\n")
        self.stderr.flush()

    # -- built-in variables and end of run ----------------------------------
    def variable(self, name: str, factory: Callable[["Runtime"], Any]) -> Any:
        """The per-run instance of a built-in variable (created on first use)."""
        key = fold(name)
        try:
            return self._variables[key]
        except KeyError:
            value = self._variables[key] = factory(self)
            return value

    def per_run(self, key: str, make: Callable[[], T],
                on_exit: Callable[[T], None] | None = None, first: bool = False) -> T:
        """A family's per-run state in `state` (mail sessions, SQL connections...), made
        by `make` on first use; `on_exit(value)` then runs when the program ends (closing
        what is left; `first`: before the hooks without it, see `at_exit`). Made under a
        lock: two threads asking at once get one value (and one exit hook), so neither
        loses what it put in it. A `make` that raises stores nothing."""
        value = self.state.get(key)
        if value is None:
            with self._making:
                value = self.state.get(key)
                if value is None:
                    made = make()
                    self.state[key] = value = made
                    if on_exit is not None:
                        self.at_exit(lambda: on_exit(made), first)
        return value

    def table(self, key: str, on_exit: Callable[[dict[Any, Any]], None] | None = None,
              first: bool = False) -> dict[Any, Any]:
        """A family's per-run table (open files, sockets, threads): `per_run` of a dict."""
        return self.per_run(key, dict, on_exit, first)

    def at_exit(self, hook: Callable[[], None], first: bool = False) -> None:
        """Run `hook` when the program ends (normally or not), last registered first; the
        hooks registered with `first` (the wait for the threads) run before all others, so
        that what the threads still use (a socket, a file one of them opened after the
        first ThreadExecute) is closed only once they have ended."""
        (self._at_exit_first if first else self._at_exit).append(hook)

    def finish(self) -> None:
        """Run the end-of-run hooks; each runs even if an earlier one failed."""
        errors: list[BaseException] = []
        while self._at_exit_first or self._at_exit:
            hook = (self._at_exit_first or self._at_exit).pop()
            try:
                hook()
            except Exception as exc:  # reported after all hooks ran
                errors.append(exc)
        if errors:
            raise errors[0]
