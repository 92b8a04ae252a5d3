"""The reading loops of PC SOFT's page "Managing the emails with the POP3/SMTP protocols"
(?3032031), run as written against the loopback POP3 server (pop3_server.py): the
session variable's server address replaced by 127.0.0.1 and its port added (the page's
server is pop.mycompany.us on the default port), and a Trace where the page writes
"Place the process of the message read". English and French."""
from __future__ import annotations

import pytest

from mail_helpers import run_wl as run
from pop3_server import Pop3Mailbox

MESSAGES = [b"From: bob@example.test\r\nSubject: First\r\n\r\none\r\n",
            b"From: ann@example.test\r\nSubject: Second\r\n\r\ntwo\r\n"]

SESSION_EN = """MySession is emailPOP3Session
MySession.ServerAddress = "127.0.0.1"
MySession.Port = {port}
MySession.Name = "user"
MySession.Password = "secret"
EmailStartSession(MySession)
"""
SESSION_FR = """MaSession est un emailSessionPOP3
MaSession.AdresseServeur = "127.0.0.1"
MaSession.Port = {port}
MaSession.Nom = "utilisateur"
MaSession.MotDePasse = "secret"
EmailOuvreSession(MaSession)
"""
LOOPS_EN = {
    "an Email variable": """MyMessage is Email
EmailReadFirst(MySession, MyMessage)
WHILE NOT MyMessage.Out
    Trace(MyMessage.Subject)
    EmailReadNext(MySession, MyMessage)
END
""",
    "the Email structure": """EmailReadFirst(MySession)
WHILE NOT Email.Out
    Trace(Email.Subject)
    EmailReadNext(MySession)
END
""",
    "FOR EACH": """MyMessage is Email
FOR EACH MyMessage OF MySession
    Trace(MyMessage.Subject)
END
""",
}
LOOPS_FR = {
    "une variable Email": """MonMessage est un Email
EmailLitPremier(MaSession, MonMessage)
TANTQUE PAS MonMessage.EnDehors
    Trace(MonMessage.Sujet)
    EmailLitSuivant(MaSession, MonMessage)
FIN
""",
    "la structure Email": """EmailLitPremier(MaSession)
TANTQUE PAS Email.EnDehors
    Trace(Email.Sujet)
    EmailLitSuivant(MaSession)
FIN
""",
    "POUR TOUT": """MonMessage est un Email
POUR TOUT MonMessage DE MaSession
    Trace(MonMessage.Sujet)
FIN
""",
}


@pytest.mark.parametrize("session,loop,close", [
    *[(SESSION_EN, loop, "EmailCloseSession(MySession)\n") for loop in LOOPS_EN.values()],
    *[(SESSION_FR, loop, "EmailFermeSession(MaSession)\n") for loop in LOOPS_FR.values()],
], ids=[*LOOPS_EN, *LOOPS_FR])
def test_the_pages_reading_loops(mailboxes, session, loop, close) -> None:
    user = "utilisateur" if "MaSession" in session else "user"
    box = mailboxes(Pop3Mailbox(list(MESSAGES), user=user, password="secret"))
    out = run(session.format(port=box.port) + loop + close + 'Trace("closed")\n')
    assert out.splitlines() == ["First", "Second", "closed"]
    assert box.commands[:2] == [f"USER {user}", "PASS ***"]
    assert box.commands[-1] == "QUIT" and len(box.messages) == 2  # read, not deleted


def test_for_each_on_an_imap_session_and_before_the_start(mailboxes) -> None:
    """The same FOR EACH on an emailIMAPSession (INFERRED: the page shows POP3; the IMAP
    session reads with the same functions), and on a session never started: fatal."""
    from imap_server import ImapMailbox
    box = mailboxes(ImapMailbox.with_inbox(*MESSAGES, user="user", password="secret"))
    text = SESSION_EN.replace("emailPOP3Session", "emailIMAPSession").format(port=box.port)
    out = run(text + LOOPS_EN["FOR EACH"] + "EmailCloseSession(MySession)\n")
    assert out.splitlines() == ["First", "Second"]
    with pytest.raises(Exception, match="FOR EACH: the emailPOP3Session 'user' was not "
                                        "started"):
        run('s is emailPOP3Session\ns.Name = "user"\nm is Email\nFOR EACH m OF s\nEND\n')
