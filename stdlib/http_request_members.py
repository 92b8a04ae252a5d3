"""The httpRequest members that shape a request beyond its URL, method and body
(stdlib/http_client.py sends it): `Cookie`, `Version`, `ClientCertificate` with
`ClientCertificatePassword` (`Destination` is http_destination.py's file).

The httpRequest page (?1000021158) lists ClientCertificate ("a character string with an
access path to the .p12 file that contains the certificate to attach to the request ...
a buffer with the certificate (fLoadBuffer)") and ClientCertificatePassword (VERIFIED,
English and French: CertificatClient). The rest is INFERRED (the stored copies of the
page stop before those rows): docs/builtins.md "httpRequest: Cookie, Version,
Destination, ClientCertificate".
"""
from __future__ import annotations

__all__ = ["VERSIONS", "cookie_into", "checked_version", "client_context"]

import ssl

from wlinterp.errors import BuiltinFailure
from wlinterp.native_paths import native_path
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .http_exchange import new_verifying_context
from .http_values import HTTPResponseValue
from .socket_certificates import PKCS12Refused, pem_into, pkcs12_into
from .text_encodings import saved_bytes

VERSIONS = {"httpVersionDefault": 0, "httpVersion2": 1, "httpVersion2Only": 2}
"""The Version constants and their values, wlinterp's own (INFERRED). httpVersion2 asks
for HTTP/2 "when the server supports it": HTTP/1.1 is what every server supports, so it is
sent so. httpVersion2Only cannot be honoured: wlinterp speaks HTTP/1.1."""


def _failed(text: str) -> BuiltinFailure:
    return BuiltinFailure(text, value=HTTPResponseValue())


def cookie_into(headers: dict[str, str], cookie: object) -> None:
    """The request's Cookie member ("name=value; other=value") sent as its Cookie header,
    after a Cookie the script put in Header (one field, both kept: a server reads one).
    A line break or a control character in it is refused as in any header
    (http_fields.clean, when the request is checked)."""
    text = V.to_str(cookie).strip()
    if not text:
        return
    name = next((k for k in headers if k.lower() == "cookie"), "Cookie")
    before = headers.get(name, "").strip().rstrip(";")
    headers[name] = f"{before}; {text}" if before else text


def checked_version(value: object, fname: str) -> None:
    """Nothing when the Version member asks for what wlinterp sends (HTTP/1.1); the
    call's failure, before anything is sent, when it asks for HTTP/2 only or is no
    version at all."""
    number = V.to_int(value or 0)
    if number in (VERSIONS["httpVersionDefault"], VERSIONS["httpVersion2"]):
        return
    if number == VERSIONS["httpVersion2Only"]:
        raise _failed(f"{fname}: the request asks for HTTP/2 only (httpVersion2Only); "
                      "wlinterp speaks HTTP/1.1, so nothing was sent (httpVersion2 sends "
                      "HTTP/1.1 when HTTP/2 is not available).")
    raise _failed(f"{fname}: {number} is not an HTTP version (httpVersionDefault, "
                  "httpVersion2, httpVersion2Only); nothing was sent.")


def client_context(rt: Runtime, certificate: object, password: object,
                   fname: str) -> ssl.SSLContext | None:
    """None when the request names no client certificate (the exchange uses the run's
    verifying context); else a verifying context of its own presenting that certificate:
    a .p12 (PKCS #12) file or Buffer, as the page says, or a PEM file holding the
    certificate and its key. A certificate that cannot be read (no file, a wrong
    password, not a certificate) fails the call before anything is sent."""
    if not V.to_str(certificate):
        return None
    data, shown = _certificate_bytes(certificate, fname)
    secret = V.to_str(password)
    context = new_verifying_context(rt, fname)
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            pem_into(context, data, secret or None)
        else:
            pkcs12_into(context, data, secret)
    except PKCS12Refused as refused:
        if not refused.missing:
            raise _failed(f"{fname}: the client certificate {shown} could not be opened: "
                          "it is not a .p12 (PKCS #12) or PEM certificate, or "
                          "ClientCertificatePassword is not its password; nothing was "
                          "sent.") from None
        raise _failed(f"{fname}: the client certificate {shown} holds no "
                      f"{refused.missing}; nothing was sent.") from None
    except (ssl.SSLError, ValueError) as exc:
        raise _failed(f"{fname}: the client certificate {shown} could not be used "
                      f"({getattr(exc, 'reason', None) or exc}); nothing was sent.") from None
    return context


def _certificate_bytes(certificate: object, fname: str) -> tuple[bytes, str]:
    """The certificate's bytes and how messages name it: a Buffer's bytes ("given as a
    Buffer": a Buffer variable holds a plain string, so a value holding a control
    character, or a PEM text, is one), or the file its path names."""
    text = V.to_str(certificate)
    if isinstance(certificate, V.BufferText) or text.lstrip().startswith("-----BEGIN") \
            or any(c < " " and c not in "\t" for c in text):  # (no path holds those)
        return saved_bytes(certificate), "(given as a Buffer)"
    path = native_path(certificate)
    try:
        with open(path, "rb") as handle:
            return handle.read(), f"'{V.to_str(certificate)}'"
    except OSError as exc:
        raise _failed(f"{fname}: the client certificate '{V.to_str(certificate)}' cannot "
                      f"be read ({exc.strerror or exc}); nothing was sent.") from None
