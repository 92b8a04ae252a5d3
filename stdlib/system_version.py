"""SysWindowsVersion/SysVersionWindows on the system the program runs on.

WINDEV asks Windows for its version. PC SOFT's own runtime for a system that is not
Windows (its Android framework, readable in public decompiled copies) answers this
function with that system's version; wlinterp does the same on Linux and macOS
(*decided*, docs/builtins.md "System version"): the distribution's version (VERSION_ID of
/etc/os-release, "12" on Debian 12) when the file says it, else the macOS version, else
the kernel's release (what `uname -r` shows). VersionWindows (the Windows family, "NT"),
SysVersion and VersionWINDEV stay unimplemented: no page says what they return.
"""
from __future__ import annotations

import platform

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

family = Family("System version")

OS_RELEASE = "/etc/os-release"


def _os_release_version(path: str = OS_RELEASE) -> str:
    """VERSION_ID from an os-release file; "" when there is none."""
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, sep, value = line.strip().partition("=")
                if sep and key == "VERSION_ID":
                    return value.strip().strip('"').strip("'")
    except OSError:
        pass
    return ""


def os_version() -> str:
    return _os_release_version() or platform.mac_ver()[0] or platform.release()


@family.function("SysWindowsVersion", "SysVersionWindows")
def sys_windows_version(rt: Runtime) -> str:
    """The version of the operating system the program runs on."""
    return os_version()
