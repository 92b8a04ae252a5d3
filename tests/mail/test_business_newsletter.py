"""Business code as WINDEV developers write it (issue 8, NET, method b): a monthly
newsletter sent to 200 subscribers in a loop over one SMTP session, each failure kept
with its address (tests/mail/business/lettre_information.wl in French: CONSTANTE block,
`POUR i = 1 _À_ n`, ChaîneConstruit, `..Occurrence`, `POUR TOUT valeur, indice DE`, a
result array passed to a procedure, EmailRAZ and the Email structure in the loop; and its
English twin newsletter.wl). Run against the loopback aiosmtpd server the session's host
is routed to, refusing one recipient for good (550) and one for now (452); one address
has no '@'. Nothing may be lost silently: every subscriber is either received by the
server or named in the failures, with the server's words, and the address without '@' by
the member as the script writes it (Email.Destinataire[1] in French)."""
from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
COUNT = 200


@pytest.mark.parametrize("name, host, placeholder, local, refused, no_at, full, said, member", [
    ("lettre_information.wl", "smtp.monentreprise.fr", "{nombre}", "abonne@exemple.fr",
     "refuse17@exemple.fr", "adresse sans arobase", "plein99@exemple.fr",
     "197 envoyé(s) sur 200, 3 échec(s)", "EmailEnvoieMessage: Email.Destinataire[1]"),
    ("newsletter.wl", "smtp.mycompany.com", "{count}", "subscriber@example.com",
     "refused17@example.com", "address without at sign", "full99@example.com",
     "197 sent of 200, 3 failure(s)", "EmailSendMessage: Email.Recipient[1]"),
], ids=["fr", "en"])
def test_a_newsletter_reports_each_recipient_it_could_not_reach(
        smtp_server, name: str, host: str, placeholder: str, local: str, refused: str,
        no_at: str, full: str, said: str, member: str) -> None:
    server = smtp_server()
    server.rcpt_replies = {refused: "550 5.1.1 No such user", full: "452 4.2.2 Mailbox full"}
    code = (BUSINESS / name).read_text(encoding="utf-8").replace(placeholder, str(COUNT))
    out, err = io.StringIO(), io.StringIO()
    run_source(code, name, stdout=out, stderr=err,
               options={"smtp_routes": {f"{host}:25": ("127.0.0.1", server.port)}})
    lines = out.getvalue().splitlines()
    assert err.getvalue() == "" and lines[0] == said and len(lines) == 4
    assert lines[1].startswith(f"{refused} -> SMTP server {host}:25 (routed to 127.0.0.1:")
    assert "(550 5.1.1 No such user); the message was not sent." in lines[1]
    assert lines[2].startswith(f"{no_at} -> {member} ")  # the member as the script
    # writes it: a French script's bad address was "Email.Recipient[1]"
    assert lines[2].endswith(f"'{no_at}' is not an e-mail address (no '@').")
    assert lines[3].startswith(f"{full} -> ") and "(452 4.2.2 Mailbox full)" in lines[3]
    received = [m.rcpt_tos for m in server.messages]
    expected = [[local.replace("@", f"{i}@")] for i in range(1, COUNT + 1) if i not in (17, 42, 99)]
    assert received == expected  # each once, in order: none lost, none sent twice
    last = message_from_bytes(server.messages[-1].data, policy=policy.default)
    assert last["From"].addresses[0].display_name == "Société Dupont & Fils"
    assert str(COUNT) in last.get_content()  # the loop's index reached the body


def test_a_refused_recipient_fills_the_message_error_member(smtp_server) -> None:
    """Email.Erreur / Email.Error (?3032029) holds the server's refusal as ErrorInfo words
    it (without the function's name), so code that logs `Email.Erreur` after a failed
    send logs why; it was always ""."""
    server = smtp_server()
    server.rcpt_replies = {"refuse@exemple.fr": "550 5.1.1 No such user"}
    code = """SI EmailOuvreSessionSMTP("lettre", "smtp.monentreprise.fr", 25) ALORS
    Email.Expéditeur = "lettre@monentreprise.fr"
    Email.Destinataire[1] = "refuse@exemple.fr"
    Trace(EmailEnvoieMessage("lettre"))
    Trace(Email.Erreur)
    Trace(ErreurInfo(errMessage) = Email.Erreur)
    EmailFermeSession("lettre")
FIN
"""
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "erreur.wl", stdout=out, stderr=err,
               options={"smtp_routes": {"smtp.monentreprise.fr:25": ("127.0.0.1", server.port)}})
    sent, error, same = out.getvalue().splitlines()
    assert (sent, same, err.getvalue(), server.messages) == ("0", "1", "", [])
    assert error.startswith("SMTP server smtp.monentreprise.fr:25 (routed to 127.0.0.1:")
    assert error.endswith("<refuse@exemple.fr> (550 5.1.1 No such user); the message was not sent.")
