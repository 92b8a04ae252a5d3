"""The ftpConnection / ftpConnexion type (PC SOFT's help ?1410090869): the description
of an FTP connection, given to FTPConnect instead of its parameters
(`FTPConnect(MyFTPConnection)`, the page's and FTPConnect's ?3040016 example).

Its properties are FTPConnect's parameters: Server, User, Password, PortNumber,
ConnectionType (ftpModePassive / ftpModeActive), Timeout, PrivateKey,
PrivateKeyPassword, and FTPESMode (TLS asked before the login, as `ftpes://`). Which
names are VERIFIED and which INFERRED: docs/builtins.md "The ftpConnection type".
After FTPConnect, the variable stands for its connection where the FTP functions take
a connection number (`FTPSend(MyFTPConnection, ...)`), as the number does (decided).
"""
from __future__ import annotations

from typing import Any

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.durations import WLDuration
from wlinterp.syntax.names import fold

family = Family("FTP connection type")

MODE_ACTIVE = family.constant("ftpModeActive", "ftpModeActif", 0)
MODE_PASSIVE = family.constant("ftpModePassive", "ftpModePassif", 1)

# property names (English, French; any case, accents or not) -> attribute
_PROPS = {fold(name): attr for attr, names in {
    "server": ("Server", "Serveur"),
    "user": ("User", "Utilisateur"),
    "password": ("Password", "MotDePasse"),
    "port": ("PortNumber", "NuméroPort", "Port"),
    "connection_type": ("ConnectionType", "TypeConnexion"),
    "timeout": ("Timeout", "DélaiConnexion"),
    "private_key": ("PrivateKey", "CléPrivée"),
    "key_password": ("PrivateKeyPassword", "MotDePasseCléPrivée"),
    "ftpes": ("FTPESMode", "ModeFTPES"),
}.items() for name in names}
_SHOWN = ("Server, User, Password, PortNumber, ConnectionType, Timeout, PrivateKey, "
          "PrivateKeyPassword, FTPESMode")


class FTPConnectionValue:
    """An ftpConnection variable: what FTPConnect needs, and once connected the number
    of its connection (`number`, -1 before)."""

    __slots__ = ("server", "user", "password", "port", "connection_type", "timeout",
                 "private_key", "key_password", "ftpes", "number")
    wl_type_name = "ftpConnection"

    def __init__(self) -> None:
        self.server = self.user = self.password = self.private_key = self.key_password = ""
        self.port: int = 21
        self.connection_type: int = MODE_PASSIVE
        self.timeout: object = 20
        self.ftpes = False
        self.number = -1

    def wl_get(self, name: str) -> object:
        return getattr(self, _attr(name))

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        attr = _attr(name)
        if attr in ("port", "connection_type"):
            stored: object = int(V.to_num(value))
        elif attr == "ftpes":
            stored = V.to_bool(value)
        elif attr == "timeout":
            stored = value if isinstance(value, WLDuration) else V.to_num(value)
        else:
            stored = V.to_str(value)
        setattr(self, attr, stored)

    def copy(self) -> "FTPConnectionValue":
        twin = FTPConnectionValue()
        for attr in self.__slots__:
            setattr(twin, attr, getattr(self, attr))
        return twin

    def connect_arguments(self) -> tuple[str, str, str, int, bool, object, str, str]:
        """FTPConnect's parameters: FTPESMode asks TLS as `ftpes://` does."""
        server = self.server
        if self.ftpes and "://" not in server:
            server = "ftpes://" + server
        elif self.ftpes and not server.lower().startswith("ftpes://"):
            raise BuiltinFailure(f"FTPConnect: FTPESMode asks for FTP with TLS, and the "
                                 f"server '{server}' names another protocol.", value=-1)
        return (server, self.user, self.password, self.port,
                self.connection_type != MODE_ACTIVE, self.timeout, self.private_key,
                self.key_password)


def _attr(name: str) -> str:
    attr = _PROPS.get(fold(name))
    if attr is None:
        raise WLRuntimeError(f"An ftpConnection variable has no property '{name}' (wlinterp "
                             f"has {_SHOWN}).")
    return attr


def connection_number(value: object) -> int:
    """The connection number a FTP function was given: a number, or an ftpConnection
    variable FTPConnect connected (one it did not: -1, no connection)."""
    if isinstance(value, FTPConnectionValue):
        return value.number
    return int(V.to_num(value))


def _new(rt: Any) -> FTPConnectionValue:
    return FTPConnectionValue()


family.type("ftpConnection", "ftpConnexion", _new)
