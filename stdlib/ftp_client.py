"""FTP: FTPConnect/FTPConnecte (PC SOFT's help ?3040016), FTPSend/FTPEnvoie (?3040014),
FTPCommand/FTPCommande (?3040017), FTPMakeDir/FTPRepCrée (?3040001), FTPGet/FTPRécupère,
FTPDisconnect/FTPDéconnecte, FTPCurrentDir/FTPRepEnCours, FTPDeleteDir/FTPRepSupprime,
FTPDeleteFile/FTPSupprimeFichier, FTPRenameFile/FTPRenommeFichier (docs/builtins.md
"FTP"; FTPSize is stdlib/ftp_file_info.py's), on the standard library's client (ftplib);
the connections' table and how one operation runs and fails: stdlib/ftp_session.py.

A connection is known by the number FTPConnect gives (0 for the first, as the help says;
-1 and ErrorInfo on failure). Every failure is non-fatal (ErrorOccurred, ErrorInfo), the
function giving False (-1 for FTPConnect and FTPSize, "" for FTPCurrentDir).

Security (docs/security.md, "No password in clear text"): plain FTP sends the password
as it is; it goes only to this machine (`localhost` or a loopback address, judged on
the name written, as HTTP's rule) or with `--allow-cleartext-auth`, else FTPConnect fails
before connecting.
An anonymous login (no user name) carries no secret. `ftpes://` asks for TLS (AUTH TLS)
before the login, the certificate checked as HTTPS's is, and a server that refuses it
fails the connection: no downgrade to clear text. `ftps://` (implicit TLS) and `sftp://`
(SSH) are not available: a clear failure.
"""
from __future__ import annotations

import ftplib
import os
import posixpath
import secrets

from typing import Any

from wlinterp.errors import BuiltinFailure
from wlinterp.host_names import unbracketed
from wlinterp.registry import Family, NumberArg, OutArg, ProcArg, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime

from .ftp_connection_type import FTPConnectionValue, connection_number
from .ftp_limits import Deadline, DownloadBound, WatchedFTP, WatchedFTPTLS
from .ftp_session import ERROR_IDENTIFICATION_CODE, call, connection, connections, disconnect, failed
from .paths import native_path
from .strings import text_arg

family = Family("FTP")

DEFAULT_TIMEOUT_S = 20.0  # "all the FTP functions fail if the FTP server does not respond
#                           within 20 seconds" (FTPMakeDir's page, ?3040001)
ERROR_IDENTIFICATION = family.constant("ftpErrorIdentification", "ftpErreurIdentification",
                                       ERROR_IDENTIFICATION_CODE)
# (its value is not on the page: ours, INFERRED; ErrorInfo(errCode) gives it when the
#  server refuses the user name or password, as FTPConnect's page says)


def _seconds(value: object) -> float:
    """FTPConnect's <Délai de connexion>: seconds (INFERRED: the page's unit is not in
    the stored copy) or a Duration; 0 or less keeps the 20 s default."""
    from .timeouts import bounded
    seconds = value.ms / 1000 if isinstance(value, WLDuration) else float(V.to_num(value))
    return bounded(seconds) if seconds > 0 else DEFAULT_TIMEOUT_S


def _client(rt: Runtime, server: str, timeout: float) -> tuple[ftplib.FTP, str]:
    """A client for `server` (its scheme chooses plain FTP or FTPES) and the host name."""
    scheme, sep, host = server.partition("://")
    if not sep:
        scheme, host = "ftp", server
    scheme = scheme.lower()
    if not host.strip(" /"):  # (else: 'not sent in clear text to another machine ()')
        raise BuiltinFailure("FTPConnect: no server given (its address is empty).", value=-1)
    if scheme in ("ftps", "sftp"):
        raise BuiltinFailure(f"FTPConnect: {scheme}:// ({'implicit TLS' if scheme == 'ftps' else 'SSH'}) "
                             "is not available; use ftpes:// (FTP with TLS).", value=-1)
    from wlinterp.mail.security import credentials_in_name
    words = credentials_in_name(server)
    if words is not None:
        raise BuiltinFailure(f"FTPConnect: {words}.", value=-1)
    if scheme not in ("ftp", "ftpes"):
        raise BuiltinFailure(f"FTPConnect: '{server}' is not an FTP server name.", value=-1)
    host = unbracketed(host.rstrip("/"))  # an IPv6 address may come in brackets ([::1])
    if scheme == "ftpes":
        from .http_exchange import verifying_context
        return WatchedFTPTLS(context=verifying_context(rt, "FTPConnect", -1), timeout=timeout), host
    return WatchedFTP(timeout=timeout), host


def _check_cleartext(rt: Runtime, ftp: ftplib.FTP, host: str, user: str,
                     password: str) -> None:
    """A password goes in clear (plain FTP) only to this machine (`localhost`, a
    loopback address: judged on the name written, never looked up, as HTTP's rule) or
    with --allow-cleartext-auth: refused before anything is sent."""
    from wlinterp.mail.security import is_loopback
    if isinstance(ftp, ftplib.FTP_TLS) or not (user and password):
        return
    if rt.options.get("allow_cleartext_auth") or host.lower() in ("localhost", "localhost.") \
            or is_loopback(host.strip("[]")):
        return
    raise BuiltinFailure(f"FTPConnect: the password is not sent in clear text to another "
                         f"machine ({host}): use ftpes://, or allow it with "
                         "--allow-cleartext-auth.", value=-1)


def _login(ftp: ftplib.FTP, user: str, password: str) -> None:
    """TLS first where asked (a refusal ends it: no clear-text fallback), then the login
    (no user name: anonymous, the password standing for an e-mail address, ?3040016)."""
    if isinstance(ftp, ftplib.FTP_TLS):
        try:
            ftp.auth()
        except (ftplib.error_perm, ftplib.error_temp) as exc:
            raise type(exc)(f"the server refused TLS (AUTH TLS: {exc}); the login is not "
                            "sent in clear text") from None
    ftp.login(user or "anonymous", password if user else (password or "anonymous@"))
    if isinstance(ftp, ftplib.FTP_TLS):
        ftp.prot_p()


def _port(port: object) -> int:
    """The port to connect to: 0 (or nothing) is FTP's 21, as is a text that is not a
    number (read as 0, as every number argument reads one: WL206); a number outside
    1-65535 is the function's failure naming it (it was tried: "Connection refused")."""
    number = int(V.to_num(port)) or 21
    if not 1 <= number <= 65535:
        raise BuiltinFailure(f"FTPConnect: the port {number} is not a port number "
                             "(1 to 65535).", value=-1)
    return number


@family.function("FTPConnect", "FTPConnecte", can_fail=True)
def ftp_connect(rt: Runtime, server: TextArg, user: TextArg = "", password: TextArg = "",
                port: NumberArg = 21, passive: object = True, timeout: object = 0,
                private_key: TextArg = "", key_password: TextArg = "") -> int:
    """Connect and log in; the connection's number (0 for the first), -1 on failure
    (?3040016). `passive` (the page's <Type de connexion>): True, the default, passive
    mode; False, active (INFERRED). The private key parameters are SFTP's (not
    available). `server` may be an ftpConnection variable holding them all
    (ftp_connection_type.py), which then stands for the connection."""
    if isinstance(server, FTPConnectionValue):
        described = server
        described.number = ftp_connect(rt, *described.connect_arguments())
        return described.number
    name, login, secret = text_arg(server, "FTPConnect"), text_arg(user, "FTPConnect"), \
        text_arg(password, "FTPConnect")
    port_number = _port(port)
    text_arg(private_key, "FTPConnect"), text_arg(key_password, "FTPConnect")  # (SFTP's: read, as every argument is)
    ftp, host = _client(rt, name, _seconds(timeout))
    _check_cleartext(rt, ftp, host, login, secret)
    limit = Deadline(ftp)
    try:
        with limit:
            ftp.connect(host, port_number)
            ftp.set_pasv(V.to_bool(passive))
            _login(ftp, login, secret)
    except (OSError, ftplib.Error, EOFError, ValueError) as exc:
        ftp.close()
        raise failed("FTPConnect", exc, -1, limit, login, secret) from None
    table = connections(rt)
    number = rt.state.get("ftp:next", 0)
    rt.state["ftp:next"] = number + 1
    table[number] = ftp
    return number


@family.function("FTPDisconnect", "FTPDéconnecte", can_fail=True)
def ftp_disconnect(rt: Runtime, number: NumberArg) -> bool:
    """Close the connection (QUIT); its number is no longer valid."""
    ftp = connection(rt, number, "FTPDisconnect", False, closing=True)
    del connections(rt)[connection_number(number)]
    disconnect(ftp)
    return True


def _is_remote_dir(ftp: ftplib.FTP, path: str) -> bool:
    """Is `path` a folder on the server (CWD to it succeeds; the current one is kept)?"""
    here = ftp.pwd()
    try:
        ftp.cwd(path)
    except ftplib.error_perm:
        return False
    ftp.cwd(here)
    return True


@family.function("FTPSend", "FTPEnvoie", can_fail=True)
def ftp_send(rt: Runtime, number: NumberArg, local: TextArg, destination: TextArg,
             procedure: ProcArg = None, mode: object = None) -> bool:
    """Send the local file to the server (?3040014): into the folder `destination`
    (keeping its name) when it is one, else as that file; a local folder is sent whole
    into a folder of its name under `destination` (ftp_send_folder.py). Binary mode
    (the bytes as they are); the progress procedure is accepted and not called
    (INFERRED). It is a procedure parameter (ProcArg): a procedure or method named there
    without parentheses is passed, not called (PC SOFT's own FTP client passes a
    method taking the two sizes; `wl check` said WL104, no argument given)."""
    path, target = native_path(text_arg(local, "FTPSend")), text_arg(destination, "FTPSend") or "."
    connection(rt, number, "FTPSend", False)
    if os.path.isdir(path):
        from .folder_size import folder_size  # (a rare call)
        from .ftp_send_folder import send_folder
        return bool(call(rt, number, "FTPSend", False, lambda ftp: send_folder(
            ftp, path, target, _is_remote_dir), folder_size(path)))
    if not os.path.isfile(path):
        raise BuiltinFailure(f"FTPSend: the file or folder '{V.to_str(local)}' does not "
                             "exist.", value=False)

    def job(ftp: ftplib.FTP) -> bool:
        into = target.endswith("/") or _is_remote_dir(ftp, target)
        name = posixpath.join(target, os.path.basename(path)) if into else target
        with open(path, "rb") as source:
            ftp.storbinary(f"STOR {name}", source)
        return True
    return bool(call(rt, number, "FTPSend", False, job, os.path.getsize(path)))


@family.function("FTPGet", "FTPRécupère", can_fail=True)
def ftp_get(rt: Runtime, number: NumberArg, remote: TextArg, local: TextArg,
            procedure: ProcArg = None, mode: object = None) -> bool:
    """Bring the server's file here: into the local folder `local` (keeping its name)
    when it is one, else as that file (INFERRED, as FTPSend). Binary mode. The bytes
    go to a new file beside it that takes the name only once complete: a transfer that
    fails leaves nothing behind, and a file of that name already here as it was (it was
    emptied, then deleted). An endless download stops at its bound (DownloadBound). A
    server's folder is brought whole into a folder of its name (?3040002,
    ftp_get_folder.py)."""
    name, shown = text_arg(remote, "FTPGet"), text_arg(local, "FTPGet")
    folder = native_path(shown)
    target = os.path.join(folder, posixpath.basename(name)) if os.path.isdir(folder) \
        else folder
    ftp = connection(rt, number, "FTPGet", False)
    try:
        DownloadBound(ftp, os.path.dirname(os.path.abspath(target)))
    except ValueError as exc:
        raise BuiltinFailure(f"FTPGet: {exc}.", value=False) from None
    part = f"{target}.wl-part-{secrets.token_hex(4)}"
    # The local side fails on its own, the connection kept: a folder that does not exist
    # gave the connection up, in words that named no file.
    try:
        with open(part, "xb") as out:
            is_folder = call(rt, number, "FTPGet", False,
                             lambda ftp: _file_or_folder(ftp, name, out))
        if not is_folder:
            os.replace(part, target)
    except OSError as exc:
        from wlinterp.mail.failures import system_words
        raise BuiltinFailure(f"FTPGet: the local file '{shown}' cannot be written "
                             f"({system_words(exc)}).", value=False) from None
    finally:
        if os.path.exists(part):
            os.remove(part)
    if is_folder:
        return _get_folder(rt, number, name, folder, shown)
    return True


def _fetch(ftp: ftplib.FTP, name: str, out: Any) -> None:
    """RETR `name` into `out`, within one download's bound (ftp_limits.py)."""
    bound = DownloadBound(ftp, os.path.dirname(os.path.abspath(getattr(out, "name", "."))))
    ftp.retrbinary(f"RETR {name}", lambda block: _keep(ftp, out, block, bound))


def _file_or_folder(ftp: ftplib.FTP, name: str, out: Any) -> bool:
    """Fetch the file `name` into `out` (False); True, nothing written, when the server
    refused it because it is a folder."""
    try:
        _fetch(ftp, name, out)
    except ftplib.error_perm:
        if out.tell() == 0 and _is_remote_dir(ftp, name):
            return True
        raise
    return False


def _get_folder(rt: Runtime, number: NumberArg, name: str, folder: str, shown: str) -> bool:
    """The server's folder `name` brought into the local folder `folder` (ftp_get_folder.py)."""
    if not os.path.isdir(folder):
        raise BuiltinFailure(f"FTPGet: '{name}' is a folder on the server: the destination "
                             f"'{shown}' must be a local folder that exists (a folder of the "
                             "same name is made in it).", value=False)
    from .ftp_get_folder import UnsafeName, get_folder
    try:
        return bool(call(rt, number, "FTPGet", False,
                         lambda ftp: get_folder(ftp, name, folder, _fetch)))
    except UnsafeName as exc:
        raise BuiltinFailure(f"FTPGet: {exc}.", value=False) from None
    except OSError as exc:
        from wlinterp.mail.failures import system_words
        raise BuiltinFailure(f"FTPGet: a file of the folder cannot be written in '{shown}' "
                             f"({system_words(exc)}).", value=False) from None


def _keep(ftp: ftplib.FTP, out: Any, block: bytes, bound: DownloadBound) -> None:
    """Write a block that came, within the download's bound (ftp_limits.py); its time is
    added to the operation's limit."""
    bound.take(len(block))
    out.write(block)
    limit = getattr(ftp, "deadline", None)
    if limit is not None:
        limit.extend(len(block))


@family.function("FTPCommand", "FTPCommande", can_fail=True)
def ftp_command(rt: Runtime, number: NumberArg, command: TextArg, response: OutArg = None,
                result: OutArg = None, mode: object = None, data: object = None
                ) -> tuple[bool, str, str]:
    """Send one command (?3040017): True when the server accepts it, its reply in the
    third parameter; a command that answers on a data connection (LIST, NLST, RETR...)
    gives what came on it in the fourth (`FTPCommand(n, "LIST", sReply, sList)`)."""
    text = text_arg(command, "FTPCommand")
    verb = text.split(" ", 1)[0].upper()

    def job(ftp: ftplib.FTP) -> tuple[bool, str, str]:
        if verb in ("LIST", "NLST", "MLSD", "RETR"):
            lines: list[str] = []
            reply = ftp.retrlines(text, lines.append)
            return True, reply, "\r\n".join(lines)
        reply = ftp.sendcmd(text)
        return True, reply, ""
    ftp = connection(rt, number, "FTPCommand", (False, "", ""))
    limit = Deadline(ftp)
    try:
        with limit:
            return job(ftp)
    except ftplib.Error as exc:  # a refusal: the reply still goes to the third parameter
        if limit.fired or isinstance(exc, ftplib.error_proto):
            raise failed("FTPCommand", exc, (False, "", ""), limit) from None
        raise BuiltinFailure(f"FTPCommand: the server refused '{verb}' ({exc}).",
                             value=(False, str(exc), "")) from None
    except (OSError, EOFError, ValueError) as exc:
        raise failed("FTPCommand", exc, (False, "", ""), limit) from None


@family.function("FTPMakeDir", "FTPRepCrée", can_fail=True)
def ftp_make_dir(rt: Runtime, number: NumberArg, folder: TextArg) -> bool:
    """Create the folder, and the ones above it that are missing (?3040001: "the
    directories are created recursively")."""
    path = text_arg(folder, "FTPMakeDir")

    def job(ftp: ftplib.FTP) -> bool:
        here = ftp.pwd()
        done = "/" if path.startswith("/") else ""
        for part in [p for p in path.split("/") if p]:
            done = posixpath.join(done, part) if done else part
            if not _is_remote_dir(ftp, done):
                ftp.mkd(done)
        ftp.cwd(here)
        return True
    return bool(call(rt, number, "FTPMakeDir", False, job))


@family.function("FTPCurrentDir", "FTPRepEnCours", can_fail=True)
def ftp_current_dir(rt: Runtime, number: NumberArg, folder: TextArg = None) -> object:
    """The server's current folder; with a folder, go there and give True (INFERRED,
    as fCurrentDir)."""
    if folder is None:
        return call(rt, number, "FTPCurrentDir", "", lambda ftp: ftp.pwd())
    path = text_arg(folder, "FTPCurrentDir")
    return call(rt, number, "FTPCurrentDir", False, lambda ftp: bool(ftp.cwd(path)))


@family.function("FTPDeleteDir", "FTPRepSupprime", can_fail=True)
def ftp_delete_dir(rt: Runtime, number: NumberArg, folder: TextArg) -> bool:
    """Remove an empty folder of the server (RMD)."""
    path = text_arg(folder, "FTPDeleteDir")
    return bool(call(rt, number, "FTPDeleteDir", False, lambda ftp: ftp.rmd(path) is not None))


@family.function("FTPDeleteFile", "FTPSupprimeFichier", can_fail=True)
def ftp_delete_file(rt: Runtime, number: NumberArg, file: TextArg) -> bool:
    """Delete a file of the server (DELE)."""
    path = text_arg(file, "FTPDeleteFile")
    return bool(call(rt, number, "FTPDeleteFile", False,
                      lambda ftp: ftp.delete(path) is not None))


@family.function("FTPRenameFile", "FTPRenommeFichier", can_fail=True)
def ftp_rename_file(rt: Runtime, number: NumberArg, old: TextArg, new: TextArg) -> bool:
    """Rename (or move) a file of the server (RNFR, RNTO)."""
    before, after = text_arg(old, "FTPRenameFile"), text_arg(new, "FTPRenameFile")
    return bool(call(rt, number, "FTPRenameFile", False,
                      lambda ftp: ftp.rename(before, after) is not None))
