"""The certificate an SSL socket presents (SocketCreateSSL's server certificate,
SocketConnectSSL's client certificate), loaded into its TLS context.

WINDEV names a certificate of the Windows certificate store, by name or by hash
(?1000017041: CertificateName, CertificateHash). wlinterp has no such store; what is
portable is a file (*decided*, docs/builtins.md "Sockets"):
- a PEM file holding the certificate and its private key (or the key in a second file);
- a PFX (PKCS #12) file, what the store exports, without a password (the syntax has no
  password parameter): read with `cryptography`, its key and certificates handed to the
  TLS library through a PEM file in a private temporary folder, deleted at once.
Anything else (a store name that is no file, a hash, a protected PFX) is refused in words.
"""
from __future__ import annotations

__all__ = ["load_certificate", "STORE_WORDS"]

import os
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
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12
    try:
        private_key, certificate, chain = pkcs12.load_key_and_certificates(data, None)
    except (ValueError, TypeError):
        raise BuiltinFailure(f"{where} '{path}' is neither a PEM file nor a PFX (PKCS #12) "
                             "file readable without a password (the function has no "
                             f"password parameter); {STORE_WORDS}.", value=False) from None
    if private_key is None or certificate is None:
        raise BuiltinFailure(f"{where} '{path}' is a PFX file without "
                             f"{'a private key' if private_key is None else 'a certificate'}"
                             "; the certificate and its private key are both needed.",
                             value=False)
    pem = private_key.private_bytes(serialization.Encoding.PEM,
                                    serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    for cert in (certificate, *chain):
        pem += cert.public_bytes(serialization.Encoding.PEM)
    with tempfile.TemporaryDirectory(prefix="wl-pfx-") as folder:  # mode 0700
        chain_file = os.path.join(folder, "chain.pem")
        with open(os.open(chain_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600),
                  "wb") as out:
            out.write(pem)
        context.load_cert_chain(chain_file)
