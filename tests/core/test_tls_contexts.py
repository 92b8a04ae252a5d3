"""The verifying TLS context the process's runs share (wlinterp/tls_contexts.py): built
once for a CA file as it is on disk (reading the system store took some 20 ms of CPU at
every mail session's start and every run's first HTTP call), built again when the file
changes, and never shared with a failure: a CA file that cannot be loaded fails each time.
"""
from __future__ import annotations

import ssl
from pathlib import Path

import pytest
import trustme

from wlinterp.tls_contexts import CAFileError, shared_verifying_context


def _der(ca: trustme.CA) -> bytes:
    return ssl.PEM_cert_to_DER_cert(ca.cert_pem.bytes().decode("ascii"))


def test_one_context_per_ca_file_as_it_is_on_disk(tmp_path: Path) -> None:
    first, second = trustme.CA(), trustme.CA()
    path = tmp_path / "ca.pem"
    first.cert_pem.write_to_path(str(path))
    context = shared_verifying_context(str(path))
    assert shared_verifying_context(str(path)) is context
    assert shared_verifying_context(None) is shared_verifying_context(None) is not context
    assert _der(first) in context.get_ca_certs(binary_form=True)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    second.cert_pem.write_to_path(str(path))  # another authority in the same file
    renewed = shared_verifying_context(str(path))
    assert renewed is not context
    assert _der(second) in renewed.get_ca_certs(binary_form=True)
    assert _der(first) not in renewed.get_ca_certs(binary_form=True)


def test_a_ca_file_that_cannot_be_loaded_fails_each_time(tmp_path: Path) -> None:
    path = tmp_path / "not-a-ca.pem"
    path.write_text("no certificate here\n", encoding="ascii")
    for _ in range(2):  # in words (a BuiltinFailure: the calling function's failure)
        with pytest.raises(CAFileError, match="holds no certificate that can be read"):
            shared_verifying_context(str(path))
    with pytest.raises(OSError, match="cannot be read .no such file or directory"):
        shared_verifying_context(str(tmp_path / "missing.pem"))


def test_the_mail_sessions_of_two_runs_share_it() -> None:
    """Each run has its own MailState (a session's start asked it for the context)."""
    from wlinterp.mail.options import MailOptions
    from wlinterp.mail.sessions import MailState
    contexts = [MailState(MailOptions(), print).ssl_context(None) for _ in range(2)]
    assert contexts[0] is contexts[1] is shared_verifying_context(None)
