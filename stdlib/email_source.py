"""Email family, message sources and attachments: EmailBuildSource (?1000017225, and the
<Email>.BuildSource method ?1000022278), EmailImportSource, EmailImportHTML,
EmailLoadAttachment, EmailSaveAttachment (INFERRED forms: no stored page; docs/builtins.md
"Email: sources and reading").

Every function works on the global Email structure, or on the Email variable given first
(`MyMessage.BuildSource()` is EmailBuildSource(MyMessage): runtime/value_methods.py).
They return True, or False with ErrorInfo (a value that cannot be written into a message,
a file that cannot be read or written): the non-fatal convention of the family.
"""
from __future__ import annotations

import os
import re

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.mail.objects import _EmailBase, email_structure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .paths import native_path

family = Family("Email (sources)")

EMAIL_OPTION_HEADER_BCC = family.constant("emailOptionHeaderBcc", "emailOptionEntêteCci", 2)
"""?1000017225: "adds the non-official recipients into the source's header"; the value
is ours (emailOptionEncodeHeader is 1: a combination needs distinct bits)."""


def _split(rt: Runtime, args: tuple[object, ...]) -> tuple[_EmailBase, tuple[object, ...]]:
    """(the Email variable given first, else the Email structure; the other arguments)."""
    if args and isinstance(args[0], _EmailBase):
        return args[0], args[1:]
    return rt.variable("Email", email_structure), args


def _expect(fname: str, rest: tuple[object, ...], least: int, most: int, form: str) -> None:
    if not least <= len(rest) <= most:
        raise WLRuntimeError(f"{fname} expects {form}; got {len(rest)} parameter(s) after "
                             "the Email variable.")


@family.function("EmailBuildSource", "EmailConstruitSource", can_fail=True)
def email_build_source(rt: Runtime, *args: object) -> bool:
    """EmailBuildSource([Email variable [, options]]): write the message's source (the text
    of a .eml file) into Source; emailOptionHeaderBcc adds a Bcc header."""
    fname = "EmailBuildSource"
    email, rest = _split(rt, args)
    _expect(fname, rest, 0, 1, "[Email variable [, options]]")
    options = V.to_int(rest[0]) if rest else 0
    from wlinterp.mail.message import build_source
    from wlinterp.mail.security import MessageError
    try:
        source, _ = build_source(email.outgoing(), bool(options & EMAIL_OPTION_HEADER_BCC))
    except MessageError as err:
        raise BuiltinFailure(f"{fname}: {err}") from None
    email.texts["source"] = source
    return True


@family.function("EmailImportSource", "EmailImporteSource", can_fail=True)
def email_import_source(rt: Runtime, email: object = None) -> bool:
    """EmailImportSource([Email variable]): fill every member from Source (the text of a
    message, such as a .eml file's): sender, recipients, subject, bodies, attachments."""
    target, _ = _split(rt, () if email is None else (email,))
    source = target.texts["source"]
    if not source.strip():
        raise BuiltinFailure("EmailImportSource: Source is empty: there is no message to "
                             "read.")
    from wlinterp.mail.received import fill_email
    fill_email(target, source.encode("utf-8", "surrogateescape"), note=rt.write_err)
    return True


@family.function("EmailLoadAttachment", "EmailChargeFichierAttaché", can_fail=True)
def email_load_attachment(rt: Runtime, *args: object) -> bool:
    """EmailLoadAttachment([Email variable,] file [, name]): attach the file's content as
    it is now, under `name` (default: the file's name) in Attach."""
    fname = "EmailLoadAttachment"
    email, rest = _split(rt, args)
    _expect(fname, rest, 1, 2, "[Email variable,] file [, name]")
    path = native_path(rest[0])
    data = _read(path, f"cannot read '{V.to_str(rest[0])}'", fname)
    name = V.to_str(rest[1]).strip() if len(rest) > 1 else os.path.basename(path)
    _add_attachment(email, name, data, "", fname)
    return True


def _add_attachment(email: _EmailBase, name: str, data: bytes, cid: str, fname: str) -> None:
    """Append one attachment held in memory (replacing one of the same name)."""
    _check_name(name, fname)
    attach = email.arrays["attach"]
    names = [V.to_str(v) for v in attach.items]
    index = names.index(name) + 1 if name in names else len(names) + 1
    attach.set(name, index)
    if cid:
        email.arrays["attachidentifier"].set(cid, index)
    email.contents[name] = data


def _check_name(name: str, fname: str) -> None:
    """An attachment's name must be writable in a header (no line break, no control)."""
    from wlinterp.mail.security import MessageError, check_text
    try:
        check_text(name, f"{fname}: the attachment's name", allow_tab=False)
    except MessageError as err:
        raise BuiltinFailure(str(err)) from None


@family.function("EmailSaveAttachment", "EmailSauveFichierAttaché", can_fail=True)
def email_save_attachment(rt: Runtime, *args: object) -> bool:
    """EmailSaveAttachment([Email variable,] attachment name, file): write the content of
    an attachment of a message read (or loaded) into `file`."""
    fname = "EmailSaveAttachment"
    email, rest = _split(rt, args)
    _expect(fname, rest, 2, 2, "[Email variable,] attachment name, file")
    name, path = V.to_str(rest[0]), native_path(rest[1])
    data = email.contents.get(name)
    if data is None:
        raise BuiltinFailure(f"{fname}: the message has no attachment named '{name}' "
                             "read or loaded (Attach lists them).")
    try:
        with open(path, "xb") as fh:  # (x: never over a file already there)
            fh.write(data)
    except FileExistsError:
        _same_or_refused(path, data, V.to_str(rest[1]), fname)
    except (OSError, ValueError) as exc:
        raise BuiltinFailure(f"{fname}: cannot write '{V.to_str(rest[1])}' "
                             f"({getattr(exc, 'strerror', None) or exc}).") from None
    return True


def _same_or_refused(path: str, data: bytes, shown: str, fname: str) -> None:
    """A file is already where the attachment goes: nothing to do when it holds the same
    bytes (the script run again); else refused, so that two messages' attachments of one
    name ("Order 12.pdf") never end as one file (docs/email.md "Saving attachments")."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(data) + 1) == data:
                return
    except OSError:
        pass
    raise BuiltinFailure(f"{fname}: '{shown}' already exists and holds another file: it is "
                         "not overwritten (delete it with fDelete first, or save the "
                         "attachment under another name).")


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)


def _unique_name(name: str, taken: set[str]) -> str:
    """`name`, or `stem_2.ext`, `stem_3.ext`... when an attachment already has it."""
    stem, ext = os.path.splitext(name)
    k, unique = 1, name
    while unique in taken:
        k += 1
        unique = f"{stem}_{k}{ext}"
    taken.add(unique)
    return unique


@family.function("EmailImportHTML", "EmailImporteHTML", can_fail=True)
def email_import_html(rt: Runtime, *args: object) -> bool:
    """EmailImportHTML([Email variable,] HTML [, image folder]): the HTML becomes the
    message's HTML body and its text the Message; every image the HTML shows from a local
    file (found in `image folder`, or the current folder, when its path is relative) is
    attached with a Content-ID, and the HTML points to it with `cid:`. `HTML` is the text
    of the page, or the path of an .htm/.html file. All or nothing: when one image cannot
    be read, the message is left as it was (no attachment added, HTML unchanged)."""
    fname = "EmailImportHTML"
    email, rest = _split(rt, args)
    _expect(fname, rest, 1, 2, "[Email variable,] HTML [, image folder]")
    html = _html_text(V.to_str(rest[0]), fname)
    folder = native_path(rest[1]) if len(rest) > 1 and V.to_str(rest[1]).strip() else "."
    images = _Images(folder, fname, _attached(email))
    body = _IMG_SRC.sub(images.embed, html)
    for name, _, _ in images.found:
        _check_name(name, fname)
    for name, data, cid in images.found:
        _add_attachment(email, name, data, cid, fname)
    email.texts["html"] = body
    from .html_text import html_to_text
    email.texts["message"] = html_to_text(rt, body)
    return True


def _attached(email: _EmailBase) -> dict[str, tuple[bytes | None, str]]:
    """The names the message's attachments already go by (an element of Attach and, for
    a file's path, the file's name) -> (the content held in memory, or None for a file
    read when sending; its Content-ID, "" when it is not shown by the HTML)."""
    cids = email.arrays["attachidentifier"]
    taken: dict[str, tuple[bytes | None, str]] = {}
    for i, item in enumerate(email.arrays["attach"].items, 1):
        name = V.to_str(item)
        if name:
            entry = (email.contents.get(name), V.to_str(cids.get(i)))
            taken.setdefault(os.path.basename(name.replace("\\", "/")), entry)
            taken[name] = entry
    return taken


class _Images:
    """The local images an HTML shows, read (not yet attached) as its `<img src>` are
    rewritten to `cid:`: each file once however often it is shown, and two files of one
    name kept apart (logo.png, logo_2.png). An attachment the message already has is
    never replaced: an image of its name gets a name of its own; an image whose bytes the
    message already shows (an earlier EmailImportHTML) is used again, not attached twice."""

    def __init__(self, folder: str, fname: str,
                 attached: dict[str, tuple[bytes | None, str]]) -> None:
        self.folder, self.fname = folder, fname
        self.shown = {data: cid for data, cid in attached.values() if data is not None and cid}
        """The images the message already shows: content -> Content-ID."""
        self.cids: dict[str, str] = {}  # an image file's real path -> its Content-ID
        self.names: set[str] = set(attached)
        self.found: list[tuple[str, bytes, str]] = []  # (name, content, Content-ID)

    def embed(self, m: re.Match[str]) -> str:
        src = m.group(3).strip()
        if not src or _SCHEME.match(src) or src.startswith("//"):
            return m.group(0)  # http:, https:, cid:, data:... stay as written
        path = os.path.join(self.folder, native_path(src))
        real = os.path.realpath(path)
        cid = self.cids.get(real)
        if cid is None:
            data = _read(path, f"the image '{src}' cannot be read", self.fname)
            if data in self.shown:  # this very image, already shown by the message
                cid = self.cids[real] = self.shown[data]
            else:
                name = _unique_name(os.path.basename(path), self.names)
                cid = self.cids[real] = f"image{len(self.cids) + 1}.{name}@wlinterp"
                self.found.append((name, data, cid))
        return f"{m.group(1)}{m.group(2)}cid:{cid}{m.group(2)}"


def _html_text(value: str, fname: str) -> str:
    """The HTML given, or the content of the .htm/.html file it names."""
    if "<" in value or not value.strip().lower().endswith((".htm", ".html")):
        return value
    data = _read(native_path(value.strip()), f"cannot read '{value}'", fname)
    return data.decode("utf-8", "replace")


def _read(path: str, what: str, fname: str) -> bytes:
    """A file's bytes, or the non-fatal failure `fname: what (reason).`."""
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except (OSError, ValueError) as exc:
        raise BuiltinFailure(f"{fname}: {what} "
                             f"({getattr(exc, 'strerror', None) or exc}).") from None

