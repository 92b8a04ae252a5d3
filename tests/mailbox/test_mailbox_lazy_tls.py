"""`wl run --capture` makes its TLS certificate only when a session asks for TLS (tls.py).

A script that sends in plain SMTP never has a certificate made (nor `cryptography`
loaded in the capture's process); the first session that uses TLS gets one, and the
client still verifies it like any other: the right name, the capture's CA only.
"""
from __future__ import annotations

import io
import os
import smtplib
import socket
import ssl
from pathlib import Path

import pytest

from wlinterp import run_source
from wlinterp.mail.failures import MailError
from wlinterp.mail.modes import Mode
from wlinterp.mail.options import MailOptions
from wlinterp.mail.routing import resolve_endpoint
from wlinterp.mailbox.child import CaptureProcess

from mailbox_helpers import TIMEOUT, build_message

STARTTLS_SCRIPT = """
s is emailSMTPSession
s.ServerAddress = "smtp.example.com"
s.Port = 587
s.Option = emailOptionSecuredTLS
IF EmailStartSession(s) THEN
  Trace("started")
ELSE
  Trace("no session: " + ErrorInfo())
END
"""


def _pems(box: Path) -> list[str]:
    return sorted(p.name for p in (box / "wl-tls").glob("*.pem")) if (box / "wl-tls").is_dir() else []


def _loads_cryptography(pid: int) -> bool | None:
    """Has process `pid` loaded cryptography's compiled module? (None: cannot be told here)"""
    try:
        maps = Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return None
    return "cryptography" in maps


def test_a_plain_capture_never_makes_a_certificate(mailbox_dir: Path):
    with CaptureProcess(str(mailbox_dir), []) as handle:
        handle.wait_ready()
        assert _pems(mailbox_dir) == []
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=TIMEOUT) as client:
            client.ehlo()
            assert not client.has_extn("starttls")  # nothing to offer yet
            client.send_message(build_message("plain one"))
        assert _pems(mailbox_dir) == []
        assert _loads_cryptography(handle._proc.pid) in (False, None)
    (record,) = handle.captured
    assert (record["subject"], record["tls"]) == ("plain one", "plain")
    assert not (mailbox_dir / "wl-tls").exists()  # the empty folder is not left behind


def test_the_first_tls_request_makes_it_and_clients_still_verify(mailbox_dir: Path):
    with CaptureProcess(str(mailbox_dir), []) as handle:
        handle.wait_ready()
        ca_file = handle.ca_file
        assert ca_file and _pems(mailbox_dir) == [os.path.basename(ca_file)]
        assert handle.ca_file == ca_file  # made once
        trusting = ssl.create_default_context(cafile=ca_file)
        with smtplib.SMTP_SSL(handle.host, handle.tls_port, timeout=TIMEOUT, context=trusting) as client:
            client.send_message(build_message("implicit"))
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=TIMEOUT) as client:
            client.starttls(context=trusting)
            client.send_message(build_message("upgraded"))
        for context, name in ((ssl.create_default_context(), "localhost"),  # not the capture's CA
                              (trusting, "smtp.example.org")):  # not the certificate's name
            with socket.create_connection((handle.host, handle.tls_port), TIMEOUT) as raw, \
                    pytest.raises(ssl.SSLCertVerificationError):
                context.wrap_socket(raw, server_hostname=name)
    assert [(r["subject"], r["tls"]) for r in handle.captured] == \
        [("implicit", "ssl"), ("upgraded", "starttls")]
    assert not os.path.exists(ca_file)


def test_a_plain_session_does_not_ask_for_the_certificate(mailbox_dir: Path):
    with CaptureProcess(str(mailbox_dir), []) as handle:
        handle.wait_ready()
        options = MailOptions.from_runtime({"capture": handle})
        plain = resolve_endpoint("smtp.example.com", 25, Mode.PLAIN, options)
        assert plain.ca_file is None and _pems(mailbox_dir) == []
        secured = resolve_endpoint("smtp.example.com", 465, Mode.SSL, options)
        assert secured.ca_file == handle.ca_file and secured.connect_port == handle.tls_port


def test_a_certificate_that_cannot_be_made_is_a_catchable_failure(mailbox_dir: Path, tmp_path: Path):
    with CaptureProcess(str(mailbox_dir), []) as handle:
        handle.wait_ready()
        (mailbox_dir / "wl-tls").rmdir()
        (tmp_path / "elsewhere").mkdir()
        (mailbox_dir / "wl-tls").symlink_to(tmp_path / "elsewhere")  # swapped after the start
        options = MailOptions.from_runtime({"capture": handle})
        with pytest.raises(MailError, match="preparing the capture's TLS"):
            resolve_endpoint("smtp.example.com", 587, Mode.STARTTLS, options)
        out = io.StringIO()
        run_source(STARTTLS_SCRIPT, "tls.wl", stdout=out, options={"capture": handle})
        assert out.getvalue().startswith("no session: SMTP server smtp.example.com:587"), out.getvalue()
        assert "symbolic link" in out.getvalue()
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_ca_file_is_written_even_if_another_capture_removed_wl_tls(tmp_path: Path):
    """Another capture into the same DIR that stops removes the (still empty) wl-tls/
    while this one signs its certificate: the folder is made again, the CA file written."""
    from wlinterp.mailbox.tls import ThrowawayTLS

    folder = tmp_path / "wl-tls"
    calls = []

    def make_folder() -> str:
        folder.mkdir(exist_ok=True)
        calls.append(1)
        if len(calls) == 1:
            folder.rmdir()  # the other capture's stop, between this mkdir and the write
        return str(folder)

    tls = ThrowawayTLS(make_folder)
    assert len(calls) == 2
    assert Path(tls.ca_file).parent == folder
    assert Path(tls.ca_file).read_text().startswith("-----BEGIN CERTIFICATE-----")
    tls.remove()
    assert not folder.exists()


def test_the_in_process_capture_makes_no_certificate_for_plain_mail(mailbox_dir: Path):
    """`start_capture` (the Python API, `wl test`) makes its certificate on demand too."""
    from wlinterp.mailbox.commands import start_capture

    with start_capture(str(mailbox_dir), []) as handle:
        with smtplib.SMTP(handle.host, handle.plain_port, timeout=TIMEOUT) as client:
            client.ehlo()
            assert not client.has_extn("starttls")
            client.send_message(build_message("plain in process"))
        assert _pems(mailbox_dir) == []
        assert [r["subject"] for r in handle.captured] == ["plain in process"]
        context = ssl.create_default_context(cafile=handle.ca_file)  # asked for: made now
        assert len(_pems(mailbox_dir)) == 1
        with smtplib.SMTP_SSL(handle.host, handle.tls_port, context=context,
                              timeout=TIMEOUT) as client:
            client.send_message(build_message("implicit TLS in process"))
        assert [r["tls"] for r in handle.captured] == ["plain", "ssl"]
    assert _pems(mailbox_dir) == []
