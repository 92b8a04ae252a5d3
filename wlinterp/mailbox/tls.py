"""The capture's TLS: a throwaway CA and a certificate for localhost and 127.0.0.1.

Why the certificate lives in DIR/wl-tls/: the capture must never write outside DIR. A
throwaway CA (trustme) signs a certificate for "localhost" and "127.0.0.1"; only the
CA's public certificate is written, under a per-run name so that two captures into one
DIR do not overwrite each other's, and it is removed when the capture stops. The
private keys stay in memory: nothing a later run could reuse is ever on disk.

Why it may be made late (`CaptureConfig.tls_on_demand`, used by `wl run --capture`):
loading `cryptography` and signing the certificate was about half of the capture's
start-up (0.12 s of 0.22 s), and a script that sends in plain SMTP never needs it. The
e-mail client asks for `ca_file` only for a session that uses TLS (mail/routing.py), and
that first request makes it (server.CaptureServer.ensure_tls).
"""

from __future__ import annotations

import contextlib
import os
import ssl
from typing import Callable

__all__ = ["HOST", "TLS_HOSTNAME", "ThrowawayTLS"]

HOST = "127.0.0.1"
TLS_HOSTNAME = "localhost"


class ThrowawayTLS:
    """A CA and a server certificate made fresh for one capture; the CA file in the
    folder `make_folder()` returns (and creates)."""

    def __init__(self, make_folder: Callable[[], str]) -> None:
        import secrets

        import trustme  # loads cryptography: only here, when a certificate is wanted

        authority = trustme.CA(organization_name="wl capture mailbox")
        leaf = authority.issue_cert(TLS_HOSTNAME, HOST)
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(self.context)
        name = f"ca-{os.getpid()}-{secrets.token_hex(4)}.pem"
        for attempt in range(3):
            # Another capture into the same DIR that stops removes wl-tls/ when it is
            # empty, which it is until this file is written: make the folder again then.
            self.ca_file = os.path.join(make_folder(), name)
            try:
                authority.cert_pem.write_to_path(self.ca_file)
                break
            except FileNotFoundError:
                if attempt == 2:
                    raise

    def remove(self) -> None:
        """Remove the CA file (and wl-tls/ when no other capture uses it)."""
        with contextlib.suppress(OSError):
            os.unlink(self.ca_file)
        remove_folder(os.path.dirname(self.ca_file))


def remove_folder(folder: str) -> None:
    """Remove wl-tls/ if it is empty (another capture's CA file keeps it)."""
    with contextlib.suppress(OSError):
        os.rmdir(folder)
