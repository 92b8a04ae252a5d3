"""What a program asks about the system it runs on and the runtime running it, the names
of PC SOFT's French list that had no implementation: SysVersion, VersionWINDEV, SysNation,
SysIdentifiant, SysChangeEnvironnement, RelanceProgramme.

No stored help page for any of them (searched 2026-12-02); every behaviour here is
*decided* from the name, the family's other functions and what a program outside Windows
can honestly answer, and every English name is INFERRED from the family's pattern
(docs/builtins.md, "System identity"):
- SysVersion(): the operating system's own version, the kernel's release (`uname -r`);
  SysWindowsVersion already gives the distribution's (stdlib/system_version.py).
- WINDEVVersion(): 30, the WINDEV version (2025) whose language wlinterp follows, as an
  integer so that `IF VersionWINDEV() >= 28` reads as intended.
- SysNation(): the nation of the system's locale (nationFrench for a French locale, else
  nationEnglish); unlike Nation(), the program cannot change it.
- SysIdentifier(): the machine's identifier (/etc/machine-id, the one systemd and D-Bus
  keep), "" and a non-fatal error where the system has none.
- SysChangeEnvironment(name, value): sets a variable of the program's environment (what
  SysEnvironment and programs started later see); an empty value removes it, as
  `SET NAME=` does.
- RestartProgram(): refused with a fatal error saying why: a script run by wlinterp has
  no executable to start again, and running its code a second time in the same process
  would keep its open files, sockets and threads.
"""
from __future__ import annotations

import os
import platform

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .number_words import NATION_ENGLISH, NATION_FRENCH
from .strings import text_arg

family = Family("System identity")

WINDEV_VERSION = 30  # WINDEV 2025
MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")


@family.function("SysVersion", "SysVersion")
def sys_version(rt: Runtime) -> str:
    """The operating system's version: the kernel's release."""
    return platform.release()


@family.function("WINDEVVersion", "VersionWINDEV")
def windev_version(rt: Runtime) -> int:
    """The WINDEV version whose language wlinterp follows."""
    return WINDEV_VERSION


def locale_language() -> str:
    """The language of the system's locale (LC_ALL, then LC_MESSAGES, then LANG)."""
    return next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG")
                 if os.environ.get(k)), "")


@family.function("SysNation", "SysNation")
def sys_nation(rt: Runtime) -> int:
    """The nation of the system's locale: nationFrench or nationEnglish."""
    return NATION_FRENCH if locale_language().lower().startswith("fr") else NATION_ENGLISH


@family.function("SysIdentifier", "SysIdentifiant", can_fail=True)
def sys_identifier(rt: Runtime) -> str:
    """The machine's identifier (32 hexadecimal digits on systemd and D-Bus systems)."""
    for path in MACHINE_ID_FILES:
        try:
            with open(path, encoding="ascii") as f:
                ident = f.read().strip()
        except (OSError, UnicodeDecodeError):
            continue
        if ident:
            return ident
    raise BuiltinFailure("SysIdentifier: this system keeps no machine identifier "
                         "(/etc/machine-id).", value="")


@family.function("SysChangeEnvironment", "SysChangeEnvironnement", can_fail=True)
def sys_change_environment(rt: Runtime, name: TextArg, value: TextArg = "") -> bool:
    """Set (or, with an empty value, remove) a variable of the program's environment."""
    key, text = text_arg(name, "SysChangeEnvironment"), text_arg(value, "SysChangeEnvironment")
    if not key or "=" in key or "\0" in key or "\0" in text:
        raise BuiltinFailure(f"SysChangeEnvironment: '{key}' cannot name an environment "
                             "variable.", value=False)
    if text:
        os.environ[key] = text
    else:
        os.environ.pop(key, None)
    return True


@family.function("RestartProgram", "RelanceProgramme")
def restart_program(rt: Runtime, *args: object) -> None:
    """Refused: see the module docstring."""
    raise WLRuntimeError("RestartProgram: restarting the program is not available in "
                         "wlinterp (a script has no executable to start again); end it "
                         "and run it again.")
