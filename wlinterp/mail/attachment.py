"""`emailAttach` / `emailAttache` variables: an attachment built in memory, added to a
message's Attach array (`Add(msg.Attach, att)`, `ArrayAdd`, `msg.Attach[n] = att`).

Real code writes it so (`pj is emailAttache`, `pj..Nom = ...`, `pj..Contenu =
fChargeTexte(...)`, `Ajoute(MonMessage.Attache, pj)`); it was an unknown type (a
variant) and the message went without the attachment. UNVERIFIED: no stored help page
describes the type; its members here are Name/Nom, Content/Contenu (the bytes: a Buffer,
or a text: characters up to U+00FF as one byte each, as a Buffer holds them, else
UTF-8; a UNICODE string's UTF-16 bytes, as for every built-in that reads bytes),
ContentType/TypeContenu (the MIME type sent when given, else the one the name's
extension tells, as for a file: docs/email.md) and Identifier/Identifiant (the Content-ID an
HTML body shows it by, as AttachIdentifier). In the Attach array the element reads as
the attachment (`msg.Attach[1]..Name`); sending uses its name and content
(objects.py `outgoing`).
"""
from __future__ import annotations

__all__ = ["AttachedName", "EmailAttachment", "attachment_bytes"]

import mimetypes

from wlinterp.errors import WLRuntimeError
from wlinterp.native_paths import native_path
from wlinterp.runtime import values as V
from wlinterp.runtime.value_bytes import to_bytes

_ALIASES = {"name": "name", "nom": "name", "content": "content", "contenu": "content",
            "contenttype": "contenttype", "typecontenu": "contenttype",
            "identifier": "identifier", "identifiant": "identifier",
            "contentid": "identifier", "identifiantcontenu": "identifier"}


# the members' usual spellings, for a message given a folded name
_SPELLINGS = {"name": "Name", "nom": "Nom", "content": "Content", "contenu": "Contenu",
              "contenttype": "ContentType", "typecontenu": "TypeContenu",
              "identifier": "Identifier", "identifiant": "Identifiant",
              "contentid": "ContentID", "identifiantcontenu": "IdentifiantContenu"}


class EmailAttachment:
    """One attachment held in memory (module docstring)."""

    wl_type_name = "emailAttach"

    def __init__(self) -> None:
        self.values: dict[str, object] = {"name": "", "content": "", "contenttype": "",
                                          "identifier": ""}

    def _key(self, name: str) -> str:
        try:
            return _ALIASES[name]
        except KeyError:
            raise WLRuntimeError(f"'{name}' is not a member of emailAttach (Name, Content, "
                                 "ContentType, Identifier).") from None

    def wl_get(self, name: str) -> object:
        return self.values[self._key(name)]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        key = self._key(name)
        keep = key == "content" and (isinstance(value, bytes) or type(value) is V.UnicodeText)
        self.values[key] = value if keep else V.to_str(value)

    def wl_text(self) -> str:
        """Its name (the text an element of Attach shows)."""
        return V.to_str(self.values["name"])

    def copy(self) -> "EmailAttachment":
        new = EmailAttachment()
        new.values = dict(self.values)
        return new

    @property
    def name(self) -> str:
        return self.wl_text()

    @property
    def identifier(self) -> str:
        return V.to_str(self.values["identifier"])

    @property
    def content_type(self) -> str:
        return V.to_str(self.values["contenttype"])


def attachment_bytes(att: EmailAttachment) -> bytes:
    """The content to send: bytes as given, else the value's bytes as every built-in
    reads them (runtime/value_bytes.py `to_bytes`: a UNICODE string's are UTF-16)."""
    content = att.values["content"]
    return content if isinstance(content, bytes) else to_bytes(content)


class AttachedName(str):
    """An element of a message's Attach array read back (`m.Attach[1]`): the attachment's
    name, as a string, that also answers the members of an emailAttach
    (`m.Attach[1].Name`, `..Content`, `..ContentType`, `..ContentID`; Nom, Contenu,
    TypeContenu, IdentifiantContenu) where it said "A string has no member". Read only:
    the message keeps the name (docs/email.md "Attachments", decided)."""

    __slots__ = ("content", "identifier")
    content: bytes | None
    identifier: str

    def __new__(cls, name: str, content: bytes | None, identifier: str) -> "AttachedName":
        made = super().__new__(cls, name)
        made.content = content
        made.identifier = identifier
        return made

    def wl_text(self) -> str:
        """The name (built-ins that take a string read it so)."""
        return str(self)

    def _content(self) -> bytes:
        """Held content (read from a message, loaded), else the named file's bytes as
        sending would read them, else nothing (no such file yet)."""
        if self.content is not None:
            return self.content
        try:
            with open(native_path(str(self)), "rb") as fh:
                return fh.read()
        except OSError:
            return b""

    def wl_get(self, name: str) -> object:
        key = EmailAttachment()._key(name)
        if key == "name":
            return str(self)
        if key == "content":  # a Buffer, as a Buffer variable holds it
            return V.BufferText(self._content().decode("latin-1"))
        if key == "contenttype":
            return mimetypes.guess_type(str(self))[0] or "application/octet-stream"
        return self.identifier

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        """Refused: the message keeps the name. `name` folded (`m.Attach[1]..TypeContenu
        = x`) is shown in its usual spelling."""
        shown = _SPELLINGS.get(name, name)
        raise WLRuntimeError(f"'{shown}' of an element of Attach is read only: assign the "
                             "element (m.Attach[n] = name or emailAttach).")

    def wl_set_named(self, shown: str, value: object) -> None:
        """`m.Attach[1].ContentType = ...`: refused, naming the member as written (the
        runtime gives `wl_set` its folded name)."""
        self.wl_set(shown, value)


class NoAttachment(str):
    """An element of Attach that holds no attachment (past the last one, or emptied):
    the empty string, as the message's other arrays read there, whose emailAttach
    members stop in words; `m.Attach[3].Name` said "A string has no property 'Name'"."""

    __slots__ = ("position", "elements")  # (not index/count: str's own methods)
    position: int
    elements: int

    def __new__(cls, position: int, elements: int) -> "NoAttachment":
        made = super().__new__(cls, "")
        made.position = position
        made.elements = elements
        return made

    def wl_text(self) -> str:
        return ""

    def wl_get(self, name: str) -> object:
        shown = _SPELLINGS.get(name, name)
        raise WLRuntimeError(f"Attach[{self.position}] holds no attachment (the message has "
                             f"{self.elements} element(s) in Attach): it has no '{shown}'.")

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        self.wl_get(name)

    def wl_set_named(self, shown: str, value: object) -> None:
        self.wl_get(shown)
