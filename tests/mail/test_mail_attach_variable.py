"""`emailAttach` / `emailAttache` variables (tests/mail): an attachment built in memory
and added to a message's Attach array is sent with its name and content. It was an
unknown type (a variant): the message went without it (docs/email.md, "Attachments")."""
from __future__ import annotations

import io
from email import message_from_bytes, policy

from wlinterp.engine import run_source

_EN = '''
session is emailSMTPSession
session.ServerAddress = "127.0.0.1"
session.Port = {port}
IF NOT EmailStartSession(session) THEN Trace("no session")
att is emailAttach
att.Name = "report.txt"
att.Content = "sync done" + CR + "3 tables"
msg is Email
msg.Sender = "robot@example.com"
Add(msg.Recipient, "ops@example.com")
msg.Subject = "Report"
msg.Message = "See the attachment."
Add(msg.Attach, att)
Trace(msg.Attach[1]..Name, ArrayCount(msg.Attach))
Trace(EmailSendMessage(session, msg))
EmailCloseSession(session)
'''

_FR = '''
MaSession est une emailSessionSMTP
MaSession..AdresseServeur = "127.0.0.1"
MaSession..Port = {port}
EmailOuvreSession(MaSession)
pj est un emailAttache
pj..Nom = "résumé.csv"
pj..Contenu = "clé;valeur" + RC + "é;1"
MonMessage est un Email
MonMessage.Expéditeur = "robot@exemple.fr"
Ajoute(MonMessage.Destinataire, "compta@exemple.fr")
MonMessage.Sujet = "Résumé"
MonMessage.Message = "Ci-joint."
TableauAjoute(MonMessage.Attache, pj)
Trace(EmailEnvoieMessage(MaSession, MonMessage))
EmailFermeSession(MaSession)
'''


def _send(text: str, smtp_server) -> tuple[str, object]:
    server = smtp_server()
    out, err = io.StringIO(), io.StringIO()
    run_source(text.format(port=server.port), "attach.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue(), message_from_bytes(server.messages[0].data, policy=policy.default)


def test_an_attachment_variable_is_sent(smtp_server) -> None:
    out, msg = _send(_EN, smtp_server)
    assert out == "report.txt, 1\n1\n"
    body, attachment = msg.iter_parts()
    assert body.get_content().strip() == "See the attachment."
    assert attachment.get_filename() == "report.txt"
    assert attachment.get_payload(decode=True) == b"sync done\r\n3 tables"


def test_une_piece_jointe_en_memoire_en_francais(smtp_server) -> None:
    """A text of characters up to U+00FF is sent one byte each, as a Buffer holds it."""
    out, msg = _send(_FR, smtp_server)
    assert out == "1\n"
    _, attachment = msg.iter_parts()
    assert attachment.get_filename() == "résumé.csv"
    assert attachment.get_payload(decode=True) == "clé;valeur\r\né;1".encode("latin-1")


def test_a_unicode_string_content_is_sent_as_its_utf16_bytes(smtp_server) -> None:
    """Its bytes are those every built-in reads (runtime/value_bytes.py `to_bytes`): a UNICODE
    string's are UTF-16, as BufferToHexa shows them; a plain text ANSI writes is its
    Windows-1252 bytes ("€" is 0x80), another one ("日本") UTF-8."""
    text = _EN.replace('att.Content = "sync done" + CR + "3 tables"',
                       'u is UNICODE string = "Zürich €"\natt.Content = u')
    _, msg = _send(text, smtp_server)
    _, attachment = msg.iter_parts()
    assert attachment.get_payload(decode=True) == "Zürich €".encode("utf-16-le")
    _, msg = _send(text.replace("u is UNICODE string", "u is string"), smtp_server)
    _, attachment = msg.iter_parts()
    assert attachment.get_payload(decode=True) == "Zürich €".encode("cp1252")
    _, msg = _send(text.replace("u is UNICODE string = \"Zürich €\"",
                                "u is string = \"Zürich 日本\""), smtp_server)
    _, attachment = msg.iter_parts()
    assert attachment.get_payload(decode=True) == "Zürich 日本".encode("utf-8")


def _built(code: str) -> list[str]:
    out = io.StringIO()
    run_source(code, "ctype.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


_CTYPE = '''m is Email
m.Sender = "a@example.org"
m.Recipient[1] = "b@example.org"
att is emailAttach
att.Name = "{name}"
att.Content = "x"
att.ContentType = {ctype}
m.Attach[1] = att
Trace(EmailBuildSource(m), ErrorInfo())
Trace(m.Source)
'''


def test_an_attachment_is_sent_with_the_content_type_given() -> None:
    """ContentType / TypeContenu was kept and not sent (the name's extension chose):
    `att.ContentType = "application/pdf"` for a name without an extension went as
    application/octet-stream. A given type is sent, any case as written read lower."""
    lines = _built(_CTYPE.format(name="invoice-2026", ctype='"Application/PDF"'))
    assert lines[0] == "1, " and "Content-Type: application/pdf" in lines, lines
    lines = _built(_CTYPE.replace("att.ContentType", "att.TypeContenu").format(
        name="b.txt", ctype='""'))
    assert lines[0] == "1, " and "Content-Type: text/plain" in lines, lines


def test_a_content_type_with_parameters_is_sent_with_them() -> None:
    """`text/calendar; method=REQUEST` (an invitation mail clients show as one): the
    parameters go with the type, the type read lower, the values as written (decided,
    RFC 2045 5.1; it was refused as "no MIME type")."""
    lines = _built(_CTYPE.format(name="invite.ics",
                                 ctype='"Text/Calendar; method=REQUEST;charset=UTF-8;"'))
    assert lines[0] == "1, " and \
        'Content-Type: text/calendar; method="REQUEST"; charset="UTF-8"' in lines, lines
    lines = _built(_CTYPE.format(name="a.txt", ctype='"text/plain; name=""x; y.txt"""'))
    assert lines[0] == "1, " and 'Content-Type: text/plain; name="x; y.txt"' in lines, lines


def test_a_content_type_that_is_no_mime_type_refuses_the_message() -> None:
    """A line break (a header of the caller's choosing) or any text that is no
    type/subtype: the message is refused in words, nothing built."""
    for ctype in ('"text/plain" + CR + "Bcc: e@example.org"', '"pdf"', '"text/plain; x"',
                  '"text/plain; x=a b"', '"text/plain;" + CR + " x=1"',
                  '"text/plain; x=""a" + LF + "b"""'):
        lines = _built(_CTYPE.format(name="a.txt", ctype=ctype))
        assert lines[0].startswith("0, EmailBuildSource: the Email variable's Attach[1]: the "
                                   "ContentType '") and "is no MIME type" in lines[0], lines
        assert lines[1:] == [""], lines  # (no source built)
