"""The e-mail objects scripts touch: the global `Email` structure and `Email` variables
(the session variables are in session_objects.py).

Kept free of smtplib/ssl imports so that merely loading the standard library (every run)
stays cheap; the network modules load on the first session start.

Member names arrive folded (lower case, no accents). English and French spellings map
to one field through `_ALIASES`; French names other than Expéditeur, Destinataire,
Sujet and AdresseExpéditeur are unverified (see docs/email.md).

Address and attachment arrays are `GrowingArray`s: `Email.Recipient[3] = "x"` works on a
fresh structure (WINDEV's structure has fixed-size arrays; growing on assignment keeps
that behaviour without showing hundreds of empty elements to `ArrayCount`).
"""
from __future__ import annotations

__all__ = ["GrowingArray", "EmailStructure", "EmailVariable", "email_structure", "member_of"]

from typing import TYPE_CHECKING, Any

from wlinterp.runtime import values as V
from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.types import STRING, WLArray

from .attachment import AttachedName, EmailAttachment, NoAttachment, attachment_bytes

if TYPE_CHECKING:
    from .message import OutgoingMail

MAX_ELEMENTS = 100_000
"""Largest index a growing array accepts (a typo like Recipient[1000000000] must not
allocate gigabytes)."""

_ALIASES = {
    "sender": "sender", "expediteur": "sender",
    "senderaddress": "senderaddress", "adresseexpediteur": "senderaddress",
    "replyto": "senderaddress",
    "recipient": "recipient", "destinataire": "recipient",
    "cc": "cc", "bcc": "bcc", "cci": "bcc",
    "attach": "attach", "attache": "attach",
    "nbrecipient": "nbrecipient", "nbdestinataire": "nbrecipient",
    "nbcc": "nbcc", "nbbcc": "nbbcc", "nbcci": "nbbcc",
    "nbattach": "nbattach", "nbattache": "nbattach",
    "subject": "subject", "sujet": "subject",
    "message": "message", "html": "html",
    "mailidentifier": "id", "identifiantmail": "id", "id": "id",
    "error": "error", "erreur": "error",
    "source": "source",
    "attachidentifier": "attachidentifier", "identifiantattache": "attachidentifier",
    "out": "out", "endehors": "out",
    "priority": "priority", "priorite": "priority",
    "dispositionnotification": "dispositionnotification",
    "accusereception": "receipt", "confirmation": "receipt",
    "certificate": "certificate", "certificat": "certificate",
    "confidentiality": "confidentiality", "confidentialite": "confidentiality",
    "sensitivity": "confidentiality", "sensibilite": "confidentiality",
    "receivedate": "receivedate", "datereception": "receivedate",
    "senddate": "senddate", "dateenvoi": "senddate",
}
_SHOWN = {"sender": "Sender", "expediteur": "Expéditeur", "senderaddress": "SenderAddress",
          "adresseexpediteur": "AdresseExpéditeur", "replyto": "ReplyTo",
          "recipient": "Recipient", "destinataire": "Destinataire", "bcc": "Bcc", "cci": "Cci",
          "attach": "Attach", "attache": "Attache", "subject": "Subject", "sujet": "Sujet",
          "attachidentifier": "AttachIdentifier", "identifiantattache": "IdentifiantAttache",
          "confidentiality": "Confidentiality", "confidentialite": "Confidentialité",
          "sensitivity": "Sensitivity", "sensibilite": "Sensibilité"}
"""How an error names a member: as the script last wrote it, in its language (a French
script's bad address was reported as "Email.Recipient[1]", a member it never named; a bad
`Email.ReplyTo` as "Email.SenderAddress"). Names arrive folded: the accents are put back."""
_FRENCH = {"sender": "Expéditeur", "senderaddress": "AdresseExpéditeur",
           "recipient": "Destinataire", "bcc": "Cci", "attach": "Attache", "subject": "Sujet",
           "attachidentifier": "IdentifiantAttache"}
"""The members a French script did not write, named in French in its errors (it was told
"has no recipient (Recipient, Cc and Bcc ...)" after writing Expéditeur and Sujet)."""
_ARRAYS = ("recipient", "cc", "bcc", "attach", "attachidentifier")
_COUNTS = {"nbrecipient": "recipient", "nbcc": "cc", "nbbcc": "bcc", "nbattach": "attach"}
_TEXTS = ("sender", "senderaddress", "subject", "message", "html", "id", "error", "source",
          "receivedate", "senddate")
"""ReceiveDate and SendDate are among them: a read fills them with DateTime digits
(received.py `_dates`); what a script writes there is kept as text and not sent."""


def member_of(prefix: str, name: str) -> str:
    """How an error names a member: `Email.Subject` for the structure, `the Email
    variable's Subject` for a variable (it read "the Email variable.Subject")."""
    return f"{prefix}.{name}" if prefix == "Email" else f"{prefix}'s {name}"


def _confidentiality(name: str, value: object, prefix: str) -> int:
    """Email.Confidentiality's value: 0 (none) to 3 (emailCompanyConfidential), the four
    sensitivities a Sensitivity header can carry (message.SENSITIVITY_HEADERS). Any other
    number is refused in words, never sent as a header no client reads."""
    number = V.to_int(value)
    if not 0 <= number <= 3:
        raise WLRuntimeError(f"{member_of(prefix, name)}: {V.to_str(value)} is no "
                             "confidentiality: give "
                             "0 (normal), 1 (personal), 2 (private) or 3 "
                             "(emailCompanyConfidential).")
    return number


class GrowingArray(WLArray):
    """A 1-based string array that grows when an index past its end is assigned and
    reads "" there (like a large fixed array that only shows its used part)."""

    __slots__ = ()

    def __init__(self, items: list[object] | None = None) -> None:
        super().__init__(STRING, items)

    def set(self, value: object, *idx: object) -> None:
        if len(idx) == 1:
            i = V.to_int(idx[0])
            if i > MAX_ELEMENTS:
                raise WLRuntimeError(f"Index {i} is too large for an e-mail array "
                                     f"(at most {MAX_ELEMENTS}).")
            if i > len(self.items):
                self.items.extend([""] * (i - len(self.items)))
            if isinstance(value, EmailAttachment):  # kept whole: its content is sent
                self.items[i - 1] = value.copy()
                return
        super().set(value, *idx)

    def append(self, value: object) -> int:
        if isinstance(value, EmailAttachment):  # `Add(msg.Attach, att)`: kept whole
            if len(self.items) >= MAX_ELEMENTS:
                raise WLRuntimeError(f"An e-mail array holds at most {MAX_ELEMENTS} "
                                     "elements.")
            self.items.append(value.copy())
            return len(self.items)
        return super().append(value)

    def get(self, *idx: object) -> object:
        if len(idx) == 1 and V.to_int(idx[0]) > len(self.items):
            return ""
        return super().get(*idx)

    def copy(self) -> "GrowingArray":
        return GrowingArray(list(self.items))

    def used(self, limit: int = 0) -> list[tuple[int, str]]:
        """(1-based index, text) of non-empty elements, within the first `limit` if > 0."""
        items = self.items[:limit] if limit > 0 else self.items
        return [(i, V.to_str(v)) for i, v in enumerate(items, 1) if V.to_str(v).strip()]


class AttachArray(GrowingArray):
    """A message's Attach array: an element that is a name reads as an AttachedName
    (its content and Content-ID from the message: attachment.py)."""

    __slots__ = ("mail",)

    def __init__(self, mail: "_EmailBase", items: list[object] | None = None) -> None:
        super().__init__(items)
        self.mail = mail

    def get(self, *idx: object) -> object:
        value = super().get(*idx)
        if len(idx) != 1 or type(value) is not str:
            return value
        if not value:  # no attachment there: its members stop in words
            return NoAttachment(V.to_int(idx[0]), len(self.items))
        cid = self.mail.arrays["attachidentifier"].get(idx[0])
        return AttachedName(value, self.mail.contents.get(value), V.to_str(cid))

    def wl_read_items(self) -> list[object]:
        """What FOR EACH goes through: each element as `get` reads it."""
        return [self.get(i) for i in range(1, len(self.items) + 1)]

    def copy(self) -> "AttachArray":
        return AttachArray(self.mail, list(self.items))


class _EmailBase:
    """Fields shared by the `Email` structure and `Email` variables."""

    wl_type_name = "Email"
    _prefix = "Email"

    def __init__(self) -> None:
        self.texts: dict[str, str] = {name: "" for name in _TEXTS}
        self.arrays: dict[str, GrowingArray] = {name: GrowingArray() for name in _ARRAYS}
        self.arrays["attach"] = AttachArray(self)
        self.counts: dict[str, int] = {name: 0 for name in _COUNTS}
        self.out = False
        self.shown: dict[str, str] = {}
        """Field -> the member's name as the script writes it (_SHOWN), for errors."""
        self.settings: dict[str, int | bool] = {"priority": 0,
                                                "dispositionnotification": False,
                                                "receipt": False,
                                                "confidentiality": 0}
        """Priority (emailHighPriority...), DispositionNotification (a read receipt
        asked for, ?3032029), Confirmation / AccuséRéception (a delivery receipt asked
        for, ?3032029's French page) and Confidentiality (emailCompanyConfidential, ?3032138):
        headers when sending, read back when receiving."""
        self.certificate: object = ""
        """Certificate (?3032029: the certificate that signs the message before it is
        sent), kept as the script gave it: wlinterp does not sign, so a message with
        one is refused rather than sent unsigned (message.py `refuse_signing`)."""
        self.contents: dict[str, bytes] = {}
        """Attachment name -> content, for attachments read from a message
        (EmailImportSource, a POP3 read) or loaded by EmailLoadAttachment: sending uses
        this content instead of reading a file of that name."""

    def _field(self, name: str) -> str:
        try:
            key = _ALIASES[name]
        except KeyError:
            raise WLRuntimeError(f"'{name}' is not a member of {self._prefix}.") from None
        if name in _SHOWN:
            self.shown[key] = _SHOWN[name]
        return key

    def wl_get(self, name: str) -> object:
        key = self._field(name)
        if key in self.texts:
            return self.texts[key]
        if key == "out":
            return self.out
        if key == "certificate":
            return self.certificate
        if key in self.settings:
            return self.settings[key]
        if key in self.arrays:
            return self.arrays[key]
        explicit = self.counts[key]
        return explicit if explicit else len(self.arrays[_COUNTS[key]].used())

    def wl_set(self, name: str, value: object, ctx: Any = None) -> None:
        key = self._field(name)
        if key in self.texts:
            self.texts[key] = V.to_str(value)
        elif key == "out":
            self.out = V.to_bool(value)
        elif key == "certificate":
            self.certificate = "" if value is None else value
        elif key == "priority":
            self.settings[key] = V.to_int(value)
        elif key == "confidentiality":
            self.settings[key] = _confidentiality(self.shown[key], value, self._prefix)
        elif key in self.settings:
            self.settings[key] = V.to_bool(value)
        elif key in self.arrays:
            self._assign_array(key, value)
        else:
            self.counts[key] = max(0, V.to_int(value))

    def _assign_array(self, key: str, value: object) -> None:
        """`Email.Recipient = "a@b"` sets element 1 (help examples); an array replaces."""
        if isinstance(value, WLArray):
            items: list[object] = [V.to_str(v) for v in value.items]
            self.arrays[key] = (AttachArray(self, items) if key == "attach"
                                else GrowingArray(items))
        else:
            self.arrays[key].set(value, 1)

    def reset(self) -> None:
        """EmailReset: every member back to empty."""
        self.__init__()  # type: ignore[misc]

    def copy(self) -> "_EmailBase":
        new = type(self)()
        new.texts = dict(self.texts)
        new.arrays = {k: a.copy() for k, a in self.arrays.items()}
        new.arrays["attach"] = AttachArray(new, list(self.arrays["attach"].items))
        new.counts = dict(self.counts)
        new.out = self.out
        new.shown = dict(self.shown)
        new.settings = dict(self.settings)
        new.certificate = self.certificate
        new.contents = dict(self.contents)
        return new

    def _names(self) -> dict[str, str]:
        """Each member as errors name it: as the script wrote it, else in the language
        of the members it wrote (French when one of them is French)."""
        french = any(name in _FRENCH.values() for name in self.shown.values())
        return {**(_FRENCH if french else {}), **self.shown}

    def set_identifier(self, msg_id: str) -> None:
        self.texts["id"] = msg_id

    def outgoing(self) -> "OutgoingMail":
        """The sendable fields; NbRecipient & co. limit their arrays when set (> 0)."""
        from .message import OutgoingMail  # lazy: keeps stdlib loading cheap

        def used(key: str) -> list[tuple[int, str]]:
            limit = next((self.counts[c] for c, a in _COUNTS.items() if a == key), 0)
            return self.arrays[key].used(limit)

        t = self.texts
        contents, cids = dict(self.contents), dict(self.arrays["attachidentifier"].used())
        ctypes: dict[int, str] = {}
        for i, item in enumerate(self.arrays["attach"].items, 1):
            if isinstance(item, EmailAttachment):  # an emailAttach: its name and content
                contents[item.name] = attachment_bytes(item)
                if item.identifier:
                    cids[i] = item.identifier
                if item.content_type:
                    ctypes[i] = item.content_type
        return OutgoingMail(self._prefix, t["sender"], t["senderaddress"], used("recipient"),
                            used("cc"), used("bcc"), t["subject"], t["message"], t["html"],
                            used("attach"), contents, cids,
                            int(self.settings["priority"]),
                            bool(self.settings["dispositionnotification"]), self._names(),
                            ctypes, V.to_str(self.certificate) != "",
                            int(self.settings["confidentiality"]),
                            bool(self.settings["receipt"]))

    def __repr__(self) -> str:
        return f"<{self._prefix} subject={self.texts['subject']!r}>"


class EmailStructure(_EmailBase):
    """The predefined global `Email` structure (one per run)."""

    _prefix = "Email"


def email_structure(rt: Any = None) -> EmailStructure:
    """The factory of the built-in variable `Email` (one per run): stdlib/email.py declares
    the variable with it, and the other e-mail families reach the run's structure with
    `rt.variable("Email", email_structure)`."""
    return EmailStructure()


class EmailVariable(_EmailBase):
    """A variable declared `x is Email`."""

    wl_method_kind = "email"  # m.BuildSource() is EmailBuildSource(m) (value_methods.py)

    _prefix = "the Email variable"
