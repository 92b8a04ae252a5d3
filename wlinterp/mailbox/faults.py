"""Fault injection for the capture mailbox: parse ``PHASE=REPLY`` specs.

Scripts must be tested on their error paths too (a refused recipient, a full
mailbox, a server that hangs up), as Mailpit's "chaos" mode and Postfix's
``smtp-sink`` allow. A spec names the SMTP phase to break and what the capture
server answers there instead of the normal reply:

``RCPT=550``               every RCPT TO gets ``550 ...``
``RCPT:bob@example.org=550`` only that recipient is refused (partial refusal)
``DATA=451 Try later``     the DATA command gets ``451 Try later``
``DOT=554``                the reply after the final dot (message received, not stored)
``AUTH=535``  ``MAIL=421``  ``EHLO=554``  ``STARTTLS=454``
``CONNECT=refuse``         nothing listens: the connection is refused
``CONNECT=421``            the greeting is ``421 ...`` and the server hangs up
``PHASE=close``            the server drops the connection without replying

A ``421`` reply always closes the connection afterwards, as RFC 5321 says a
server does when it answers 421.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from ..digits import ascii_digits

__all__ = ["PHASES", "Fault", "FaultPlan", "FaultSpecError", "FaultReply", "parse_faults"]

# Phase -> default human text; the text says "injected" so nobody mistakes it
# for a real server problem when it shows up in a script's ErrorInfo.
PHASES: dict[str, str] = {
    "CONNECT": "Service not available",
    "EHLO": "EHLO rejected",
    "STARTTLS": "TLS not available",
    "AUTH": "Authentication credentials invalid",
    "MAIL": "Sender rejected",
    "RCPT": "Recipient rejected",
    "DATA": "DATA command rejected",
    "DOT": "Message rejected after end of data",
}

# Keywords that are not an SMTP reply code.
CLOSE = "close"
REFUSE = "refuse"


class FaultSpecError(ValueError):
    """A ``--capture-fault`` spec that cannot be understood; the message says why."""


class FaultReply(str):
    """A reply line produced by an injected fault.

    A ``str`` subclass so that it can travel through aiosmtpd's normal reply
    path (handler hooks return strings) and still be recognised by the capture
    protocol, which must hang up after it (``close`` and ``421``).
    """

    drop: bool = False

    @classmethod
    def make(cls, text: str, *, drop: bool) -> FaultReply:
        reply = cls(text)
        reply.drop = drop
        return reply


@dataclass(frozen=True)
class Fault:
    """One parsed spec: where it applies and what the server does instead."""

    phase: str
    action: str  # "refuse", "close", or a 3-digit code
    text: str = ""
    address: str | None = None  # only for RCPT:ADDRESS=...

    @property
    def refuses(self) -> bool:
        """True when nothing must listen at all (``CONNECT=refuse``)."""
        return self.action == REFUSE

    def reply(self) -> FaultReply:
        """The reply line to send; empty and dropping for ``close``."""
        if self.action == CLOSE:
            return FaultReply.make("", drop=True)
        text = self.text or f"{PHASES[self.phase]} (injected fault {self.phase}={self.action})"
        return FaultReply.make(f"{self.action} {text}", drop=self.action == "421")

    def spec(self) -> str:
        """The spec written back, for start-up messages."""
        where = f"{self.phase}:{self.address}" if self.address else self.phase
        return f"{where}={self.action}" + (f" {self.text}" if self.text else "")


@dataclass
class FaultPlan:
    """All faults of one capture run, looked up by phase (and recipient)."""

    faults: list[Fault] = field(default_factory=list)

    def for_phase(self, phase: str, address: str | None = None) -> Fault | None:
        """The fault for ``phase``; for RCPT, a per-address fault wins over a general one."""
        general = None
        for fault in self.faults:
            if fault.phase != phase:
                continue
            if fault.address is None:
                general = fault
            elif address is not None and fault.address.casefold() == address.casefold():
                return fault
        return general

    @property
    def refuses_connections(self) -> bool:
        """True for ``CONNECT=refuse``: the listeners are bound but never listen."""
        fault = self.for_phase("CONNECT")
        return fault is not None and fault.refuses

    def describe(self) -> list[str]:
        """One spec per fault, for the start-up banner."""
        return [fault.spec() for fault in self.faults]


def parse_faults(specs: list[str] | None) -> FaultPlan:
    """Parse every spec; reject duplicates so a typo cannot silently win."""
    plan = FaultPlan()
    seen: set[tuple[str, str | None]] = set()
    for spec in specs or []:
        fault = parse_fault(spec)
        where = (fault.phase, fault.address.casefold() if fault.address else None)
        if where in seen:
            raise FaultSpecError(f"capture fault {spec!r}: {fault.phase} is given twice.")
        seen.add(where)
        plan.faults.append(fault)
    return plan


def parse_fault(spec: str) -> Fault:
    """Parse one ``PHASE[:ADDRESS]=REPLY [TEXT]`` spec."""
    where, sep, reply = spec.partition("=")
    if not sep or not where.strip() or not reply.strip():
        raise FaultSpecError(
            f"capture fault {spec!r}: expected PHASE=REPLY, for example RCPT=550 or CONNECT=refuse."
        )
    phase, _, address = where.strip().partition(":")
    phase = phase.upper()
    if phase not in PHASES:
        raise FaultSpecError(
            f"capture fault {spec!r}: unknown phase {phase!r}; use one of {', '.join(PHASES)}."
        )
    if address and phase != "RCPT":
        raise FaultSpecError(f"capture fault {spec!r}: only RCPT takes an address (RCPT:ADDRESS=REPLY).")
    action, _, text = reply.strip().partition(" ")
    return Fault(phase, _check_action(spec, phase, action), _check_text(spec, text.strip()),
                 address.strip() or None)


def _check_action(spec: str, phase: str, action: str) -> str:
    """Accept a 4xx/5xx code, ``close``, or ``refuse`` (CONNECT only)."""
    lowered = action.lower()
    if lowered == REFUSE:
        if phase != "CONNECT":
            raise FaultSpecError(f"capture fault {spec!r}: 'refuse' only applies to CONNECT.")
        return REFUSE
    if lowered == CLOSE:
        return CLOSE
    if len(action) == 3 and ascii_digits(action) and action[0] in "45":
        return action
    raise FaultSpecError(
        f"capture fault {spec!r}: the reply must be a 4xx or 5xx code (like 550), 'close' or, "
        "for CONNECT, 'refuse'."
    )


def _check_text(spec: str, text: str) -> str:
    """Reply text goes on the wire: no control characters may smuggle extra lines."""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise FaultSpecError(f"capture fault {spec!r}: the reply text has a control character.")
    if not text.isascii():
        raise FaultSpecError(f"capture fault {spec!r}: the reply text must be ASCII.")
    return text
