"""The httpRequest and httpResponse values (stdlib/http_client.py declares them as types
and sends them): their properties by English or French name, and what a request holds
before the script sets anything (its user agent, its Timeout).
"""
from __future__ import annotations

import os

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.types import STRING
from wlinterp.syntax.names import fold

__all__ = ["DEFAULT_TIMEOUT_S", "HTTPProgressValue", "HTTPRequestValue", "HTTPResponseValue", "Members",
           "application_name"]

DEFAULT_TIMEOUT_S = 20.0


def _headers() -> WLAssoc:
    """An associative array of strings (a Header property) whose keys ignore case, as
    ccIgnoreCase gives: an HTTP field's name is case-insensitive (RFC 9110 5.1), so a
    server's `content-type` (every HTTP/2 server's spelling, many APIs') is read by
    `Header["Content-Type"]`, and a request's `Header["content-type"]` and
    `Header["Content-Type"]` are one field, not two sent. Decided, INFERRED
    (docs/builtins.md, httpResponse)."""
    return WLAssoc(STRING, opts="i")


class _Members:
    """Properties by folded English or French name (`ALIASES` maps the French ones)."""

    __slots__ = ("values",)
    ALIASES: dict[str, str] = {}
    READ_ONLY: frozenset[str] = frozenset()
    wl_type_name = ""

    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def _name(self, name: str) -> str:
        key = self.ALIASES.get(fold(name), fold(name))
        if key not in self.values:
            raise WLRuntimeError(f"{self.wl_type_name} has no property '{name}'.")
        return key

    def wl_get(self, name: str) -> object:
        return self.values[self._name(name)]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._name(name)
        if key in self.READ_ONLY:
            raise WLRuntimeError(f"The property '{name}' of {self.wl_type_name} is read-only.")
        if key == "header" and not isinstance(value, WLAssoc):
            raise WLRuntimeError("Header is set entry by entry: r.Header[\"Name\"] = value.")
        self.values[key] = value


Members = _Members
"""The base of a value whose properties have English and French names (OAuth's too)."""


class HTTPProgressValue(_Members):
    """An `httpProgress` / `httpProgression` variable (?1000021222), or a request's
    DownloadProgress or UploadProgress member (stdlib/http_progress.py calls it)."""

    __slots__ = ()
    wl_type_name = "httpProgress"
    DEFAULT_FREQUENCY = 1000
    ALIASES = {"frequence": "frequency", "jauge": "progressbar",
               "jaugeprogression": "progressbar"}

    def __init__(self, rt: object = None) -> None:
        super().__init__({"frequency": self.DEFAULT_FREQUENCY, "procedure": "",
                          "progressbar": ""})

    def copy(self) -> "HTTPProgressValue":
        other = HTTPProgressValue()
        other.values = dict(self.values)
        return other


class HTTPRequestValue(_Members):
    """An `httpRequest` / `httpRequête` variable."""

    __slots__ = ()
    wl_type_name = "httpRequest"
    wl_method_kind = "http"  # r.Send() / r.Envoie() is HTTPSend(r) (?1000021624)
    ALIASES = {"methode": "method", "contenu": "content", "entete": "header",
               "utilisateur": "user", "motdepasse": "password",
               "agentutilisateur": "useragent", "dureenonreponse": "timeout",
               "ignoreerreur": "ignoreerror",
               "progressiontelechargement": "downloadprogress",
               "progressionenvoi": "uploadprogress",
               "avancementtelechargement": "downloadprogress",
               "avancementenvoi": "uploadprogress",
               "certificatclient": "clientcertificate", "authentification": "authentication",
               "motdepassecertificatclient": "clientcertificatepassword",
               "certificatclientmotdepasse": "clientcertificatepassword"}
    PROGRESS = ("downloadprogress", "uploadprogress")

    def __init__(self, rt: object = None) -> None:
        """A new request; its UserAgent reads what is sent when none is set: the
        application's name (help page httpRequest, ?1000021158; "" without a run)."""
        agent = application_name(rt) if isinstance(rt, Runtime) else ""
        super().__init__({"url": "", "method": "", "content": "", "contenttype": "",
                          "header": _headers(), "timeout": DEFAULT_TIMEOUT_S * 1000,
                          "user": "", "password": "", "useragent": agent, "ignoreerror": 0,
                          "authtoken": "", "cookie": "", "version": 0, "destination": "",
                          "clientcertificate": "", "clientcertificatepassword": "",
                          "authentication": 1})  # (auBasic, stdlib/http_client.py)
        for key in self.PROGRESS:
            self.values[key] = HTTPProgressValue()

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        """A progress member takes an httpProgress (a copy of it), nothing else."""
        if self._name(name) in self.PROGRESS:
            if not isinstance(value, HTTPProgressValue):
                raise WLRuntimeError(f"{name} takes an httpProgress variable.")
            value = value.copy()
        super().wl_set(name, value, ctx)

    def copy(self) -> "HTTPRequestValue":
        other = HTTPRequestValue()
        other.values = {**self.values, "header": self.values["header"].copy()}  # type: ignore[attr-defined]
        for key in self.PROGRESS:
            other.values[key] = self.values[key].copy()  # type: ignore[attr-defined]
        return other


class HTTPResponseValue(_Members):
    """An `httpResponse` / `httpRéponse` variable (read-only once received)."""

    __slots__ = ("asked",)
    wl_type_name = "httpResponse"
    ALIASES = {"codeetat": "statuscode", "contenu": "content", "entete": "header",
               "entetebrut": "roughheader", "descriptioncodeetat": "descriptionstatuscode"}
    READ_ONLY = frozenset({"statuscode", "content", "contenttype", "roughheader",
                           "descriptionstatuscode"})

    def __init__(self, rt: object = None) -> None:
        super().__init__({"statuscode": 0, "content": "", "contenttype": "",
                          "header": _headers(), "roughheader": "",
                          "descriptionstatuscode": ""})
        self.asked: tuple[str, str, bytes | None] | None = None
        """The request this answer is to (URL, method, body), after the redirects
        followed: a Digest challenge covers it and its retry goes to it
        (stdlib/http_client.py); None before an answer."""

    def copy(self) -> "HTTPResponseValue":
        return self


def application_name(rt: Runtime) -> str:
    """The name an httpRequest sends as its user agent when it names none: "the
    application's name" (help page httpRequest, ?1000021158), for a script its file name
    without folder and extension; "wlinterp" for code without a file (`<stdin>`, `<repl>`:
    angle brackets are not allowed in a User-Agent product token)."""
    name = os.path.splitext(os.path.basename(rt.filename))[0]
    return "wlinterp" if not name or name.startswith("<") else name
