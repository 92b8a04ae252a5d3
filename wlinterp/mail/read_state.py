"""The run's table of POP3 and IMAP sessions (reading.py's ReadingSession): the open ones,
those whose start failed and why, those closed; ending a session the script left open (on
reopening its name, at the end of the run, each in a thread of its own, awaited with the
run's other goodbyes), and saying a close no call returns when it leaves deleted messages
on the server (never lost silently).
"""
from __future__ import annotations

__all__ = ["ReadState", "reading_state"]

import threading
import time
from typing import Any, Callable, Hashable

from ..goodbyes import GOODBYE_WAIT, Farewells, per_run
from .reading import ReadError, ReadingSession


class ReadState:
    """The run's reading sessions, by session key (stdlib/email_sessions.py `session_key`): open
    ones, those whose start failed (why), those closed (closing again does nothing)."""

    def __init__(self, report: Callable[[str], None] | None = None) -> None:
        self.sessions: dict[Hashable, ReadingSession] = {}
        self.failed_starts: dict[Hashable, str] = {}
        self.closed: set[Hashable] = set()
        self.report = report
        """Where a failure no script call can return goes (the run's stderr)."""

    def end(self, key: Hashable, when: str) -> None:
        """Close the session `key` that the script did not close itself (`when`: at the
        end of the run, or on reopening its name). No call returns this close's
        failure, so one that leaves deleted messages on the server is written to stderr
        (never lost silently); one that loses nothing stays quiet."""
        session = self.sessions.pop(key)
        try:
            session.close()
        except ReadError as err:
            self._failed(session, when, err.message)

    def _failed(self, session: ReadingSession, when: str, why: str) -> None:
        """The report of a close no call returns: written when deleted messages may be
        left on the server, quiet when nothing is lost."""
        if getattr(session, "deleted", None) and self.report is not None:
            self.report(f"Email: closing the session '{session.label}' {when} failed: {why}")

    def shutdown(self, farewells: Farewells) -> None:
        """End of run: end every session still open (deletions committed, as a close), all
        at once, each in a thread of its own, awaited with the run's other goodbyes
        (goodbyes.Farewells), GOODBYE_WAIT at most for all, as SMTP's, FTP's and the
        WebSockets': each awaited its answers under its step's deadline, and a server
        silent after QUIT or LOGOUT held the end of the run that long (600 s by default).
        A session not ended by then is dropped; one that had deleted messages says they
        may not have been removed (never lost silently). A failure is raised, as before."""
        sessions = [(key, self.sessions.pop(key)) for key in list(self.sessions)]
        errors: dict[Hashable, str] = {}
        failures: list[BaseException] = []

        def end(key: Hashable, session: ReadingSession) -> None:
            try:
                session.close()
            except ReadError as err:
                errors[key] = err.message
            except BaseException as exc:  # raised below, as it was
                failures.append(exc)
        enders = [threading.Thread(target=end, args=pair, daemon=True,
                                   name="wl-mail-read-close") for pair in sessions]
        for ender in enders:
            ender.start()

        def ended(ends: float) -> None:
            """The threads joined until `ends`; what each left reported."""
            for ender in enders:
                ender.join(max(0.0, ends - time.monotonic()))
            self._report_ends(sessions, enders, errors)
            if failures:
                raise failures[0]
        if sessions:
            farewells.wait_also(ended)

    def _report_ends(self, sessions: list[tuple[Hashable, ReadingSession]],
                     enders: list[threading.Thread], errors: dict[Hashable, str]) -> None:
        """After the wait: a session still ending is dropped, and said when it leaves
        deleted messages on the server, as a failed close is."""
        for (key, session), ender in zip(sessions, enders):
            if ender.is_alive():
                _drop(session)
                deleted = len(getattr(session, "deleted", ()))
                self._failed(session, "at the end of the run", "the server did not answer "
                             f"within {GOODBYE_WAIT:g} s, so the {deleted} message(s) "
                             "deleted in this session may not have been removed from the "
                             "server")
            elif key in errors:
                self._failed(session, "at the end of the run", errors[key])


def _drop(session: ReadingSession) -> None:
    """The connection of a session whose close is given up shut down, so that its
    thread's blocked read returns now (the thread is not waited for)."""
    try:
        session._shut_socket()
    except OSError:
        pass


def reading_state(rt: Any) -> ReadState:
    """The run's ReadState, created (with its at-exit close) on first use."""
    return per_run(rt, "email_read", lambda: ReadState(rt.write_err), ReadState.shutdown)
