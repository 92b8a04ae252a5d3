"""What reaches the user's terminal and the script (issue 12): no secret, no escape
sequence, no Python value or message."""
from __future__ import annotations

import io
import socket
import threading
from collections.abc import Callable
from typing import Any

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

PASSWORD = "hunter2-Secret"


@pytest.fixture
def wl_cli(wl_here: Callable[..., Any]) -> Callable[..., Any]:
    """`wl` in this process (conftest.wl_here; the REPL reading a pipe in its own): what
    is tested is the text a command prints, not its process."""
    return wl_here


def _out(source: str) -> list[str]:
    out = io.StringIO()
    run_source(source, "safety.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def test_a_fatal_error_on_a_line_with_a_password_does_not_quote_it(wl_cli, script):
    ran = wl_cli("run", script(f'EmailStartSMTPSession("u", "{PASSWORD}", "smtp.example.org", 0, 0, 99)\n'))
    assert ran.code == 1 and "is not an SMTP session option" in ran.err, ran
    assert PASSWORD not in ran.err and '"' + "*" * len(PASSWORD) + '"' in ran.err


def test_the_no_password_form_keeps_its_server_visible(wl_cli, script):
    """EmailStartSMTPSession(user, server, port, async): no password, so the excerpt
    shows the server (the positions come from the built-in's declared forms)."""
    ran = wl_cli("run", script('port is int = 25\n'
                               'EmailStartSMTPSession("u", "127.0.0.1", port, True, 99)\n'))
    assert ran.code == 1 and "is not an SMTP session option" in ran.err, ran
    assert 'EmailStartSMTPSession("u", "127.0.0.1", port, True, 99)' in ran.err, ran


@pytest.mark.parametrize("call", [
    'EmailStartSMTPSession("u", "{pw}", "127.0.0.1", port, True, 99)',
    'emailouvresessionsmtp("u", "{pw}", "127.0.0.1", 25)',
    'EMAILOUVRESESSIONSMTP("u", "{pw}", sServer)',
    'EmailStartPOP3Session("u", "{pw}", "pop.example.org")',
    'EmailOuvreSession("u", "{pw}", "pop.example.org")',
    'x = Crypte("data", "{pw}")',
    'HOuvre("CLIENT", "{pw}")',
    'sMdp est une chaîne = "{pw}"',
    's.MotDePasse = "{pw}"',
    'ConnecteBase("u", "{pw}")',
])
def test_every_form_of_a_password_is_masked_and_nothing_else(call):
    from wlinterp.secret_args import masked_line
    line = call.format(pw=PASSWORD)
    shown = masked_line(line)
    assert PASSWORD not in shown and "*" * len(PASSWORD) in shown, shown
    assert len(shown) == len(line)
    if "(" in line and not line.startswith("Connecte"):  # a built-in: only the password
        assert shown.count("*") == len(PASSWORD), shown


def test_the_no_password_forms_mask_nothing():
    from wlinterp.secret_args import masked_line
    for line in ['IF EmailStartSMTPSession("u", "127.0.0.1", port, True) THEN',
                 'EmailOuvreSessionSMTP("u", "smtp.example.org", 587)',
                 'EmailStartSMTPSession("u", "smtp.example.org")']:
        assert masked_line(line) == line


def test_a_fatal_error_on_an_ordinary_line_still_quotes_it(wl_cli, script):
    ran = wl_cli("run", script('s is string = "visible"\nx = 1 / 0 + Length("visible")\n'))
    assert ran.code == 1 and 'Length("visible")' in ran.err, ran


_HOSTILE = b"\x1b]0;pwned\x07\x1b[31mno for " + PASSWORD.encode() + b"\x1b[0m"


def _echoing(at: bytes):
    """A server that accepts AUTH, then refuses MAIL (`at` b"MAIL") or the message after its
    final dot (b"DATA") quoting the password inside terminal escape sequences."""
    def serve(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 echo.test ESMTP\r\n")
        while (line := read_command(conn, stop)):
            verb = line[:4].upper()
            if verb == b"EHLO":
                conn.sendall(b"250-echo.test\r\n250 AUTH PLAIN\r\n")
            elif verb == b"AUTH":
                conn.sendall(b"235 ok\r\n")
            elif verb == at == b"MAIL":
                conn.sendall(b"550 " + _HOSTILE + b"\r\n")
            elif verb == at == b"DATA":
                conn.sendall(b"354 go\r\n")
                while (line := read_command(conn, stop)) and line != b".\r\n":
                    pass
                conn.sendall(b"554 " + _HOSTILE + b"\r\n")
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")
    return serve


def test_server_replies_are_masked_and_escaped_in_errorinfo():
    server = RawServer(_echoing(b"MAIL"))
    try:
        lines = _out(f'''EmailSetTimeOut(30)
EmailStartSMTPSession("u", "{PASSWORD}", "127.0.0.1", {server.port})
Email.Sender = "a@example.org"
Email.Recipient[1] = "b@example.org"
Email.Message = "x"
Trace(EmailSendMessage("u"))
Trace(ErrorInfo())
EmailCloseSession("u")
''')
    finally:
        server.close()
    assert lines[0] == "0", lines
    assert PASSWORD not in lines[1] and "***" in lines[1], lines
    assert "\x1b" not in lines[1] and "\x07" not in lines[1] and "\\x1b" in lines[1], lines


def test_the_async_report_masks_and_escapes_the_reply_after_the_dot(wl_cli, script):
    """The report of a queued message (asynchronous session) goes to the terminal."""
    server = RawServer(_echoing(b"DATA"))
    try:
        ran = wl_cli("run", script(f'''EmailStartSMTPSession("u", "{PASSWORD}", "127.0.0.1", {server.port}, True)
Email.Sender = "a@example.org"
Email.Recipient[1] = "b@example.org"
Email.Message = "x"
EmailSendMessage("u")
'''))
    finally:
        server.close()
    assert "was not sent" in ran.err and "replied 554" in ran.err, ran
    assert PASSWORD not in ran.err and "***" in ran.err, ran
    assert "\x1b" not in ran.err and "\x07" not in ran.err and "\\x1b]0;pwned" in ran.err, ran


def test_a_negative_number_to_a_fractional_power_is_a_wlanguage_error():
    lines = _out('WHEN EXCEPTION IN\n x = (-8) ^ 0.5\nDO\n Trace(ExceptionInfo())\nEND\n'
                 'Trace((-8) ^ 2)\n')
    assert lines == ["Invalid numeric operation: a negative number raised to a fractional "
                     "power has no real value.", "64"]


@pytest.mark.parametrize("call, failed", [
    ('fLoadText("a" + Charact(0) + "b")', ""),
    ('fLoadText("a" + Charact(0xD800))', ""),
    ('fSaveText("a" + Charact(0) + "b", "x")', "0"),
    ('fSaveText("a" + Charact(0xD800), "x")', "0"),
    ('fDelete("a" + Charact(0))', "0"),
])
def test_impossible_file_names_are_ordinary_file_errors(wl_cli, script, call, failed):
    ran = wl_cli("run", "-w", script(f"r = {call}\nTrace(\"[\" + r + \"]\")\nTrace(ErrorOccurred)\n"
                                     "Trace(ErrorInfo())\n"))
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert lines[0] == f"[{failed}]" and lines[1] == "1", ran
    assert "invalid path" in lines[2], ran


def test_a_linked_wl_tls_folder_at_capture_start_is_a_one_line_error(wl_cli, script, tmp_path):
    box = tmp_path / "box"
    for part in ("tmp", "new", "cur", "wl-index"):
        (box / part).mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (box / "wl-tls").symlink_to(tmp_path / "elsewhere")
    ran = wl_cli("run", "--capture", str(box), script('Trace("never")\n'))
    assert ran.code in (1, 2) and ran.out == "", ran
    assert ran.err.count("\n") == 1 and ran.err.startswith("wl: error: cannot capture into"), ran
    assert list((tmp_path / "elsewhere").iterdir()) == []


@pytest.mark.parametrize("command", ["run", "check"])
def test_control_characters_of_the_source_never_reach_the_terminal(wl_cli, script, command):
    """Found by hand (issue 12's fuzzing step): the excerpt under an error quoted the source
    line raw, so code from elsewhere could send escape sequences to the terminal (or reorder
    the line with a bidirectional override). They are shown one for one, caret still right."""
    ran = wl_cli(command, script('s is string = "\x1b]0;pwned\x07\x1b[2J" + \x85 )\n'))
    assert ran.code == 65, ran
    shown = ran.err + ran.out  # `wl check` reports on stdout or stderr by its options
    assert not any(c in shown for c in "\x1b\x07\x85"), ran
    quoted, caret = shown.splitlines()[1:3]
    assert "\u241b]0;pwned\u2407\u241b[2J" in quoted, ran
    assert quoted[caret.index("^")] == "\ufffd", (quoted, caret)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_wl_check_does_not_quote_a_password_either(wl_cli, script, fmt):
    """`wl check` output lands in CI logs: a diagnostic on a line that passes a password
    shows it as stars, in the text excerpt and in the JSON `source_line` (same length)."""
    path = script(f'EmailStartSMTPSession(sUndeclared, "{PASSWORD}", "smtp.example.org")\n')
    ran = wl_cli("check", "--format", fmt, path)
    assert "sUndeclared" in ran.out + ran.err, ran
    assert PASSWORD not in ran.out + ran.err, ran
    stars = "*" * len(PASSWORD)
    assert (f'"{stars}"' if fmt == "text" else f'\\"{stars}\\"') in ran.out + ran.err, ran


def test_a_wrong_call_masks_only_where_a_secret_could_be():
    """A call that fits none of its built-in's forms hides only the literals at a password
    position of one of its forms: a wrong `Length("a", "b")` stays readable, a wrong
    EmailStartSMTPSession hides its password, not its user nor its server (it hid every
    literal of the call: docs/security.md #105)."""
    from wlinterp.secret_args import masked_line
    assert masked_line('n = Length("visible", "too many")') == 'n = Length("visible", "too many")'
    assert masked_line('n = Taille("visible", "trop")') == 'n = Taille("visible", "trop")'
    stars = '"' + "*" * len(PASSWORD) + '"'
    wrong = masked_line(f'EmailStartSMTPSession("u", "{PASSWORD}", "s", 25, 0, 0, 0, 0, 0)')
    assert wrong == f'EmailStartSMTPSession("u", {stars}, "s", 25, 0, 0, 0, 0, 0)', wrong
    assert masked_line('x = Crypt("plain text")') == 'x = Crypt("plain text")'


@pytest.mark.parametrize("line, shown", [
    ('n is int = FTPConnect("ftp.example.com", "anna", "{pw}", 21, True, 5, "key", "{pw}", 9)',
     'FTPConnect("ftp.example.com", "anna", "{st}", 21, True, 5, "***", "{st}", 9)'),
    ('n est un entier = FTPConnecte("ftp.exemple.fr", "anna", "{pw}", 21, Vrai, 5, "cle", '
     '"{pw}", 9)',
     'FTPConnecte("ftp.exemple.fr", "anna", "{st}", 21, Vrai, 5, "***", "{st}", 9)'),
    ('s is string = Crypt("plain text", "{pw}", cryptNone, encodeNone, 7)',
     'Crypt("plain text", "{st}", cryptNone, encodeNone, 7)'),
    ('s est une chaîne = Crypte("texte clair", "{pw}", crypteAucun, encodeAucun, 7)',
     'Crypte("texte clair", "{st}", crypteAucun, encodeAucun, 7)'),
])
def test_a_call_with_too_many_arguments_shows_what_is_no_secret(wl_cli, script, line, shown):
    """`wl check`'s WL104 on a built-in called with the wrong count: the excerpt starred
    every literal of the call (the server, the user, the text to crypt); only the
    arguments at a password position of one of its forms are secrets (FTPConnect's
    private key and its password too)."""
    ran = wl_cli("check", script(line.format(pw=PASSWORD) + "\nTrace(n)\n"))
    out = ran.out + ran.err
    assert "WL104" in out and PASSWORD not in out, ran
    assert shown.format(st="*" * len(PASSWORD)) in out, ran


@pytest.mark.parametrize("line", [
    'n is int = FTPConnect("ftp.example.com", "anna", "{pw}", "port21")',
    'n est un entier = FTPConnecte("ftp.exemple.fr", "anna", "{pw}", "port21")',
])
def test_an_argument_of_the_wrong_kind_masks_only_the_password(wl_cli, script, line):
    """A text where a number is wanted (WL206) made the call fit none of its forms, and
    `wl check` starred every literal of the line (the server, the user): the count still
    fits a form, whose positions say where the password is."""
    ran = wl_cli("check", script(line.format(pw=PASSWORD) + "\nTrace(n)\n"))
    shown = ran.out + ran.err
    assert "WL206" in shown and PASSWORD not in shown, ran
    assert '"anna", "' + "*" * len(PASSWORD) + '", "port21")' in shown, ran
    assert '("ftp.ex' in shown, ran


@pytest.mark.parametrize("command", ["run", "check"])
def test_control_characters_of_a_file_name_never_reach_the_terminal(wl_cli, tmp_path, command):
    """Found by hand (REV's adversarial pass): a file named with an escape sequence or a
    line break (a cloned tree walked by `wl check .`) was printed raw at the head of every
    error, warning and encoding note about it: the terminal ran the sequence, and the line
    break wrote a line of the file's choosing into a CI log. Shown one for one now."""
    folder = tmp_path / "src"
    folder.mkdir()
    name = "x\x1b]0;pwned\x07\n::error::forged\r.wl"
    (folder / name).write_bytes(  # (ANSI: a note; a divisor the check cannot see as 0)
        b"n is int\ncaf\xe9 is int = 1/n\nTrace(caf\xe9)\n")
    ran = wl_cli(command, str(folder) if command == "check" else str(folder / name))
    shown = ran.err + ran.out
    assert ran.code in (0, 1) and "Traceback" not in shown, ran  # (check: warnings)
    assert not any(c in shown for c in "\x1b\x07\r"), ran
    assert not any(line.startswith("::error::forged") for line in shown.splitlines()), ran
    assert "x\u241b]0;pwned\u2407\u240a::error::forged\u240d.wl" in shown, ran


def test_a_file_name_with_control_characters_in_the_other_messages(wl_cli, tmp_path):
    """The rest of the messages that name a file (found after #90): the note of a file of
    procedures, and the REPL's `.load` of a file that is not there, printed the name raw."""
    name = "tools\x1b[2J.wl"
    (tmp_path / name).write_text("PROCEDURE Hello()\nTrace(1)\n", encoding="utf-8")
    ran = wl_cli("run", name)
    assert ran.code == 0 and "note: tools\u241b[2J.wl has no main code" in ran.err, ran
    loaded = wl_cli("repl", stdin=b".load gone\x1b[2J.wl\n")
    assert "cannot read gone\u241b[2J.wl: " in loaded.err + loaded.out, loaded
    assert "\x1b" not in ran.err + loaded.err + loaded.out


def test_control_characters_of_a_value_in_an_error_message_never_reach_the_terminal(
        wl_cli, tmp_path):
    """Found by hand (REV's adversarial pass, after #90): a run-time error quoting a value
    the program read (a text from a file that is no duration, a method name given to
    ExecuteProcess) printed it raw at the head of the error: an escape sequence reached
    the terminal and a line break wrote a line of the file's choosing into a CI log.
    Shown one for one now; ErrorInfo, which the program reads, keeps the text as it is."""
    (tmp_path / "given.txt").write_bytes(b"\x1b[2J\n::error::forged\r")
    (tmp_path / "main.wl").write_text(
        's is string = fLoadText("given.txt")\n'
        'WHEN EXCEPTION IN\n'
        '\td is Duration = s\n'
        'DO\n'
        '\tTrace(Position(ExceptionInfo(), Charact(27)) > 0)\n'
        'END\n'
        'd2 is Duration = s\n', encoding="utf-8")
    ran = wl_cli("run", str(tmp_path / "main.wl"))
    assert ran.code == 1 and ran.out.splitlines() == ["1"], ran
    assert not any(c in ran.err for c in "\x1b\r"), ran
    assert not any(line.startswith("::error::forged") for line in ran.err.splitlines()), ran
    assert "'\u241b[2J\u240a::error::forged\u240d' is not a duration" in ran.err, ran


def test_a_failed_check_on_a_secret_does_not_print_it(wl_cli, tmp_path):
    """Found by hand (REV): `wl test` output lands in CI logs, and a failed dbg* or Test*
    check on a line naming a secret printed the password it compared ("got:
    "hunter2-Secret""). Its values are stars now, same length, by the REPL history's
    rule; a check on an ordinary line still shows them."""
    (tmp_path / "test_login.wl").write_text(
        "PROCEDURE test_login()\n"
        f'sPassword is string = "{PASSWORD}"\n'
        'TestCheckEqual(sPassword, "guess", "login")\n'
        "PROCEDURE test_connexion()\n"
        f'sMotDePasse est une chaîne = "{PASSWORD}"\n'
        'dbgVérifieEgalité(sMotDePasse, "essai")\n'
        "n est un entier = 3\n"
        "dbgVérifieEgalité(n, 4)\n", encoding="utf-8")
    ran = wl_cli("test", str(tmp_path))
    assert ran.code == 1 and "0 passed, 2 failed" in ran.out, ran
    assert PASSWORD not in ran.out + ran.err, ran
    assert ran.out.count('got:      "' + "*" * len(PASSWORD) + '"') == 2, ran
    assert 'expected: "*****"' in ran.out and "expected: 4\n    got:      3" in ran.out, ran


@pytest.mark.parametrize("debug", [False, True])
def test_an_internal_error_hides_a_url_password_and_control_characters(monkeypatch, capsys,
                                                                       debug):
    """Found by hand (REV): the one-line note of an internal error, and the traceback
    WL_DEBUG=1 adds (pasted into a bug report), printed Python's message raw: a URL's
    password in clear, an escape sequence for the terminal. Shown as every message is."""
    from wlinterp import cli

    def broken(*args: object, **kwargs: object) -> None:
        try:
            {}["first"]
        except KeyError:
            raise RuntimeError(f"postgresql://ann:{PASSWORD}@db.example/x?token=abc "
                               "\x1b[2J\n::error::forged")

    monkeypatch.setattr("wlinterp.engine.run_source", broken)
    if debug:
        monkeypatch.setenv("WL_DEBUG", "1")
    else:
        monkeypatch.delenv("WL_DEBUG", raising=False)
    assert cli.main(["-c", "Trace(1)"]) == 70
    err = capsys.readouterr().err
    assert PASSWORD not in err and "abc" not in err and "\x1b" not in err, err
    assert "postgresql://ann:***@db.example/x?token=***" in err, err
    assert not any(line.startswith("::error::forged") for line in err.splitlines()), err
    assert ("Traceback (most recent call last)" in err) == debug, err
