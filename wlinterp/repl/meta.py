"""The REPL's meta-commands, which start with a dot so that they can never be confused
with WLanguage (no statement starts with `.`):

    .help           what the REPL offers
    .help NAME      a built-in (signature, English and French names, one-line doc),
                    or a procedure or variable of the session
    .load FILE      run a .wl, .wdg or .wdc file into the session (its procedures stay)
    .reset          forget every variable and procedure
    .quit           leave (Ctrl-D does too)
"""
from __future__ import annotations

__all__ = ["is_meta", "run_meta", "QUIT", "META_COMMANDS"]

import os
import re
from typing import Callable

from .session import ReplSession

QUIT = "quit"
META_COMMANDS = (".help", ".load", ".reset", ".quit", ".exit")

OVERVIEW = """WLanguage, English and French keywords in any case (IF/SI, END/FIN).
  Type a statement to run it, an expression to see its value; a block waits for its
  END/FIN and a PROCEDURE for an empty line. Tab completes names, members after . or :
  Ctrl-C stops running code (or clears the line); Ctrl-D or .quit leaves.
meta-commands:
  .help [NAME]    this text, or help on a built-in function or one of your names
  .load FILE      run a .wl/.wdg/.wdc file into the session
  .reset          forget every variable and procedure
  .quit           leave"""


# `:help`, `:quit`... as other REPLs spell their commands (GHCi, Python tools' users type
# them): a line `:help` alone is no WLanguage at the prompt, where no method runs and
# `:member` has no current object (it was refused as such, twice, warning and error)
_COLON_COMMAND = re.compile(r":(help|load|reset|quit|exit)(?:\s+(.*))?", re.I | re.S)


def is_meta(text: str) -> bool:
    """Is this input a meta-command (`.help`, or `:help` alone, `:help NAME`, `:load F`)?"""
    stripped = text.strip()
    if stripped.startswith("."):
        return True
    m = _COLON_COMMAND.fullmatch(stripped)
    if m is None:
        return False
    word, rest = m.group(1).lower(), m.group(2)
    return rest is None or word == "load" or (word == "help" and rest.isidentifier())


def run_meta(text: str, session: ReplSession) -> str | None:
    """Run a meta-command; returns QUIT when the REPL should end."""
    stripped = text.strip()
    if stripped.startswith(":"):
        stripped = "." + stripped[1:]
    word, _, rest = stripped.partition(" ")
    handler = _HANDLERS.get(word.lower())
    if handler is None:
        session.rt.write_err(f"unknown meta-command {word}; try .help")
        session.failed += 1
        return None
    return handler(rest.strip(), session)


def _help(name: str, session: ReplSession) -> None:
    if not name:
        session.rt.write_out(OVERVIEW)
        return None
    from ..commands.builtin_help import describe
    text = describe(name) or _own_name(name, session)
    if text is None:
        session.rt.write_err(f"no built-in, procedure or variable named '{name}'")
    else:
        session.rt.write_out(text)
    return None


def _own_name(name: str, session: ReplSession) -> str | None:
    """Help on one of the session's procedures or variables."""
    from ..syntax.names import fold
    key = fold(name)
    proc = session.session.procs.get(key)
    if proc is not None:
        params = ", ".join(p.name for p in proc.params)
        return f"{proc.node.name}({params})  (procedure of this session)"
    var = session.session.vars.get(key)
    if var is not None:
        return f"{var.name} is {var.spec.describe()}  (variable of this session)"
    return None


def _load(path: str, session: ReplSession) -> None:
    """Run a file into the session; its procedures and globals stay defined."""
    from ..errors import WLError, format_error
    from ..project.sources import read_file
    if not path:
        session.rt.write_err("usage: .load FILE (a .wl, .wdg or .wdc file)")
        session.failed += 1
        return None
    path = os.path.expanduser(path.strip('"'))
    try:
        source = read_file(path)
    except OSError as exc:
        from ..errors import shown_name
        session.rt.write_err(f"cannot read {shown_name(path)}: {exc.strerror or exc}")
        session.failed += 1
        return None
    except ValueError:  # a NUL or a lone surrogate: no file can have that name
        session.rt.write_err(f"cannot read {ascii(path)}: not a possible file name")
        session.failed += 1
        return None
    except WLError as err:
        session.rt.write_err(format_error(err))
        session.failed += 1
        return None
    if session.execute(source.text, source.path):
        procs = len(session.session.procs)
        session.rt.write_out(f"loaded {source.path} ({procs} procedure(s) in the session)")
    return None


def _reset(_: str, session: ReplSession) -> None:
    session.reset()
    session.rt.write_out("session reset: every variable and procedure forgotten")
    return None


def _quit(_: str, session: ReplSession) -> str:
    return QUIT


_HANDLERS: dict[str, Callable[[str, ReplSession], str | None]] = {
    ".help": _help, ".load": _load, ".reset": _reset, ".quit": _quit, ".exit": _quit,
}
