"""System and environment: ComputerName/NomOrdinateur, NetMachineName/NetNomMachine,
SysUserName, NetworkUser/RéseauUtilisateur, ExeInfo, ExeGetPID/ExeDonnePID, ThreadPause,
and the parameters store: LoadParameter/ChargeParamètre, SaveParameter/SauveParamètre,
DeleteParameter/SupprimeParamètre.

WINDEV keeps parameters in the Windows registry under the project's name. Here they live
in an INI file per program: `<config>/wlinterp/parameters/<script name>.ini`, section
`[Parameters]`, where `<config>` is $XDG_CONFIG_HOME, else ~/.config (%APPDATA% on
Windows). `WL_PARAMETERS` names another file (tests, sandboxes). A third parameter gives
an explicit INI file instead, as WINDEV accepts a registry key or a file. InitParameter
chooses another INI file, or an XML file or text (stdlib/parameters_xml.py).
"""
from __future__ import annotations

import getpass
import os
import socket
import sys

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import pause

from . import parameters_xml as xml_parameters
from .ini_files import IniText, checked_name, store_value
from .paths import failure, native_path

family = Family("System")

EXE_NAME = family.constant("exeName", "exeNom", 1)
# exeVersion is the text "VERSION" (VERIFIED: WINDEV Mobile 25's generated code writes
# `ExeInfo(exeVersion)` as exeInfo("VERSION")); the other values are ours
EXE_VERSION = family.constant("exeVersion", "exeVersion", "VERSION")
EXE_PID = family.constant("exePID", "exePID", 3)
EXE_DESCRIPTION = family.constant("exeDescription", "exeDescription", 4)
EXE_DIRECTORY = family.constant("exeDirectory", "exeRépertoire", 5)
# In ExeInfo's syntax (?3035001), "string constants": entries of the version resource, as
# exeVersion is (INFERRED: their texts are the resource's own keys; the French
# exeNomSociété is INFERRED, the page's French list has exeCopyright as it is)
family.constant("exeCompanyName", "exeNomSociété", "CompanyName")
family.constant("exeCopyright", "exeCopyright", "LegalCopyright")
_SECTION = "Parameters"


@family.function("NetMachineName", "NetNomMachine")
def net_machine_name(rt: Runtime) -> str:
    """The computer's network name."""
    return socket.gethostname()


@family.function("ComputerName", "NomOrdinateur")
def computer_name(rt: Runtime) -> str:
    """The computer's name (its host name without the domain)."""
    return socket.gethostname().split(".")[0]


@family.function("SysUserName", "SysNomUtilisateur")
def sys_user_name(rt: Runtime) -> str:
    """The name of the user running the program."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@family.function("NetworkUser", "RéseauUtilisateur")
def network_user(rt: Runtime) -> str:
    """The name the user logged on to the network with. WINDEV asks the Windows network;
    here it is the login name (as SysUserName): a POSIX machine has no separate network
    log-on (docs/builtins.md, "Coverage on real code")."""
    return sys_user_name(rt)


@family.function("ExeGetPID", "ExeDonnePID")
def exe_get_pid(rt: Runtime) -> int:
    """The process identifier of the running program."""
    return os.getpid()


@family.function("ExeInfo", "ExeInfo")
def exe_info(rt: Runtime, what: object, path: TextArg = None) -> str | int:
    """About the running program: exeName (the script's file name), exeDirectory (its
    folder, help ?3035001: without the final separator), exePID, exeVersion and
    exeDescription (a script has no version resource: ""). A text names an entry of the
    program's version resource, as exeVersion ("VERSION"), exeCompanyName and exeCopyright
    do: "" for a script."""
    given = None if path is None else native_path(text_arg(path, "ExeInfo"))
    if isinstance(what, str):
        return ""
    k = V.to_int(what)
    if k == EXE_PID:
        return os.getpid()
    if k == EXE_NAME:
        source = rt.filename if given is None else given
        return os.path.basename(source)
    if k == EXE_DESCRIPTION:
        return ""
    if k == EXE_DIRECTORY:  # the folder of the program (the script), no final separator
        source = rt.filename if given is None else given
        return os.path.dirname(os.path.abspath(source))
    raise WLRuntimeError(f"ExeInfo: unknown information {k}.")


@family.function("ThreadPause", "ThreadPause")
def thread_pause(rt: Runtime, hundredths: object) -> None:
    """Pause the program for `hundredths` of a second (at most one hour)."""
    delay = max(V.to_num(hundredths), 0) / 100
    if delay > 3600:
        raise WLRuntimeError("ThreadPause: a pause longer than one hour is refused.")
    pause(float(delay))


def parameters_file(rt: Runtime) -> str:
    """Where LoadParameter/SaveParameter keep this program's parameters."""
    explicit = os.environ.get("WL_PARAMETERS")
    if explicit:
        return explicit
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or os.path.expanduser("~")
    else:
        base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"),
                                                                 ".config")
    return os.path.join(base, "wlinterp", "parameters", _project(rt) + ".ini")


def _project(rt: Runtime) -> str:
    return os.path.splitext(os.path.basename(rt.filename))[0].strip("<>") or "script"


def _store(rt: Runtime, path: object) -> str:
    if path is not None:
        return native_path(path)
    chosen = rt.state.get("parameters.init")
    return parameters_file(rt) if chosen is None or chosen[2] is None else chosen[2]


PARAM_INI = family.constant("paramIni", "paramIni", 1)
PARAM_REGISTRY = family.constant("paramRegistry", "paramRegistre", 2)
PARAM_XML = family.constant("paramXML", "paramXML", xml_parameters.PARAM_XML)
PARAM_STRING = family.constant("paramString", "paramChaîne",
                               xml_parameters.PARAM_STRING)


@family.function("InitParameter", "InitParamètre")
def init_parameter(rt: Runtime, mode: object, source: object = None) -> str:
    """Where LoadParameter/SaveParameter/DeleteParameter keep parameters from now on (help
    page ?3025044); the mode and source in force before, joined by TAB. paramIni: the INI
    file `source` (a bare name in the script's folder; none: <program>.INI there);
    paramRegistry: the default store, since there is no registry (the key is only
    remembered); paramXML: the XML file `source` (placed as paramIni's; none:
    <program>.xml); paramString: the XML text `source`, changed in memory and given back
    by the next InitParameter (stdlib/parameters_xml.py, docs/builtins.md)."""
    kind, text = V.to_int(mode), "" if source is None else V.to_str(source)
    if kind not in (PARAM_INI, PARAM_REGISTRY, PARAM_XML, PARAM_STRING):
        raise WLRuntimeError(f"InitParameter: {kind} is not a mode (paramIni, "
                             "paramRegistry, paramXML, paramString).")
    before = rt.state.get("parameters.init") or (PARAM_INI, parameters_file(rt), None)
    if kind == PARAM_STRING:
        if source is None:
            raise WLRuntimeError("InitParameter: paramString needs the XML text of the "
                                 "parameters (a string variable).")
        try:
            held = xml_parameters.parse(text)
        except ValueError as exc:
            raise WLRuntimeError(f"InitParameter: the paramString text is not the XML of "
                                 f"parameters: {exc}.") from None
        rt.state["parameters.init"] = (kind, text, None)
        rt.state["parameters.string"] = held
        return f"{before[0]}\t{_source_text(rt, before)}"
    path = None
    if kind in (PARAM_INI, PARAM_XML):
        default = _project(rt) + (".INI" if kind == PARAM_INI else ".xml")
        path = native_path(text or default)
        if not os.path.dirname(path):
            path = os.path.join(os.path.dirname(os.path.abspath(rt.filename or ".")), path)
    rt.state["parameters.init"] = (kind, text or path or parameters_file(rt), path)
    return f"{before[0]}\t{_source_text(rt, before)}"


def _source_text(rt: Runtime, chosen: tuple[int, str, str | None]) -> str:
    """The source InitParameter gives back for a mode: paramString's text as the
    parameters saved since have made it."""
    if chosen[0] == PARAM_STRING:
        return xml_parameters.render(rt.state.get("parameters.string") or {})
    return chosen[1]


@family.function("LoadParameter", "ChargeParamètre", can_fail=True)
def load_parameter(rt: Runtime, name: TextArg, default: object = "", path: object = None) -> str:
    """The saved value of parameter `name`, else `default`."""
    wanted = text_arg(name, "LoadParameter")
    kind = xml_parameters.mode(rt, path)
    if kind:
        values = xml_parameters.store_values(rt, kind, "LoadParameter", V.to_str(default))
        found: str | None = values.get(xml_parameters.store_key(values, wanted))
        return V.to_str(default) if found is None else found
    where = _store(rt, path)
    try:
        found = IniText.load(where).get(_SECTION, wanted)
    except (OSError, ValueError) as exc:
        raise failure("LoadParameter", "read", where, exc, default) from None
    return V.to_str(default) if found is None else found.replace("\\n", "\n").replace(
        "\\r", "\r").replace("\\\\", "\\")


@family.function("SaveParameter", "SauveParamètre", can_fail=True)
def save_parameter(rt: Runtime, name: TextArg, value: object, path: object = None) -> bool:
    """Save `value` under `name` for later runs of this program (line breaks kept)."""
    kind = xml_parameters.mode(rt, path)
    key = checked_name("SaveParameter", text_arg(name, "SaveParameter"), "key")
    if kind:
        return xml_parameters.change(rt, "SaveParameter", kind, key, V.to_str(value))
    where = _store(rt, path)
    text = V.to_str(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return store_value("SaveParameter", where, _SECTION, key, text)


@family.function("DeleteParameter", "SupprimeParamètre", can_fail=True)
def delete_parameter(rt: Runtime, name: TextArg, path: object = None) -> bool:
    """Forget a saved parameter; False when it did not exist."""
    wanted = text_arg(name, "DeleteParameter")
    kind = xml_parameters.mode(rt, path)
    if kind:
        return xml_parameters.change(rt, "DeleteParameter", kind, wanted, None)
    where = _store(rt, path)
    try:
        ini = IniText.load(where)
        if not ini.delete(_SECTION, wanted):
            return False
        ini.save(where)
    except (OSError, ValueError) as exc:
        raise failure("DeleteParameter", "write", where, exc, False) from None
    return True


NORMAL_MODE = family.constant("NormalMode", "ModeNormal", 0)
family.constant("PermissiveMode", "ModePermissif", 1)
family.constant("ExternalCallsOptimized", "AppelsExternesOptimisés", 2)
family.constant("DisableOptimizedExecution", "DésactiveExécutionOptimisée", 4)
family.constant("ForceDestructorNonDynamicObject", "ForceDestructeurObjetNonDynamique", 8)
family.constant("modeFormerOperatingModeDuration", "modeAncienFonctionnementDurée", 16)
family.constant("DisableOptimizedAnsiUnicodeConversion",
                "DésactiveConversionAnsiUnicodeOptimisée", 32)


@family.function("ExecutionMode", "ModeExécution")
def execution_mode(rt: Runtime, mode: object = None) -> int:
    """The runtime mode (help page doc.windev.com ?3013048): without a parameter the
    current combination of modes, with one the mode after the change. The modes are
    recorded and read back but change nothing: wlinterp has no JITc or external calls to
    optimise, and PermissiveMode does not make it ignore errors (docs/builtins.md)."""
    if mode is not None:
        rt.state["execution_mode"] = V.to_int(mode)
    return int(rt.state.get("execution_mode", NORMAL_MODE))
