"""Email family: EmailSend (French EmailEnvoie), sending a message whose source the
script wrote itself, such as a .eml file EmailBuildSource's `Source` was saved to.

?1000017225 (EmailBuildSource, VERIFIED) names the function: "The email can be sent by
EmailSend"; its own page (?3032003, VERIFIED) gives the form (the session's user name,
then the file holding the message) and its example. The envelope taken from the Email
structure is INFERRED; the French name EmailEnvoie from EmailSendMessage/EmailEnvoieMessage
(docs/builtins.md, "Email: EmailSend and the last names"). Same convention as
EmailSendMessage: True, or False with ErrorInfo; the id goes to Email.MailIdentifier for
EmailStatus.
"""
from __future__ import annotations

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, TextArg
from .strings import text_arg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from wlinterp.mail.objects import email_structure

from .email import submit
from .email_sessions import find_session
from .paths import native_path

family = Family("Email (sending a source)")


@family.function("EmailSend", "EmailEnvoie", can_fail=True)
def email_send(rt: Runtime, session: object, file: TextArg) -> bool:
    """EmailSend(session, file): send the message the file holds, as it is, to the
    sender and recipients of the Email structure (the envelope); a synchronous session
    sends now, an asynchronous one queues (EmailStatus follows it)."""
    fname = "EmailSend"
    shown = text_arg(file, fname)
    target = find_session(rt, session, fname)
    email = rt.variable("Email", email_structure)
    try:
        with open(native_path(shown), "rb") as fh:
            source = fh.read()
    except (OSError, ValueError) as exc:
        email.set_identifier("")
        raise BuiltinFailure(f"{fname}: cannot read the message file '{shown}' "
                             f"({getattr(exc, 'strerror', None) or exc}).") from None
    from wlinterp.mail.raw_source import prepare_source
    label = f"the message file '{shown}'"
    return submit(email, target,
                  lambda: prepare_source(email.outgoing(), source, label, target.smtputf8), fname)
