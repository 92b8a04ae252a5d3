"""Reading e-mail over IMAP against a real server on 127.0.0.1 (tests/mail/imap_server.py):
EmailStartIMAPSession, the read functions on a folder, unread messages, deletion, the
folder functions, TLS and the password rules."""
from __future__ import annotations

import pytest

from imap_server import ImapMailbox
from mail_helpers import PASSWORD, USER, run_wl as run
from wlinterp.errors import WLRuntimeError

FIRST = b"From: Bob <bob@example.test>\r\nTo: alice@example.test\r\nSubject: Order 42\r\n\r\nHello\r\n"
SECOND = b"From: dan@example.test\r\nTo: alice@example.test\r\nSubject: Invoice\r\n\r\nPay\r\n"
THIRD = b"From: eve@example.test\r\nSubject: Third\r\n\r\nlast one\r\n"


@pytest.fixture
def imap(mailboxes):
    def start(*messages: bytes, seen: tuple[int, ...] = (), **kwargs) -> ImapMailbox:
        box = ImapMailbox.with_inbox(*(messages or (FIRST, SECOND, THIRD)), **kwargs)
        for uid in seen:
            box.folders["INBOX"][uid - 1][1].add("\\Seen")
        return mailboxes(box)

    return start


def start(w, box, *more) -> None:
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port, *more) is True, \
        w.error


READ_UNREAD_FR = """
SI EmailOuvreSessionIMAP("alice@example.test", "s3cr3t-Pa55", "127.0.0.1", {port}) ALORS
    Trace(EmailDossierCourant("alice@example.test"), EmailNbMessage("alice@example.test"), EmailNbMessage("alice@example.test", emailNonLu))
    EmailLitPremier("alice@example.test", emailNonLu)
    TANTQUE PAS Email.EnDehors
        Trace(Email.Sujet)
        EmailLitSuivant("alice@example.test", emailNonLu)
    FIN
    Trace(EmailNbMessage("alice@example.test", emailNonLu))
    EmailFermeSession("alice@example.test")
SINON
    Trace(ErreurInfo())
FIN
"""


def test_reading_the_unread_messages_in_french(imap):
    box = imap(seen=(2,))
    out = run(READ_UNREAD_FR.format(port=box.port)).splitlines()
    assert out == ["INBOX, 3, 2", "Order 42", "Third", "0"]
    assert box.commands[0] == "LOGIN alice@example.test ***" or \
        box.commands[1] == "LOGIN alice@example.test ***"


READ_ALL_EN = """
IF EmailStartIMAPSession("alice@example.test", "s3cr3t-Pa55", "127.0.0.1", {port}) THEN
    EmailReadLast("alice@example.test")
    WHILE NOT Email.Out
        Trace(Email.Subject + " " + Email.ID + " " + EmailMessageLength("alice@example.test"))
        EmailReadPrevious("alice@example.test")
    END
    EmailCloseSession("alice@example.test")
END
"""


def test_reading_every_message_backwards_in_english(imap):
    box = imap()
    assert run(READ_ALL_EN.format(port=box.port)).splitlines() == [
        f"Third 3 {len(THIRD)}", f"Invoice 2 {len(SECOND)}", f"Order 42 1 {len(FIRST)}"]


def test_header_reads_do_not_mark_read(imap, wl):
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailReadFirstHeader", USER) is True and w.email.wl_get("message") == ""
    assert w("EmailNbMessage", USER, w.const("emailUnread")) == 3
    assert w("EmailReadMessage", USER, 2) is True and w.email.wl_get("message") == "Pay"
    assert w("EmailNbMessage", USER, w.const("emailUnread")) == 2
    assert "\\Seen" in box.folders["INBOX"][1][1]


def test_delete_then_close_expunges(imap, wl):
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is True and w("EmailDeleteMessage", USER) is True
    # ?3032024: a deleted message counts until the server removes it (expunge)
    assert w("EmailNbMessage", USER) == 3 and len(box.folders["INBOX"]) == 3
    assert w.email.wl_get("out") is True  # ?3032027: Out after EmailDeleteMessage
    assert w("EmailCloseSession", USER) is True
    assert [m[0] for m in box.folders["INBOX"]] == [2, 3]


def test_folders(imap, wl):
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailAddFolder", USER, "Archive 2026") is True
    assert w("EmailListFolder", USER).items == ["INBOX", "Archive 2026"]
    assert w("EmailAddFolder", USER, "Archive 2026") is False and w.error[0]
    assert w("EmailReadFirst", USER) is True
    assert w("EmailCopy", USER, "Archive 2026") is True
    assert w("EmailCopie", USER, 3, "Archive 2026") is True
    assert w("EmailChangeFolder", USER, "Archive 2026") is True
    assert w("EmailCurrentFolder", USER) == "Archive 2026"
    got = w("EmailGetAll", USER)
    assert [e.wl_get("subject") for e in got.items] == ["Order 42", "Third"]
    assert w("EmailChangeFolder", USER, "Nowhere") is False and "Nowhere" in w.error[1]
    assert w("EmailChangeDossier", USER, "INBOX") is True
    assert w("EmailDeleteFolder", USER, "Archive 2026") is True
    assert "Archive 2026" not in box.folders


def test_a_failed_folder_change_leaves_no_folder_selected(imap, wl):
    """The old folder was closed (CLOSE) before the server refused the new one: reading
    on its messages would talk to a server with no folder open. The session shows no
    folder and no message until a change succeeds (docs/builtins.md "Email: IMAP")."""
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is True
    assert w("EmailChangeFolder", USER, "Nowhere") is False and "Nowhere" in w.error[1]
    assert w("EmailCurrentFolder", USER) == "" and w("EmailNbMessage", USER) == 0
    sent = len(box.commands)
    assert w("EmailReadNext", USER) is False and w.email.wl_get("out") is True
    assert len(box.commands) == sent  # nothing asked of the server about the old folder
    assert w("EmailChangeFolder", USER, "INBOX") is True
    assert w("EmailCurrentFolder", USER) == "INBOX" and w("EmailNbMessage", USER) == 3


def test_a_folder_name_refused_before_sending_keeps_the_folder(imap, wl):
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailReadFirst", USER) is True
    assert w("EmailChangeFolder", USER, "bad\r\nLOGOUT") is False
    assert "control character" in w.error[1] and "CLOSE" not in box.commands
    assert w("EmailCurrentFolder", USER) == "INBOX"
    assert w("EmailReadNext", USER) is True and w.email.wl_get("subject") == "Invoice"


def test_non_ascii_folder_names_travel_in_modified_utf7(imap, wl):
    box = imap()
    w = wl()
    start(w, box)
    assert w("EmailAddFolder", USER, "Reçus & envoyés") is True
    assert "Re&AOc-us &- envoy&AOk-s" in box.folders
    assert "Reçus & envoyés" in w("EmailListFolder", USER).items


def test_get_all_unread(imap, wl):
    box = imap(seen=(1, 3))
    w = wl()
    start(w, box)
    got = w("EmailGetAll", USER, w.const("ertNotRead"))
    assert [e.wl_get("subject") for e in got.items] == ["Invoice"] and not w.error[0]


def test_misuse_and_failures(imap, wl):
    box = imap()
    w = wl()
    assert w("EmailStartIMAPSession", USER, "wrong-Pa55word", "127.0.0.1", box.port) is False
    assert w.error[1].startswith(f"IMAP server 127.0.0.1:{box.port}, login")
    assert "wrong-Pa55word" not in w.error[1]
    with pytest.raises(WLRuntimeError, match="no e-mail session 'nobody' is open for reading"):
        w("EmailListFolder", "nobody")
    start(w, box)
    assert w("EmailAddFolder", USER, "bad\r\nLOGOUT") is False
    assert "control character" in w.error[1]


def test_folders_on_a_pop3_session_are_fatal(wl, mailboxes):
    from pop3_server import Pop3Mailbox
    box = mailboxes(Pop3Mailbox([FIRST]))
    w = wl()
    assert w("EmailStartPOP3Session", USER, PASSWORD, "127.0.0.1", box.port) is True
    with pytest.raises(WLRuntimeError, match="POP3 session, which has no folders"):
        w("EmailListFolder", USER)


def test_starttls_required_and_verified(imap, wl, pki):
    plain = imap()
    w = wl()
    assert w("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", plain.port,
             w.const("emailOptionSecuredTLS")) is False
    assert "does not offer STARTTLS" in w.error[1]
    assert not any(c.startswith("LOGIN") for c in plain.commands)
    box = imap(stls_context=pki.server_context())
    w2 = wl(ca_file=pki.ca_file)
    start(w2, box, w2.const("emailOptionSecuredTLS"))
    assert box.commands.index("STARTTLS") < box.commands.index("LOGIN alice@example.test ***")


def test_implicit_tls(imap, wl, pki):
    box = imap(ssl_context=pki.server_context())
    w = wl(ca_file=pki.ca_file)
    start(w, box, w.const("optionSSL"))
    assert w("EmailNbMessage", USER) == 3
    untrusted = wl(ca_file=pki.other_ca_file)
    assert untrusted("EmailStartIMAPSession", USER, PASSWORD, "127.0.0.1", box.port,
                     untrusted.const("emailOptionSSL")) is False
    assert "certificate" in untrusted.error[1]


SESSION_VARIABLES = """
p is emailPOP3Session
p.ServerAddress = "127.0.0.1"
p.Port = {pop3}
p.Name = "alice@example.test"
p.Password = "s3cr3t-Pa55"
IF EmailStartSession(p) THEN
    Trace("POP3", EmailNbMessage(p))
    EmailCloseSession(p)
END
i est un emailSessionIMAP
i.AdresseServeur = "127.0.0.1"
i.Port = {imap}
i.Nom = "alice@example.test"
i.MotDePasse = "s3cr3t-Pa55"
SI EmailOuvreSession(i) ALORS
    Trace("IMAP", EmailDossierCourant(i), TableauOccurrence(EmailRécupèreTout(i)))
    EmailFermeSession(i)
FIN
"""


def test_pop3_and_imap_session_variables(imap, mailboxes):
    from pop3_server import Pop3Mailbox
    box = imap()
    pop = mailboxes(Pop3Mailbox([FIRST, SECOND]))
    out = run(SESSION_VARIABLES.format(pop3=pop.port, imap=box.port))
    assert out.splitlines() == ["POP3, 2", "IMAP, INBOX, 3"]
    assert pop.commands[0] == "USER alice@example.test"
