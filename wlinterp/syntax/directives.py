"""Compile-time target blocks: `<COMPILE IF ...>`, `<IF ExecutionTarget=...>`,
`<SI CibleExécution=...>`, `<ELSE IF>`, `<ELSE>`, `<END>`. The branches that do not hold
for wlinterp are blanked before scanning (line numbers stay those of the source), so
code written for another platform is not even parsed."""
from __future__ import annotations

__all__ = ["DIRECTIVE_RE", "compile_time_blocks", "for_this_target"]

import re

from .names import fold
from ..lazy_regex import lazy_compile


# `<COMPILE IF ExecutionTarget=Linux>` / `<IF ...>` / `<SI ...>`, `<ELSE>`, `<END>`:
# compile-time conditions on the target. wlinterp counts as a Linux application built
# by WINDEV (a program, not a site or a service): see docs/semantics.md.
DIRECTIVE_RE = lazy_compile(
    r"^[ \t]*<\s*(?:(?P<if>(?:compile(?:r)?\s+)?(?:if|si))\s+(?P<cond>(?:<>|[^>])*)"
    r"|(?P<elif>(?:else|sinon)\s+(?:if|si))\s+(?P<cond2>(?:<>|[^>])*)"
    r"|(?P<else>else|sinon)|(?P<end>end|fin))\s*>[ \t]*(?://[^\r\n]*)?$",
    re.IGNORECASE | re.MULTILINE)
_LINUX_PROGRAM = {"windev", "linux", "linuxapplication", "applicationlinux"}
_TARGET = {"executiontarget": _LINUX_PROGRAM, "cibleexecution": _LINUX_PROGRAM,
           "configurationtype": {"windev", "linux", "executable", "executablelinux",
                                 "linuxexecutable"},
           "typeconfiguration": {"windev", "linux", "executable", "executablelinux",
                                 "linuxexecutable"}}


def _target_holds(cond: str) -> bool:
    """`ExecutionTarget = Linux OR ExecutionTarget = Site`: does it hold for wlinterp?
    OR/OU of AND/ET groups; a condition on any other name never holds."""
    for alt in re.split(r"\s+(?:or|ou)\s+|\|\|?", cond, flags=re.IGNORECASE):
        if all(_one_target_holds(part)
               for part in re.split(r"\s+(?:and|et)\s+|&&?", alt, flags=re.IGNORECASE)):
            return True
    return False


def _one_target_holds(part: str) -> bool:
    """`ExecutionTarget = Linux` / `CibleExécution <> Site` for wlinterp."""
    m = re.fullmatch(r"\s*([\w\u00c0-\u024f]+)\s*(=|<>)\s*\"?([\w -]+?)\"?\s*", part)
    if not m:
        return False
    name, op, value = fold(m.group(1)), m.group(2), fold(m.group(3)).replace(" ", "")
    holds = value in _TARGET.get(name, set())
    return holds == (op == "=")


def compile_time_blocks(text: str) -> str:
    """Blank the lines of `<IF ...>` branches that do not hold for wlinterp (and the
    directive lines themselves); line numbers stay those of the source."""
    lines = text.split("\n")
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []  # (this branch is kept, a branch was taken)
    for line in lines:
        m = DIRECTIVE_RE.match(line.rstrip("\r"))
        outer = all(kept for kept, _ in stack)
        if m and m.group("if"):
            holds = _target_holds(m.group("cond"))
            stack.append((holds, holds))
            out.append("")
            continue
        if m and stack and m.group("elif"):
            _, taken = stack[-1]
            holds = not taken and _target_holds(m.group("cond2"))
            stack[-1] = (holds, taken or holds)
            out.append("")
            continue
        if m and stack and m.group("else"):
            stack[-1] = (not stack[-1][1], True)
            out.append("")
            continue
        if m and stack and m.group("end"):
            stack.pop()
            out.append("")
            continue
        out.append(line if outer else "")
    return "\n".join(out)


def for_this_target(text: str) -> str:
    """`text` as wlinterp compiles it: with its compile-time blocks blanked when it has any
    (the lexer imports this module at the first text holding a `<`)."""
    return compile_time_blocks(text) if DIRECTIVE_RE.search(text) else text
