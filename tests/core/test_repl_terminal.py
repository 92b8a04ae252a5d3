"""The REPL in a real pseudo-terminal: Ctrl-C stops a running loop and the session's
variables survive; `wl -i script.wl` opens the prompt on the script's state."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pty_helpers import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pseudo-terminals")


def test_ctrl_c_stops_a_loop_and_keeps_the_variables() -> None:
    term = Terminal()
    try:
        term.expect("wl>")
        term.send("n is int = 12345\r")
        term.expect("wl>")
        term.send('LOOP\rn++\rIF n = 20000 THEN Trace("spin" + "ning")\rEND\r')
        term.expect("spinning")  # the loop runs (the echo shows "spin" + "ning")
        term.send("\x03")  # Ctrl-C, through the terminal driver (SIGINT)
        term.expect("error: interrupted (Ctrl-C) in the main code")
        term.expect("wl>")
        term.send('Trace("n=" + (n >= 20000))\r')
        term.expect("n=1")  # n kept the value the loop gave it
        term.expect("wl>")
        term.send("Trace(n - n + 700 + 77)\r")
        term.expect("777")
        term.expect("wl>")  # keys sent before the prompt is back would meet a cooked tty
        term.send("\x04")  # Ctrl-D leaves
    finally:
        code = term.close()
    assert code == 0


def test_ctrl_c_at_the_prompt_clears_the_line() -> None:
    term = Terminal()
    try:
        term.expect("wl>")
        term.send("Trace(4")
        term.send("\x03")
        term.expect("wl>")
        term.send("Trace(50 + 5)\r")
        term.expect("55")
        term.expect("wl>")
        term.send(".quit\r")
    finally:
        code = term.close()
    assert code == 0


def test_dash_i_opens_the_prompt_on_the_script_state(tmp_path: Path) -> None:
    script = tmp_path / "setup.wl"
    script.write_text("k is int = 700\nPROCEDURE Plus(x)\nRESULT x + k\n", encoding="utf-8")
    term = Terminal("-i", str(script))
    try:
        term.expect("wl>")
        term.send("Plus(77)\r")
        term.expect("777")
        term.expect("wl>")  # keys sent before the prompt is back would meet a cooked tty
        term.send("\x04")
    finally:
        code = term.close()
    assert code == 0


def test_capture_on_a_terminal_captures_the_prompt_s_mail(tmp_path: Path) -> None:
    """`wl --capture DIR` alone on a terminal opens the prompt with the capture server
    running (the option was accepted and ignored: the mail went to the real server) and
    lists what it captured when the session ends (tests/mailbox/test_mailbox_repl_capture.py
    for the piped forms)."""
    term = Terminal("--capture", "outbox", cwd=str(tmp_path))
    try:
        term.expect("wl>")
        term.send('EmailStartSMTPSession("u@example.org", "", "smtp.example.com")\r')
        term.expect("wl>")
        term.send('EmailReset() ; Email.Sender = "u@example.org" ; '
                  'Email.Recipient[1] = "ann@example.org" ; Email.Subject = "pty"\r')
        term.expect("wl>")
        term.send('Trace("sent=" + EmailSendMessage("u@example.org"))\r')
        term.expect("sent=1")
        term.expect("wl>")
        term.send("\x04")
        term.expect('captured ')
    finally:
        code = term.close()
    assert code == 0
    assert len(list((tmp_path / "outbox" / "new").iterdir())) == 1
