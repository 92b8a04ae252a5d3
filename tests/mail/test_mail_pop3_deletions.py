"""Deleted messages are never lost silently: a POP3 (or IMAP) session whose close fails after
EmailDeleteMessage says the deletions may not have been made, to the script
(EmailCloseSession's ErrorInfo) or, when the script left the session open (the end of the
run, a reopened name), on stderr (wlinterp/mail/read_state.py ReadState.end; docs/builtins.md
"Email: sources and reading")."""
from __future__ import annotations

import io

import pytest

from mail_helpers import PASSWORD, USER
from imap_server import ImapMailbox
from pop3_server import Pop3Mailbox
from wlinterp.engine import run_source

MESSAGES = [b"From: a@example.test\r\nSubject: One\r\n\r\none\r\n",
            b"From: b@example.test\r\nSubject: Two\r\n\r\ntwo\r\n"]
START = f'EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {{port}})\n'


@pytest.fixture
def mailbox(mailboxes):
    def start(**kwargs) -> Pop3Mailbox:
        return mailboxes(Pop3Mailbox(list(MESSAGES), **kwargs))

    return start


def run(text: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(text, "deletions.wl", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_refused_quit_at_the_end_of_the_run_is_reported_on_stderr(mailbox):
    box = mailbox(quit_reply="-ERR mailbox locked")
    out, err = run(START.format(port=box.port) + f'Trace(EmailDeleteMessage("{USER}", 2))\n')
    assert out == "1\n"
    assert err == (f"Email: closing the session '{USER}' at the end of the run failed: POP3 "
                   f"server 127.0.0.1:{box.port}, closing the session (QUIT): the server "
                   "replied -ERR mailbox locked; the 1 message(s) deleted in this session may "
                   "not have been removed from the server.\n")
    assert box.messages == MESSAGES and box.commands[-1] == "QUIT"


def test_a_connection_given_up_after_a_deletion_is_reported_at_the_end(mailbox):
    box = mailbox(hang_up_on="RETR")
    out, err = run(START.format(port=box.port) + f'EmailDeleteMessage("{USER}", 1)\n'
                   f'Trace(EmailReadMessage("{USER}", 2), ErrorOccurred)\n')
    assert out == "0, 1\n"
    assert err.startswith(f"Email: closing the session '{USER}' at the end of the run failed: "
                          f"POP3 server 127.0.0.1:{box.port}, closing the session: the "
                          "connection had been given up after an earlier failure (reading "
                          "message 2 (RETR): ")
    assert err.endswith("so the 1 message(s) deleted in this session were not removed from "
                        "the server.\n")
    assert box.messages == MESSAGES and "QUIT" not in box.commands


def test_email_close_session_says_the_deletions_may_not_be_made(mailbox):
    box = mailbox(quit_reply="-ERR mailbox locked")
    out, err = run(START.format(port=box.port) + f'EmailSupprimeMessage("{USER}", 1)\n'
                   f'Trace(EmailFermeSession("{USER}"))\nTrace(ErreurInfo())\n')
    assert out.splitlines() == ["0", (f"POP3 server 127.0.0.1:{box.port}, closing the session "
                                      "(QUIT): the server replied -ERR mailbox locked; the 1 "
                                      "message(s) deleted in this session may not have been "
                                      "removed from the server.")]
    assert err == "" and box.messages == MESSAGES


def test_reopening_the_name_reports_the_old_session_s_lost_deletions(mailbox):
    box = mailbox(quit_reply="-ERR mailbox locked")
    start = START.format(port=box.port)
    out, err = run(start + f'EmailDeleteMessage("{USER}", 1)\nTrace(' + start.strip() + ")\n")
    assert out == "1\n"
    assert err.startswith(f"Email: closing the session '{USER}' when EmailStartPOP3Session "
                          "reopened its name failed: POP3 server")
    assert "the 1 message(s) deleted in this session may not have been removed" in err


def test_a_failed_close_that_loses_nothing_stays_quiet(mailbox):
    box = mailbox(quit_reply="-ERR mailbox locked")
    out, err = run(START.format(port=box.port) + f'Trace(EmailNbMessage("{USER}"))\n')
    assert (out, err) == ("2\n", "")


def test_deletions_committed_at_the_end_of_the_run_say_nothing(mailbox):
    box = mailbox()
    out, err = run(START.format(port=box.port) + f'EmailDeleteMessage("{USER}", 1)\n')
    assert (out, err) == ("", "") and box.messages == MESSAGES[1:]


def test_an_imap_close_refused_after_a_deletion_is_reported_at_the_end(mailboxes):
    box = mailboxes(ImapMailbox.with_inbox(*MESSAGES, close_reply="NO [INUSE] folder locked"))
    out, err = run(f'EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {box.port})\n'
                   f'Trace(EmailDeleteMessage("{USER}", 1))\n')
    assert out == "1\n"
    assert err.startswith(f"Email: closing the session '{USER}' at the end of the run failed: "
                          f"IMAP server 127.0.0.1:{box.port}, ")
    assert "folder locked" in err and err.endswith(
        "the 1 message(s) deleted in this session may not have been removed from the server.\n")
    assert len(box.folders["INBOX"]) == 2


def test_email_close_session_on_imap_reports_a_refused_close(mailboxes):
    """A refused CLOSE used to be ignored: True, and the deletions silently kept."""
    box = mailboxes(ImapMailbox.with_inbox(*MESSAGES, close_reply="NO [INUSE] folder locked"))
    out, err = run(f'EmailOuvreSessionIMAP("{USER}", "{PASSWORD}", "127.0.0.1", {box.port})\n'
                   f'EmailSupprimeMessage("{USER}", 2)\nTrace(EmailFermeSession("{USER}"))\n'
                   'Trace(ErreurInfo())\n')
    assert out.splitlines() == ["0", (f"IMAP server 127.0.0.1:{box.port}, closing the folder "
                                      "(CLOSE): the server replied NO [INUSE] folder locked; "
                                      "the 1 message(s) deleted in this session may not have "
                                      "been removed from the server.")]
    assert err == "" and box.commands[-1].startswith("LOGOUT")


def test_an_imap_refusal_is_shown_escaped(mailboxes):
    """A NO carrying an escape sequence: shown as \\x1b, its letters kept (it reached
    ErrorInfo raw)."""
    box = mailboxes(ImapMailbox.with_inbox(*MESSAGES, close_reply="NO refus\xe9 \x1b[2J"))
    out, _ = run(f'EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {box.port})\n'
                 f'EmailDeleteMessage("{USER}", 1)\nEmailCloseSession("{USER}")\n'
                 'Trace(ErrorInfo())\n')
    assert "the server replied NO refusé \\x1b[2J; the 1 message(s)" in out, out
    assert "\x1b" not in out


def test_an_imap_folder_change_whose_close_is_refused_reports_the_deletions(mailboxes):
    """EmailChangeFolder closes the current folder first (CLOSE: its deleted messages go);
    a refused CLOSE left them on the server, said only 'closing the folder' failed, and
    the session's close then returned True: the deletions were lost silently."""
    box = mailboxes(ImapMailbox({"INBOX": [[1, set(), MESSAGES[0]], [2, set(), MESSAGES[1]]],
                                 "Archive": []}, close_reply="NO [INUSE] folder locked"))
    out, err = run(f'EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {box.port})\n'
                   f'Trace(EmailDeleteMessage("{USER}", 1))\n'
                   f'Trace(EmailChangeFolder("{USER}", "Archive"))\nTrace(ErrorInfo())\n')
    lines = out.splitlines()
    assert lines[:2] == ["1", "0"], out
    assert lines[2].endswith("the 1 message(s) deleted in the folder 'INBOX' may not have been "
                             "removed from the server."), lines[2]
    assert len(box.folders["INBOX"]) == 2
