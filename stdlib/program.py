"""The running program: its command line, its end, pauses, its environment and what it
knows of its project (ProjectInfo/ProjetInfo).

`wl run script.wl a b` passes `a b` to the script, read with CommandLine. EndProgram stops
the script at once with an exit code (end-of-run duties, such as queued e-mail, still
run).
"""
from __future__ import annotations

import os
import shlex

from wlinterp.runtime import values as V
from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.errors import ProgramEnd
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import pause

family = Family("Program")


@family.function("CommandLine", "LigneCommande")
def command_line(rt: Runtime, name: object = None) -> str:
    """The script's arguments: all of them as one line, or with a name the value of a
    `/name=value` (or `-name=value`) argument ("" if absent; "1" for a bare `/name`).
    With a number, the argument of that rank (1 the first; "" past the last or below 1):
    a command-line executable found on the web (HFSQLBridge, RC 6 Dec 2026) reads its
    eight positional arguments with `LigneCommande(1)` ... `LigneCommande(8)` (INFERRED:
    the page of CommandLine is not stored; a name is a text, so a number cannot be one)."""
    if name is None:
        return " ".join(shlex.quote(a) if (" " in a or not a) else a for a in rt.args)
    if isinstance(name, (int, float)) and not isinstance(name, bool):
        rank = int(name)
        return rt.args[rank - 1] if 1 <= rank <= len(rt.args) else ""
    wanted = V.to_str(name).lower()
    for arg in rt.args:
        key, sep, value = arg.lstrip("/-").partition("=")
        if arg[:1] in "/-" and key.lower() == wanted:
            return value if sep else "1"
    return ""


@family.function("EndProgram", "FinProgramme")
def end_program(rt: Runtime, code: object = 0, title: object = None,
                closing: object = None) -> None:
    """Stop the script now; the exit code is `code` (0 by default). Real code also passes
    a message (`FinProgramme(sMsg, Faux)`, `FinProgramme(sMsg, sTitre, Faux)`, after a
    failure it cannot recover from): a text that is not a number is written on stderr
    and the exit code is 1. The help page of EndService (?1000018711) says EndProgram
    takes a message and, last, a boolean saying whether the closing codes run; the
    middle argument of the three is taken for the message box's title: both are
    accepted and ignored (a script has no closing code to run; docs/builtins.md)."""
    if isinstance(code, str) and not _is_number(code):
        print(code, file=rt.stderr)
        raise ProgramEnd(1)
    raise ProgramEnd(V.to_int(code))


@family.function("Multitask", "Multitâche")
def multitask(rt: Runtime, hundredths: object = 0) -> None:
    """Pause for `hundredths` of a second (WINDEV's unit); negative values pause too."""
    delay = abs(float(V.to_num(hundredths))) / 100
    if delay > 3600:
        raise WLRuntimeError("Multitask: a pause longer than one hour is refused.")
    pause(delay)


@family.function("SysEnvironment", "SysEnvironnement")
def sys_environment(rt: Runtime, name: TextArg = None) -> str:
    """The environment, as the help page (doc.windev.com ?3073014) describes it: without a
    name, every `NAME=value` line (sorted by name, as the SET command shows them),
    separated by CR; with a name, the first line whose name starts with it, ignoring case
    (the search is generic: "PA" finds PATH), "" when none does."""
    lines = [f"{k}={v}" for k, v in sorted(os.environ.items(), key=lambda kv: kv[0].upper())]
    if name is None:
        return "\r\n".join(lines)
    wanted = text_arg(name, "SysEnvironment").upper()
    return next((line for line in lines if line.upper().startswith(wanted)), "")


def _is_number(text: str) -> bool:
    try:
        float(text.strip().replace(",", "."))
    except ValueError:
        return False
    return True


# ProjectInfo's kinds of information (help page ?3064004, names VERIFIED). piProjectName 0
# and piConfiguration 2 VERIFIED in WINDEV Mobile's Android runtime (ProjetInfo() is
# ProjetInfo(0), the project's name; 2 the configuration's); the others are ours.
# piNameDeployedSite is INFERRED: PC SOFT's own example sites call it; so do
# piNomProjet (the French name of piProjectName) and piConfiguration in PC SOFT's French
# examples; piRegistry/piRegistre is named by InitParameter's page (?3025044).
PI_PROJECT_NAME = family.constant("piProjectName", "piNomProjet", 0)
family.constant("piAnalysis", "piAnalysis", 1)
family.constant("piApplicationCCDataPath", "piApplicationCCDataPath", 3)
family.constant("piApplicationEmail", "piApplicationEmail", 4)
family.constant("piApplicationInternetAddress", "piApplicationInternetAddress", 5)
family.constant("piCCDataPath", "piCCDataPath", 6)
family.constant("piNameDeployedSite", "piNameDeployedSite", 7)
PI_REGISTRY = family.constant("piRegistry", "piRegistre", 8)
family.constant("piConfiguration", "piConfiguration", 2)


@family.function("ProjectInfo", "ProjetInfo")
def project_info(rt: Runtime, what: object = PI_PROJECT_NAME) -> str:
    """About the running project (help page ?3064004). wlinterp runs a script or a folder
    of sources, not a compiled project: piProjectName is the program's file name without
    its extension; everything a compiled project, an analysis or a deployed WEBDEV site
    would give (piAnalysis, piNameDeployedSite, piConfiguration, the Control Centers'
    paths...) is "". piRegistry is the key WINDEV would use for an executable built without
    a company name (?3025044), a name a program can pass on (InitParameter)."""
    kind = V.to_int(what)
    if kind not in (PI_PROJECT_NAME, PI_REGISTRY):
        return ""
    name = os.path.basename(rt.filename or "")
    project = "" if name.startswith("<") else os.path.splitext(name)[0]
    if kind == PI_REGISTRY:
        return "HKEY_CURRENT_USER\\Software\\WINDEV applications\\" + project
    return project
