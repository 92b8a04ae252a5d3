"""An IMAP session's close sends CLOSE only when the session deleted messages in the
open folder (NET, 7 Dec 2026; docs/email.md "Timeouts", after "Sessions the script leaves
open"): with nothing deleted, LOGOUT alone. CLOSE expunges every message marked
\\Deleted, so it also removed messages another client had marked and this script never
touched, and it cost one more wait. Against the loopback IMAP server, which records the
commands; English and French.
EmailChangeFolder follows the same rule (NET's mend, 7 Dec 2026; docs/builtins.md "Email:
IMAP"): CLOSE before its SELECT only when the session deleted messages in the folder it
leaves; else SELECT alone, which closes that folder without expunging (RFC 3501 6.3.1)."""
from __future__ import annotations

import io

import pytest

from imap_server import ImapMailbox
from wlinterp.engine import run_source

USER = "alice@example.test"
EN = """IF EmailStartIMAPSession("{user}", "{password}", "127.0.0.1", {port}) THEN
    EmailReadFirst("{user}")
    Trace(Email.Subject)
    {delete}
    Trace(EmailCloseSession("{user}"), ErrorOccurred)
END
"""
FR = """SI EmailOuvreSessionIMAP("{user}", "{password}", "127.0.0.1", {port}) ALORS
    EmailLitPremier("{user}")
    Trace(Email.Sujet)
    {delete}
    Trace(EmailFermeSession("{user}"), ErreurDétectée)
FIN
"""
CHANGE = {EN: """IF EmailStartIMAPSession("{user}", "{password}", "127.0.0.1", {port}) THEN
    EmailReadFirst("{user}")
    Trace(Email.Subject)
    {delete}
    Trace(EmailChangeFolder("{user}", "Archive"), ErrorOccurred, EmailCurrentFolder("{user}"))
    EmailReadFirst("{user}")
    Trace(Email.Subject)
    EmailCloseSession("{user}")
END
""", FR: """SI EmailOuvreSessionIMAP("{user}", "{password}", "127.0.0.1", {port}) ALORS
    EmailLitPremier("{user}")
    Trace(Email.Sujet)
    {delete}
    Trace(EmailChangeDossier("{user}", "Archive"), ErreurDétectée, EmailDossierCourant("{user}"))
    EmailLitPremier("{user}")
    Trace(Email.Sujet)
    EmailFermeSession("{user}")
FIN
"""}
DELETE = {EN: 'EmailDeleteMessage("{user}")', FR: 'EmailSupprimeMessage("{user}")'}


def _message(subject: str) -> bytes:
    return f"From: bob@example.test\r\nSubject: {subject}\r\n\r\nhello\r\n".encode()


def _run(mailboxes, code: str, delete: bool,
         change: bool = False) -> tuple[list[str], ImapMailbox]:
    """`code` (EN or FR; its EmailChangeFolder twin when `change`) run against an INBOX
    holding a message and one another client marked \\Deleted, and a folder Archive."""
    box = mailboxes(ImapMailbox({
        "INBOX": [[1, set(), _message("Invoice")],
                  [2, {"\\Deleted"}, _message("Marked by another client")]],
        "Archive": [[7, set(), _message("Old order")]]}))
    source = (CHANGE[code] if change else code).replace("{delete}",
                                                         DELETE[code] if delete else "")
    out, err = io.StringIO(), io.StringIO()
    run_source(source.format(user=USER, password=box.password, port=box.port), "imap.wl",
               stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().splitlines(), box


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_nothing_deleted_logs_out_without_close(mailboxes, code: str) -> None:
    """LOGOUT alone: the message another client marked \\Deleted stays on the server
    (CLOSE expunged it)."""
    lines, box = _run(mailboxes, code, delete=False)
    assert lines == ["Invoice", "1, 0"]
    assert "CLOSE" not in box.commands and box.commands[-1] == "LOGOUT", box.commands
    assert [uid for uid, _, _ in box.folders["INBOX"]] == [1, 2]


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_deletion_is_closed_then_logged_out(mailboxes, code: str) -> None:
    """A message deleted in the session: CLOSE (it goes), then LOGOUT, as before."""
    lines, box = _run(mailboxes, code, delete=True)
    assert lines == ["Invoice", "1, 0"]
    assert box.commands[-2:] == ["CLOSE", "LOGOUT"], box.commands
    assert [uid for uid, _, _ in box.folders["INBOX"]] == []


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_nothing_deleted_changes_folder_without_close(mailboxes, code: str) -> None:
    """EmailChangeFolder sends SELECT alone: the message another client marked
    \\Deleted stays in the INBOX (CLOSE expunged it)."""
    lines, box = _run(mailboxes, code, delete=False, change=True)
    assert lines == ["Invoice", "1, 0, Archive", "Old order"]
    assert "CLOSE" not in box.commands, box.commands
    assert [uid for uid, _, _ in box.folders["INBOX"]] == [1, 2]


@pytest.mark.parametrize("code", [EN, FR], ids=["en", "fr"])
def test_a_deletion_is_closed_before_the_folder_changes(mailboxes, code: str) -> None:
    """A message deleted in the INBOX: CLOSE (it goes, the other marked one too), then
    the SELECT of Archive, as before."""
    lines, box = _run(mailboxes, code, delete=True, change=True)
    assert lines == ["Invoice", "1, 0, Archive", "Old order"]
    at = box.commands.index('SELECT "Archive"')
    assert box.commands[at - 1] == "CLOSE", box.commands
    assert box.folders["INBOX"] == []
