"""`emailAttach` / `emailAttache` variables: an attachment built in memory, added to a
message's Attach array (`Add(msg.Attach, att)`, `ArrayAdd`, `msg.Attach[n] = att`).

Real code writes it so (`pj is emailAttache`, `pj..Nom = ...`, `pj..Contenu =
fChargeTexte(...)`, `Ajoute(MonMessage.Attache, pj)`); it was an unknown type (a
variant) and the message went without the attachment. UNVERIFIED: no stored help page
describes the type; its members here are Name/Nom, Content/Contenu (the bytes: a Buffer,
or a text: characters up to U+00FF as one byte each, as a Buffer holds them, else
UTF-8), ContentType/TypeContenu (kept; the MIME type sent comes from the name's
extension, as for a file: docs/email.md) and Identifier/Identifiant (the Content-ID an
HTML body shows it by, as AttachIdentifier). In the Attach array the element reads as
the attachment (`msg.Attach[1]..Name`); sending uses its name and content
(objects.py `outgoing`).
"""
from __future__ import annotations

__all__ = ["EmailAttachment", "attachment_bytes"]

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V

_ALIASES = {"name": "name", "nom": "name", "content": "content", "contenu": "content",
            "contenttype": "contenttype", "typecontenu": "contenttype",
            "identifier": "identifier", "identifiant": "identifier"}


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
        self.values[key] = value if key == "content" and isinstance(value, bytes) \
            else V.to_str(value)

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


def attachment_bytes(att: EmailAttachment) -> bytes:
    """The content to send: bytes as given; a text one byte per character when it fits
    (a Buffer is held so), else UTF-8."""
    content = att.values["content"]
    if isinstance(content, bytes):
        return content
    text = V.to_str(content)
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("utf-8")
