"""The certificate an SSL socket presents (SocketCreateSSL's server certificate,
SocketConnectSSL's client certificate), loaded into its TLS context.

WINDEV names a certificate of the Windows certificate store, by name or by hash
(?1000017041: CertificateName, CertificateHash). wlinterp has no such store; what is
portable is a file (*decided*, docs/builtins.md "Sockets"):
- a PEM file holding the certificate and its private key (or the key in a second file);
- a PFX (PKCS #12) file, what the store exports, without a password (the syntax has no
  password parameter): read with `cryptography`, its key and certificates handed to the
  TLS library through a private temporary PEM file, deleted at once (pkcs12_into, which
  an httpRequest's ClientCertificate uses too).
Anything else (a store name that is no file, a hash, a protected PFX) is refused in words.
"""
from __future__ import annotations

__all__ = ["load_certificate", "pkcs12_into", "pem_into", "PKCS12Refused", "STORE_WORDS"]

import os
import secrets
import ssl
import tempfile

from wlinterp.errors import BuiltinFailure

STORE_WORDS = ("wlinterp has no Windows certificate store: give the path of a PEM file "
               "holding the certificate and its private key, or of a PFX (PKCS #12) file "
               "without password")


def load_certificate(context: ssl.SSLContext, path: str, key: str | None,
                     where: str) -> None:
    """Load the certificate file `path` (and `key`, a PEM key file) into `context`;
    BuiltinFailure in words naming `where` ("SocketCreateSSL: ... the certificate")."""
    if not os.path.isfile(path):
        raise BuiltinFailure(f"{where} '{path}' is not a file; {STORE_WORDS}.", value=False)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        if b"-----BEGIN" in data or key:
            context.load_cert_chain(path, key)
        else:
            _load_pfx(context, data, path, where)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        raise BuiltinFailure(f"{where} '{path}' cannot be loaded "
                             f"({getattr(exc, 'strerror', None) or exc}).",
                             value=False) from None


def _load_pfx(context: ssl.SSLContext, data: bytes, path: str, where: str) -> None:
    """A PKCS #12 file without password into `context`."""
    try:
        pkcs12_into(context, data, "")
    except PKCS12Refused as refused:
        if not refused.missing:
            raise BuiltinFailure(f"{where} '{path}' is neither a PEM file nor a PFX (PKCS #12) "
                                 "file readable without a password (the function has no "
                                 f"password parameter); {STORE_WORDS}.", value=False) from None
        raise BuiltinFailure(f"{where} '{path}' is a PFX file without a {refused.missing}; "
                             "the certificate and its private key are both needed.",
                             value=False) from None


class PKCS12Refused(Exception):
    """A PKCS #12 file that cannot be used. `missing` is "" when it cannot be opened (not
    PKCS #12, or not its password), else what it lacks ("private key", "certificate"):
    each caller words it, naming its own function and parameters."""

    def __init__(self, missing: str = "") -> None:
        super().__init__(missing or "unreadable")
        self.missing = missing


def pkcs12_into(context: ssl.SSLContext, data: bytes, password: str) -> None:
    """A PKCS #12 (.p12/.pfx) file's key and certificates into `context` (an HTTP client
    certificate, an SSL socket's): read with `cryptography`, since ssl reads PEM only, and
    handed over as PEM with the key encrypted again with a random password, never written
    in clear. PKCS12Refused when it cannot be opened or lacks a part; ssl.SSLError when
    the TLS library refuses what it holds."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, password.encode() if password else None)
    except (ValueError, TypeError):
        raise PKCS12Refused() from None
    if key is None or cert is None:
        raise PKCS12Refused("private key" if key is None else "certificate")
    once = secrets.token_urlsafe(24)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(once.encode()))
    for each in (cert, *(extra or ())):
        pem += each.public_bytes(serialization.Encoding.PEM)
    pem_into(context, pem, once)


def pem_into(context: ssl.SSLContext, pem: bytes, password: str | None) -> None:
    """A PEM certificate chain and key held in memory into `context`, through a private
    temporary file (mode 0600, deleted at once: ssl loads from files only)."""
    handle, path = tempfile.mkstemp(prefix=".wl-client-", suffix=".pem")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pem)
        context.load_cert_chain(path, password=password)
    finally:
        os.unlink(path)
