"""What `wl run` is given: time limits, files that never end, encodings (issue 12).

The tests of a file's encoding run `wl` in the test's process (conftest.wl_here): what
they check is the text printed; those of limits, FIFOs, devices and pipes keep a process."""
from __future__ import annotations

import os

import pytest


@pytest.mark.parametrize("value", ["1e-6", "-1", "0", "inf", "1e300", "nan", "abc"])
def test_bad_timeout_values_are_usage_errors(wl_cli, script, value):
    ran = wl_cli("run", "--timeout", value, script('Trace("x")'))
    assert ran.code == 2, ran
    assert "--timeout" in ran.err and "Traceback" not in ran.err and ran.out == ""


def test_a_good_timeout_still_stops_an_endless_loop(wl_cli, script):
    ran = wl_cli("run", "--timeout", "1", script("WHILE True\nEND\n"))
    assert ran.code == 1 and "ran longer than 1 s (--timeout)" in ran.err, ran


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_the_time_limit_covers_reading_a_fifo_that_never_gets_a_writer(wl_cli, tmp_path):
    """Nobody ever writes the FIFO: only wl's own 1 s limit can end the run with its
    message and exit code 1; without it the run would block until the harness's 60 s
    bound kills it (TimeoutExpired). The outcome proves it (a wall-clock bound flaked)."""
    fifo = tmp_path / "never.wl"
    os.mkfifo(fifo)
    ran = wl_cli("run", "--timeout", "1", str(fifo), timeout=60)
    assert ran.code == 1 and "ran longer than 1 s (--timeout)" in ran.err, ran


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_unreadable_input_not_a_memory_error(wl_cli):
    ran = wl_cli("run", "/dev/zero")
    assert ran.code == 66, ran
    assert "larger than 64 MiB" in ran.err and "MemoryError" not in ran.err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_decide_the_encoding(wl_here, tmp_path, encoding):
    path = tmp_path / "bom.wl"
    text = 'Trace("héllo wörld")\n'
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    ran = wl_here("run", str(path))
    assert (ran.code, ran.out, ran.err) == (0, "héllo wörld\n", ""), ran


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_read_with_a_warning(wl_here, tmp_path, encoding):
    """Read as UTF-8, it stopped at the first NUL ("unexpected character '\\x00'")."""
    path = tmp_path / "nomark.wl"
    path.write_bytes('Trace("héllo wörld")\r\nTrace("€")\r\n'.encode(encoding))
    ran = wl_here("run", str(path))
    assert (ran.code, ran.out) == (0, "héllo wörld\n€\n"), ran
    assert ran.err.endswith(f"nomark.wl: warning: the file is UTF-16 {encoding[-2:].upper()} without "
                       "a byte order mark; it is read so (save it as UTF-8, or UTF-16 with "
                       "its mark, to remove this warning)\n"), ran
    path.write_bytes(b'Trace(1)\x00\n')  # a stray NUL is no encoding: its error stays
    ran = wl_here("run", str(path))
    assert ran.code == 65 and "unexpected character '\\x00'" in ran.err, ran


def test_one_ansi_byte_in_a_utf8_file_does_not_turn_the_rest_into_mojibake(wl_here, tmp_path):
    path = tmp_path / "mixed.wl"
    path.write_bytes('Trace("été")\n'.encode() + b'Trace("caf\xe9")\n')
    ran = wl_here("run", str(path))
    assert ran.code == 0 and ran.out == "été\ncafé\n", ran
    assert ran.err.count("warning") == 1 and "mixed.wl:2:11: warning:" in ran.err
    # worded for a file that is not UTF-8 at all too (random bytes with one valid sequence)
    assert "a byte that is not UTF-8 (0xE9) in a file that has UTF-8 characters" in ran.err
    assert "Windows-1252" in ran.err


def test_an_ansi_file_is_read_as_windows_1252_with_one_warning(wl_here, tmp_path):
    path = tmp_path / "ansi.wl"
    path.write_bytes(b'Trace("Gr\xfc\xdfe \x80")\n')
    ran = wl_here("run", str(path))
    assert ran.code == 0 and ran.out == "Grüße €\n", ran
    assert ran.err.count("\n") == 1 and "read as Windows-1252 (ANSI)" in ran.err


def test_a_called_ansi_neighbour_is_named_relative_like_every_other_message(wl_cli, tmp_path):
    """`wl check main.wl` and `wl run main.wl`, main calling a procedure of an ANSI file
    beside it: that file's encoding warning named it by its absolute path (the project
    reads its files by absolute path), unlike every other message; now `other.wl:...`,
    once per command. `wl check` counts it in its summary (it said no summary). Each
    command in a process of its own, as a user runs them (one process reads a file once:
    its warning once)."""
    (tmp_path / "other.wl").write_bytes(b'PROCEDURE Caf\xe9()\nTrace("caf\xe9")\n')
    (tmp_path / "main.wl").write_text("Café()\n", encoding="utf-8")
    summary = "wl check: 1 file(s), 1 code block(s), 0 error(s), 1 warning(s)\n"
    for command in ("check", "run"):
        ran = wl_cli(command, "main.wl")
        assert ran.code == 0, ran
        assert ran.err.startswith("other.wl:1:14: warning:"), ran
        assert ran.err.count("\n") == 1 + (command == "check"), ran
        assert ran.err.endswith(summary) == (command == "check"), ran
    ran = wl_cli("run", "main.wl")
    assert ran.out == "café\n", ran


def test_an_ansi_script_beside_another_warns_once_and_only_for_itself(wl_here, tmp_path):
    """Found by hand (issue 12's fuzzing step): the probe that looks for procedure
    libraries among the script's neighbours printed their encoding warnings (so running
    one script warned about another), and the script's own warning twice when it was
    named by a relative path."""
    (tmp_path / "ansi.wl").write_bytes(b'Trace("caf\xe9")\n')
    (tmp_path / "plain.wl").write_text('Trace("ok")\n', encoding="utf-8")
    ran = wl_here("run", "plain.wl")
    assert (ran.code, ran.out, ran.err) == (0, "ok\n", ""), ran
    ran = wl_here("run", "ansi.wl")
    assert ran.code == 0 and ran.out == "café\n", ran
    assert ran.err.count("\n") == 1 and ran.err.startswith("ansi.wl:1:11: warning:"), ran


def test_wl_check_of_a_folder_names_each_file_one_way(wl_here, tmp_path):
    """`wl check .` named an ANSI file `a.wl` in its encoding warning and `./a.wl` in its
    errors: a reader grepping for one missed the other. Now `a.wl` in both, and
    `sub/b.wl` below."""
    (tmp_path / "a.wl").write_bytes(b'Trace("caf\xe9")\nx = \n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.wl").write_text("y = \n", encoding="utf-8")
    ran = wl_here("check", ".")
    assert ran.code == 65, ran
    named = [line.split(":")[0] for line in ran.err.splitlines()
             if ": warning" in line or ": error" in line]
    assert named == ["a.wl", "a.wl", "sub/b.wl"], ran


def test_a_binary_windev_file_is_refused_without_a_warning_about_its_bytes(wl_here, tmp_path):
    """Found by hand: `wl check DIR`, `wl run pic.wdg`, and `wl run main.wl` beside it
    warned "a byte that is not UTF-8 ... read as Windows-1252 (ANSI)" of a binary `.wdg`
    before refusing it as not a text-format file (WL100 / WL211), naming it `pic.wdg`
    where the error said `./pic.wdg`. Now only the refusal, which says why."""
    (tmp_path / "pic.wdg").write_bytes(b"\x89PNG\r\n\x1a\n\xd3\xb6 caf\xc3\xa9 \xff\x00\x01" * 40)
    (tmp_path / "main.wl").write_text("Trace(Nope())\n", encoding="utf-8")
    for code, ran in ((65, wl_here("check", ".")), (65, wl_here("run", "pic.wdg")),
                      (1, wl_here("run", "main.wl"))):  # (main.wl: an unknown procedure)
        assert ran.code == code, ran
        assert "not a WINDEV text-format file" in ran.err, ran
        assert "Windows-1252" not in ran.err and "not UTF-8" not in ran.err, ran
    (tmp_path / "ansi.wdg").write_bytes(b"#To edit and compare internal_properties\r\n"
                                         b"info :\r\n name : Caf\xe9\r\n")
    ran = wl_here("check", "ansi.wdg")
    assert "ansi.wdg:3:12: warning: the file is not UTF-8" in ran.err, ran


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_folders_walked_by_check_and_test_skip_a_fifo(wl_cli, tmp_path):
    """A FIFO named like a source in a folder blocked `wl check DIR` and `wl test DIR`
    for ever (the harness's bound, TimeoutExpired): only regular files are walked."""
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "ok.wl").write_text("Trace(1)\n", encoding="utf-8")
    (folder / "test_ok.wl").write_text("dbgCheckEqual(1, 1)\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.wdg")
    os.mkfifo(folder / "test_pipe.wl")
    checked = wl_cli("check", str(folder), timeout=60)
    assert checked.code == 0 and "pipe" not in checked.err, checked
    tested = wl_cli("test", str(folder), timeout=60)
    assert tested.code == 0 and "1 passed, 0 failed" in tested.out, tested
    named = wl_cli("test", str(folder / "test_pipe.wl"), timeout=60)
    assert named.code == 2 and "not a file or folder (a pipe" in named.err, named


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_a_named_fifo_nobody_writes_is_given_up_not_waited_for_ever(tmp_path):
    """`wl check FIFO` (no --timeout there) blocked in open() for ever when nobody wrote
    the pipe; a silence of PIPE_WAIT_SECONDS now ends the reading with an OSError, which
    wl check reports as unreadable (exit 66). Run in a daemon thread so that the old
    behaviour fails the test instead of hanging the suite."""
    import errno
    import threading
    from wlinterp.source_text import read_source_bytes
    fifo = tmp_path / "never.wl"
    os.mkfifo(fifo)
    outcome: list[BaseException | bytes] = []

    def read() -> None:
        try:
            outcome.append(read_source_bytes(str(fifo), wait=0.2))
        except OSError as exc:
            outcome.append(exc)
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(30)
    assert outcome and isinstance(outcome[0], OSError), outcome
    assert outcome[0].errno == errno.ETIMEDOUT and "nothing written" in str(outcome[0])


def test_a_script_given_as_a_pipe_runs_its_code(wl_cli):
    """`wl run <(...)` / `wl run /dev/stdin` read the pipe, then the project loader read
    it again, empty: the script ran nothing and exited 0 (silent loss)."""
    ran = wl_cli("run", "/dev/stdin", stdin=b'Trace("from a pipe")\n')
    assert (ran.code, ran.out) == (0, "from a pipe\n"), ran
