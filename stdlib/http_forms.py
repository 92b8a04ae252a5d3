"""HTTP forms: HTTPCreateForm, HTTPAddParameter, HTTPAddFile, HTTPSendForm,
HTTPCancelForm (PC SOFT's help 1000017190), on the HTTP client of http_client.py.

A form is named by the script and holds its parameters and files in the order added.
HTTPSendForm sends it (POST by default) URL-encoded, or as multipart/form-data when it
holds a file or that type is asked for; the answer is then read with HTTPGetResult, as
after HTTPRequest. Failures (unknown form, unreadable file, refused connection, a CR/LF
in a header) are non-fatal: False and ErrorOccurred. The form stays defined after it is
sent (send it again, or HTTPCancelForm it).
"""
from __future__ import annotations

import mimetypes
import os
import urllib.parse
import uuid

from wlinterp.errors import BuiltinFailure, shown_words
from wlinterp.mime_types import MIME_TYPE_EXAMPLE, is_mime_type, normalised
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .http_client import HTTP_VERBS, default_timeout, header_lines, http_verb
from .http_cookies import managed_jar
from .http_exchange import send
from .http_values import HTTPResponseValue
from .http_urls import with_scheme
from .http_digest import sent_with_password
from .paths import native_path

family = Family("HTTP forms")

family.constant("httpCopy", "httpCopy", next(k for k, v in HTTP_VERBS.items() if v == "COPY"))
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


class Form:
    """A form's fields: (name, value) and (name, file name, bytes, content type)."""

    def __init__(self) -> None:
        self.fields: list[tuple[str, str]] = []
        self.files: list[tuple[str, str, bytes, str]] = []


def _forms(rt: Runtime) -> dict[str, Form]:
    return rt.table("http:forms")


def _form(rt: Runtime, name: object, fname: str) -> Form:
    form = _forms(rt).get(fold(V.to_str(name)))
    if form is None:
        raise BuiltinFailure(f"{fname}: there is no HTTP form '{V.to_str(name)}' "
                             f"(HTTPCreateForm creates it).", value=False)
    return form


@family.function("HTTPCreateForm", "HTTPCréeFormulaire", can_fail=True)
def http_create_form(rt: Runtime, name: object) -> bool:
    """A new, empty form (an existing one of that name is emptied)."""
    if not V.to_str(name):
        raise BuiltinFailure("HTTPCreateForm: a form needs a name.", value=False)
    _forms(rt)[fold(V.to_str(name))] = Form()
    return True


@family.function("HTTPAddParameter", "HTTPAjouteParamètre", can_fail=True)
def http_add_parameter(rt: Runtime, form: object, name: object, value: object) -> bool:
    """Add a field (a name given twice is sent twice, as browsers do)."""
    _form(rt, form, "HTTPAddParameter").fields.append((V.to_str(name), V.to_str(value)))
    return True


@family.function("HTTPAddFile", "HTTPAjouteFichier", can_fail=True)
def http_add_file(rt: Runtime, form: object, name: object, path: TextArg,
                  content_type: object = "") -> bool:
    """Add a file field: the file is read now; its type is guessed from its extension
    when not given (application/octet-stream when unknown)."""
    where = native_path(text_arg(path, "HTTPAddFile"))
    target = _form(rt, form, "HTTPAddFile")
    try:
        with open(where, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise BuiltinFailure(f"HTTPAddFile: cannot read '{where}' ({exc.strerror}).",
                             value=False) from None
    given = V.to_str(content_type)
    if given and not is_mime_type(given):  # (a line break made a part header of it)
        raise BuiltinFailure(f"HTTPAddFile: the type {shown_words(given)!r} is no MIME type "
                             f"({MIME_TYPE_EXAMPLE}).", value=False)
    kind = normalised(given) if given else mimetypes.guess_type(where)[0] or \
        "application/octet-stream"
    target.files.append((V.to_str(name), os.path.basename(where), data, kind))
    return True


@family.function("HTTPCancelForm", "HTTPAnnuleFormulaire", can_fail=True)
def http_cancel_form(rt: Runtime, form: object) -> bool:
    """Forget the form and what it holds."""
    _form(rt, form, "HTTPCancelForm")
    del _forms(rt)[fold(V.to_str(form))]
    return True


def _quoted(text: str) -> str:
    """A name or file name inside a multipart header: quotes and line breaks escaped."""
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D") \
        .replace("\n", "%0A")


def _multipart(form: Form) -> tuple[bytes, str]:
    """The multipart/form-data body and its Content-Type (with the boundary)."""
    boundary = "----wlinterp" + uuid.uuid4().hex
    parts: list[bytes] = []
    for name, value in form.fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"'
                     f"\r\n\r\n".encode("utf-8") + value.encode("utf-8") + b"\r\n")
    for name, filename, data, kind in form.files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"'
                     f'; filename="{_quoted(filename)}"\r\nContent-Type: {kind}\r\n\r\n'
                     .encode("utf-8") + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode("ascii"))
    return b"".join(parts), f"{MULTIPART}; boundary={boundary}"


@family.function("HTTPSendForm", "HTTPEnvoieFormulaire", can_fail=True)
def http_send_form(rt: Runtime, form: object, url: object, method: object = "POST",
                   user_agent: object = "", header: object = "", form_type: object = "",
                   user: object = "", password: object = "") -> bool:
    """Send the form; HTTPGetResult then gives the answer. GET (and HEAD) put the fields
    in the URL's query; a file needs POST, PUT or PATCH."""
    f = _form(rt, form, "HTTPSendForm")
    verb = http_verb(method, "HTTPSendForm", False) or "POST"
    address = with_scheme(V.to_str(url))  # the help's "www.mysite.com"
    headers = header_lines(header)
    headers.setdefault("User-Agent", V.to_str(user_agent) or "PC SOFT Framework")
    wanted = V.to_str(form_type).split(";")[0].strip().lower()
    body: bytes | None = None
    if verb in ("GET", "HEAD"):
        if f.files:
            raise BuiltinFailure(f"HTTPSendForm: a form with a file cannot be sent with "
                                 f"{verb}.", value=False)
        if f.fields:
            address += ("&" if "?" in address else "?") + urllib.parse.urlencode(f.fields)
    elif f.files or wanted == MULTIPART:
        body, headers["Content-Type"] = _multipart(f)
    else:
        body = urllib.parse.urlencode(f.fields).encode("utf-8")
        headers["Content-Type"] = V.to_str(form_type) or URLENCODED
    rt.state["http:last"] = None

    def made(address: str, verb: str, body: bytes | None) -> HTTPResponseValue:
        return send(rt, address, verb, body, headers, default_timeout(rt), "HTTPSendForm",
                    f.fields, cookies=managed_jar(rt))
    try:  # the user and password as HTTPRequest's: Basic at once, Digest on a challenge
        rt.state["http:last"] = sent_with_password(made, headers, V.to_str(user),
                                                   V.to_str(password), address, verb, body)
    except BuiltinFailure as failure:
        failure.value = False
        raise
    return True
