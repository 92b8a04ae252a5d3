"""EmailStatus's table of sends (wlinterp/mail/statuses.py; issue 8, area F): bounded and
linear. Each send of one message looked for its `id#n` from 1 up, so n sends of it cost
n^2/2 lookups, and the table kept every status of the run for ever. Now the `#n` is
found at once and only the most recent finished sends are kept (KEPT_STATUSES), never a
pending one nor a queued failure its session's close has not reported (docs/email.md,
"EmailStatus")."""
from __future__ import annotations

import time
from types import SimpleNamespace

from mail_helpers import USER, fill_email, wait_until
from wlinterp.mail.statuses import KEPT_STATUSES, Record, Status, StatusTable
from stdlib.email_sessions import smtp_state

SYNC = SimpleNamespace(asynchronous=False)  # what the table reads of a session


def test_n_sends_of_one_message_cost_linear_time_and_bounded_room() -> None:
    table = StatusTable()
    table.kept, sends = 1000, 20_000  # 20,000 sends were 2e8 lookups: tens of seconds
    began = time.monotonic()
    ids = []
    for _ in range(sends):
        ids.append(table.add("<same@example.test>", Record(Status.PENDING, SYNC, [])))
        table.update(ids[-1], Status.SENT)
    assert time.monotonic() - began < 10
    assert ids[:3] == ["<same@example.test>", "<same@example.test>#2", "<same@example.test>#3"]
    assert ids[-1] == f"<same@example.test>#{sends}"
    assert len(table._records) == 1000  # the oldest finished were forgotten
    assert table.get(ids[0]) is None and table.get(ids[-1000]) is not None
    # a later send never takes a forgotten send's identifier while the message is known
    assert table.add("<same@example.test>", Record(Status.PENDING, SYNC, [])) == \
        f"<same@example.test>#{sends + 1}"
    assert KEPT_STATUSES == StatusTable().kept == 10_000


def test_a_message_id_ending_in_a_count_keeps_its_own_status() -> None:
    """A repeat's count was written `id#2`, which is also a Message-ID of its own
    (`<id#2>`: `#` may stand in one): EmailStatus of that other message's id answered
    with the first message's second send, in either order of sending, and once the
    other message was forgotten its id was given to the repeat. The count now stands
    outside the brackets (`<id>#2`), where no Message-ID reaches."""
    for other_first in (False, True):
        table = StatusTable()
        table.kept = 1
        other = table.add("<x@h#2>", Record(Status.PENDING, SYNC, ["other"])) \
            if other_first else ""
        first = table.add("<x@h>", Record(Status.PENDING, SYNC, ["first"]))
        again = table.add("<x@h>", Record(Status.PENDING, SYNC, ["again"]))
        other = other or table.add("<x@h#2>", Record(Status.PENDING, SYNC, ["other"]))
        assert (first, again, other) == ("<x@h>", "<x@h>#2", "<x@h#2>")
        assert [table.get(i).rcpts for i in (first, again, other, "x@h#2")] == \
            [["first"], ["again"], ["other"], ["other"]]  # type: ignore[union-attr]
    table = StatusTable()
    table.kept = 1
    table.update(table.add("<x@h#2>", Record(Status.PENDING, SYNC, [])), Status.SENT)
    table.update(table.add("<y@h>", Record(Status.PENDING, SYNC, [])), Status.SENT)
    table.add("<x@h>", Record(Status.PENDING, SYNC, []))  # <x@h#2> is forgotten now
    assert table.add("<x@h>", Record(Status.PENDING, SYNC, [])) == "<x@h>#2"
    assert table.get("<x@h#2>") is None


def test_pending_sends_are_never_forgotten() -> None:
    table = StatusTable()
    table.kept = 2
    pending = [table.add(f"<p{i}@x>", Record(Status.PENDING, SYNC, [])) for i in range(5)]
    for i in range(5):
        table.update(table.add(f"<s{i}@x>", Record(Status.PENDING, SYNC, [])), Status.SENT)
    assert all(table.get(i) is not None for i in pending)
    assert [table.get(f"<s{i}@x>") is not None for i in range(5)] == [False] * 3 + [True] * 2


def test_old_statuses_are_forgotten_with_a_clear_error(smtp_server, wl) -> None:
    server = smtp_server()
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port) is True
    smtp_state(w.rt).statuses.kept = 3
    ids = []
    for i in range(5):
        fill_email(w, subject=f"n{i}")
        assert w("EmailSendMessage", USER) is True, w.error
        ids.append(w.email.wl_get("mailidentifier"))
    assert [w("EmailStatus", i) == w.const("emailSent") for i in ids] == \
        [False, False, True, True, True]
    w("EmailStatus", ids[0])
    assert w.error == (True, f"EmailStatus: no message sent in this run has the identifier "
                             f"'{ids[0]}' (the statuses of the 3 most recent finished sends "
                             "are kept).")
    assert len(server.messages) == 5


def test_queued_failures_are_kept_until_their_close_reports_them(smtp_server, wl) -> None:
    """Forgetting an asynchronous send's failure before the close would lose it
    silently: the close reports every one, however many sends came after."""
    server = smtp_server()
    server.rcpt_replies["bad@example.test"] = "550 5.1.1 Unknown user"
    w = wl()
    assert w("EmailStartSMTPSession", USER, "127.0.0.1", server.port, True) is True
    smtp_state(w.rt).statuses.kept = 2
    ids = []
    for rcpt in ["bad@example.test"] * 4 + [f"u{i}@example.test" for i in range(4)]:
        fill_email(w, to=(rcpt,))
        assert w("EmailSendMessage", USER) is True
        ids.append(w.email.wl_get("mailidentifier"))
    assert wait_until(lambda: w("EmailStatus", ids[-1]) != w.const("emailPending"))
    assert wait_until(lambda: all(w("EmailStatus", i) == w.const("emailError")
                                  for i in ids[:4]))
    assert w("EmailCloseSession", USER) is False
    assert w.error[1].startswith(f"4 queued message(s) of the e-mail session '{USER}' "
                                 "failed"), w.error
    assert len(w.stderr.splitlines()) == 4
