"""Fault injection: spec parsing, and each fault reaching a real smtplib client."""

from __future__ import annotations

import mailbox
import smtplib
import socket
import ssl

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wlinterp.mailbox.commands import start_capture
from wlinterp.mailbox.faults import FaultSpecError, parse_fault, parse_faults

from mailbox_helpers import build_message


# -- parsing ------------------------------------------------------------------------

def test_parse_code_with_default_and_custom_text():
    fault = parse_fault("rcpt=550")
    assert (fault.phase, fault.action, fault.address) == ("RCPT", "550", None)
    assert fault.reply().startswith("550 Recipient rejected (injected fault RCPT=550)")
    assert str(parse_fault("DATA=451 Try again later").reply()) == "451 Try again later"


def test_parse_per_recipient_and_lookup_precedence():
    plan = parse_faults(["RCPT=451", "RCPT:Bob@Example.org=550"])
    assert plan.for_phase("RCPT", "bob@example.org").action == "550"
    assert plan.for_phase("RCPT", "ann@example.org").action == "451"
    assert plan.for_phase("MAIL") is None


def test_close_and_refuse_and_421_drop_the_connection():
    assert parse_fault("CONNECT=refuse").refuses
    assert parse_fault("DATA=close").reply().drop
    assert parse_fault("MAIL=421").reply().drop
    assert not parse_fault("MAIL=450").reply().drop


@pytest.mark.parametrize("spec, message", [
    ("RCPT", "expected PHASE=REPLY"),
    ("=550", "expected PHASE=REPLY"),
    ("RCPT=", "expected PHASE=REPLY"),
    ("HELLO=550", "unknown phase 'HELLO'"),
    ("RCPT=250", "4xx or 5xx"),
    ("RCPT=5500", "4xx or 5xx"),
    ("RCPT=refuse", "only applies to CONNECT"),
    ("MAIL:x@y=550", "only RCPT takes an address"),
    ("RCPT=550 bad\rtext", "control character"),
])
def test_bad_specs_say_why(spec, message):
    with pytest.raises(FaultSpecError, match=message):
        parse_fault(spec)


def test_same_phase_twice_is_refused():
    with pytest.raises(FaultSpecError, match="given twice"):
        parse_faults(["RCPT=550", "rcpt=451"])


# -- against smtplib ------------------------------------------------------------------

@pytest.fixture
def faulty(mailbox_dir):
    """start_capture with the given faults; closed at the end of the test."""
    handles = []

    def start(*specs: str):
        handle = start_capture(str(mailbox_dir), list(specs))
        handles.append(handle)
        return handle
    yield start
    for handle in handles:
        handle.close()


def _stored(mailbox_dir) -> int:
    return len(mailbox.Maildir(str(mailbox_dir), create=False))


def test_rcpt_550_refuses_all_recipients(faulty, mailbox_dir):
    handle = faulty("RCPT=550")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as caught:
            client.send_message(build_message())
    assert caught.value.recipients["ann@example.org"][0] == 550
    assert _stored(mailbox_dir) == 0


def test_rcpt_for_one_address_is_a_partial_refusal(faulty, mailbox_dir):
    handle = faulty("RCPT:bob@example.org=550 No such user")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        refused = client.sendmail("shop@example.org", ["ann@example.org", "bob@example.org"],
                                  build_message().as_bytes())
    assert refused == {"bob@example.org": (550, b"No such user")}
    handle.settle()  # the message file is written just after the 250 (journal.py)
    assert _stored(mailbox_dir) == 1


@pytest.mark.parametrize("spec", ["DATA=451", "DOT=451"])
def test_data_451_is_a_data_error_and_nothing_is_stored(faulty, mailbox_dir, spec):
    handle = faulty(spec)
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPDataError) as caught:
            client.send_message(build_message())
    assert caught.value.smtp_code == 451
    assert _stored(mailbox_dir) == 0


def test_auth_535(faulty):
    handle = faulty("AUTH=535")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPAuthenticationError) as caught:
            client.login("alice", "secret")
    assert caught.value.smtp_code == 535


def test_mail_421_refuses_the_sender_and_hangs_up(faulty):
    handle = faulty("MAIL=421")
    client = smtplib.SMTP(handle.host, handle.plain_port, timeout=10)
    with pytest.raises(smtplib.SMTPSenderRefused) as caught:
        client.send_message(build_message())
    assert caught.value.smtp_code == 421
    with pytest.raises(smtplib.SMTPServerDisconnected):
        client.noop()


def test_connect_refuse_on_both_ports(faulty):
    handle = faulty("CONNECT=refuse")
    for port in (handle.plain_port, handle.tls_port):
        with pytest.raises(ConnectionRefusedError):
            smtplib.SMTP(handle.host, port, timeout=5)


def test_connect_code_is_a_connect_error(faulty):
    handle = faulty("CONNECT=554")
    with pytest.raises(smtplib.SMTPConnectError) as caught:
        smtplib.SMTP(handle.host, handle.plain_port, timeout=5)
    assert caught.value.smtp_code == 554


def test_connect_code_after_the_tls_handshake(faulty):
    handle = faulty("CONNECT=421")
    context = ssl.create_default_context(cafile=handle.ca_file)
    with pytest.raises(smtplib.SMTPConnectError) as caught:
        smtplib.SMTP_SSL(handle.host, handle.tls_port, context=context, timeout=5)
    assert caught.value.smtp_code == 421


def test_ehlo_and_helo_both_rejected(faulty):
    handle = faulty("EHLO=554")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPHeloError):
            client.send_message(build_message())


def test_starttls_454_reaches_the_client(faulty):
    handle = faulty("STARTTLS=454")
    assert handle.ca_file  # the certificate made: STARTTLS offered (and refused)
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPResponseException) as caught:
            client.starttls()
    assert caught.value.smtp_code == 454


def test_close_after_final_dot_loses_the_reply_not_the_order(faulty, mailbox_dir):
    handle = faulty("DOT=close")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.send_message(build_message())
    assert _stored(mailbox_dir) == 0


def test_rcpt_close_disconnects(faulty):
    handle = faulty("RCPT=close")
    client = smtplib.SMTP(handle.host, handle.plain_port, timeout=10)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        client.send_message(build_message())
    client.close()


def test_faulted_data_out_of_order_keeps_the_normal_503(faulty):
    handle = faulty("DATA=451")
    with smtplib.SMTP(handle.host, handle.plain_port, timeout=10) as client:
        client.ehlo()
        assert client.docmd("DATA")[0] == 503


def test_refused_ports_stay_reserved_while_the_capture_runs(faulty):
    handle = faulty("CONNECT=refuse")
    probe = socket.socket()
    try:
        with pytest.raises(OSError):
            probe.bind(("127.0.0.1", handle.plain_port))
    finally:
        probe.close()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_spec_parses_or_says_why(spec):
    """Whatever is typed after --capture-fault: a fault, or a FaultSpecError, never a crash."""
    try:
        fault = parse_fault(spec)
    except FaultSpecError as error:
        assert str(error).startswith("capture fault ")
    else:
        reply = fault.reply()
        assert "\r" not in reply and "\n" not in reply and reply.isascii()
