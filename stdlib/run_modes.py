"""Where the program runs: InLinuxMode/EnModeLinux, InWindowsMode/EnModeWindows,
In64bitMode/EnMode64bits, and the modes a script interpreter is never in
(InWebMode/EnModeWeb, InServiceMode/EnModeService, InJavaMode/EnModeJava, the mobile,
emulator and simulator modes...), InTSEMode/EnModeTSE (a Windows remote desktop
session), plus Delay/Temporisation.

A wlinterp script is a program run from the command line: it is never a web site,
a service, a component, a Java or PHP program, a mobile application or an emulator,
so those functions answer False rather than refusing to run (code that asks is code
that has a fallback). Decisions: docs/builtins.md, "Links, disks, run modes".
"""
from __future__ import annotations

import os
import sys

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import pause

family = Family("Run modes")

_MAX_DELAY = 3600


@family.function("InLinuxMode", "EnModeLinux")
def in_linux_mode(rt: Runtime) -> bool:
    """True when the program runs on Linux."""
    return sys.platform.startswith("linux")


@family.function("InWindowsMode", "EnModeWindows")
def in_windows_mode(rt: Runtime) -> bool:
    """True when the program runs on Windows."""
    return sys.platform == "win32"


@family.function("In64bitMode", "EnMode64bits")
def in_64bit_mode(rt: Runtime) -> bool:
    """True when the program runs as a 64-bit process."""
    return sys.maxsize > 2 ** 32


def _never(en: str, fr: str) -> None:
    """Declare a mode function a command-line script is never in."""

    def mode(rt: Runtime) -> bool:
        return False

    mode.__doc__ = f"False: a wlinterp script is never in this mode ({en})."
    mode.__name__ = "in_mode_" + en.lower()
    family.function(en, fr)(mode)


for _en, _fr in (("InWebMode", "EnModeWeb"), ("InServiceMode", "EnModeService"),
                 ("InJavaMode", "EnModeJava"), ("InPHPMode", "EnModePHP"),
                 ("InComponentMode", "EnModeComposant"),
                 ("InAndroidMode", "EnModeAndroid"), ("IniOSMode", "EnModeiOS"),
                 ("InWebserviceMode", "EnModeWebservice"),
                 ("InStoredProcedureMode", "EnModeProcédureStockée"),
                 ("InSimulatorMode", "EnModeSimulateur"),
                 ("InUniversalWindowsAppMode", "EnModeUniversalWindowsApp"),
                 # issue 8: English names INFERRED from the French ones (no stored page)
                 ("InAppleWatchMode", "EnModeAppleWatch"),
                 ("InBackgroundMode", "EnModeArrièrePlan"),
                 ("InDeviceOwnerMode", "EnModeDeviceOwner"),
                 ("InAndroidEmulatorMode", "EnModeEmulateurAndroid"),
                 ("InAppleWatchEmulatorMode", "EnModeEmulateurAppleWatch"),
                 ("IniOSEmulatorMode", "EnModeEmulateuriOS"),
                 ("InReportsAndQueriesMode", "EnModeEtatsEtRequêtes"),
                 ("InFactoryMode", "EnModeFabrique"),
                 ("InKioskMode", "EnModeKiosque"),
                 ("InUMCMode", "EnModeMCU"),
                 ("InMacCatalystMode", "EnModeMacCatalyst"),
                 ("InDelayedProcedureMode", "EnModeProcédureDifférée"),
                 ("InPrelaunchedSessionMode", "EnModeSessionPrélancée"),
                 ("InAndroidSimulatorMode", "EnModeSimulateurAndroid"),
                 ("InAppleWatchSimulatorMode", "EnModeSimulateurAppleWatch"),
                 ("InPHPSimulatorMode", "EnModeSimulateurPHP"),
                 ("InPocketSimulatorMode", "EnModeSimulateurPocket"),
                 ("InUniversalWindowsAppSimulatorMode",
                  "EnModeSimulateurUniversalWindowsApp"),
                 ("IniOSSimulatorMode", "EnModeSimulateuriOS"),
                 ("InVGAMode", "EnModeVGA"),
                 ("InWidgetMode", "EnModeWidget")):
    _never(_en, _fr)


@family.function("InTSEMode", "EnModeTSE")
def in_tse_mode(rt: Runtime) -> bool:
    """True in a Windows remote desktop (Terminal Services) session: Windows names such
    a session RDP-... in SESSIONNAME (INFERRED: no stored page); never elsewhere."""
    return sys.platform == "win32" and os.environ.get("SESSIONNAME", "").upper().startswith(
        "RDP")


@family.function("Delay", "Temporisation")
def delay(rt: Runtime, hundredths: object) -> None:
    """Wait `hundredths` of a second (at most one hour), as ThreadPause does."""
    seconds = max(float(V.to_num(hundredths)), 0.0) / 100
    if seconds > _MAX_DELAY:
        raise WLRuntimeError("Delay: a wait longer than one hour is refused.")
    pause(seconds)
