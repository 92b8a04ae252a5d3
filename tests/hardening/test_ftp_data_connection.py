"""The FTP family against servers misbehaving on the data connection (passive mode,
stdlib/ftp_limits.py): odd PASV replies, a transfer aborted with 426 in its middle, a
data connection reset, a server hanging up mid-listing. Each call fails with
ErrorOccurred and words saying why, a download leaves no partial file, and what follows
either works (the server answered in full: the conversation is in step) or says the
connection was given up. Real loopback servers (tests/loopback.py), 0.5 s timeouts: every
case is bounded by SLOW. Found by REV's probes of 2026-12-04 (a PASV naming port 70000
was tried as port 4464: "Connection refused")."""
from __future__ import annotations

import io
import socket
import struct
import threading
import time
from pathlib import Path

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

SLOW = 15
"""Seconds a case may take at most (each wait it meets is 0.5 s, 1.5 s overall)."""

LISTING = b"-rw-r--r-- 1 a a 3 Jan 01 2024 f.txt\r\n" * 3
LOGIN = {b"USER": b"331 pw\r\n", b"PASS": b"230 ok\r\n", b"PWD": b'257 "/"\r\n',
         b"SIZE": b"213 6\r\n", b"EPSV": b"500 no\r\n", b"QUIT": b"221 bye\r\n"}


def _pasv(mode: str, port: int) -> bytes:
    """The 227 reply: the listener's port, or the odd reply `mode` names."""
    if mode == "garbage":
        return b"227 Entering Passive Mode (a,b,c)\r\n"
    host = "10,255,255,1" if mode == "elsewhere" else "127,0,0,1"
    port = {"port70000": 70000, "port0": 0}.get(mode, port)
    return f"227 Entering Passive Mode ({host},{port >> 8},{port & 255})\r\n".encode()


def _transfer(mode: str, verb: bytes, data: socket.socket, conn: socket.socket,
              stop: threading.Event) -> bool:
    """One transfer on `data` as `mode` misbehaves; False when the server hangs up."""
    body = b"abcdef" if verb == b"RETR" else LISTING
    if mode == "endless":  # a listing that never ends (until the test stops it)
        try:
            while not stop.is_set():
                data.sendall(LISTING * 100)
        except OSError:
            pass
        data.close()
        return False
    if mode == "426":
        if verb == b"STOR":
            data.recv(10)
        else:
            data.sendall(body[:len(body) // 2])
        data.close()
        conn.sendall(b"426 transfer aborted\r\n")
        return True
    if mode == "reset":
        data.sendall(body[:4])
        data.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        data.close()
        conn.sendall(b"226 ok\r\n")
        return True
    if mode == "hangup":
        data.sendall(body[:len(body) // 2])
        data.close()
        return False
    if verb == b"STOR":
        while data.recv(65536):
            pass
    else:
        data.sendall(body)
    data.close()
    conn.sendall(b"226 done\r\n")
    return True


def serving(mode: str):
    """A server logging anyone in, misbehaving as `mode` says on every transfer."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 hi\r\n")
        with socket.create_server(("127.0.0.1", 0)) as listener:
            listener.settimeout(3)
            while (line := read_command(conn, stop)):
                verb = line.split(b" ")[0].strip().upper()
                if verb == b"PASV":
                    conn.sendall(_pasv(mode, listener.getsockname()[1]))
                elif verb in (b"RETR", b"LIST", b"NLST", b"STOR"):
                    conn.sendall(b"150 here\r\n")
                    data, _ = listener.accept()
                    if not _transfer(mode, verb, data, conn, stop):
                        return
                else:
                    conn.sendall(LOGIN.get(verb, b"200 ok\r\n"))
    return script


def run(mode: str, code: str) -> list[str]:
    server = RawServer(serving(mode))
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    try:
        run_source('n is int = FTPConnect("127.0.0.1", "ann", "pw", {port}, True, 0.5)\n'
                   .format(port=server.port) + code, "ftp.wl", stdout=out, stderr=err)
    finally:
        server.close()
    assert err.getvalue() == ""
    assert time.monotonic() - start < SLOW
    return out.getvalue().splitlines()


def _get(local: Path) -> str:
    return (f'Trace(FTPGet(n, "/f.txt", "{local}"), ErrorOccurred, ErrorInfo())\n'
            'Trace(FTPSize(n, "/f.txt"), ErrorInfo())\n')


def _given_up(why: str) -> str:
    return (f"-1, FTPSize: FTP connection number 0 was given up after an earlier failure "
            f"(FTPGet: {why}); connect again with FTPConnect.")


def test_a_pasv_reply_naming_another_machine_is_not_followed(tmp_path: Path) -> None:
    """`227 (10,255,255,1,...)`: the data connection goes to the control connection's
    host (this machine), not to the address the reply names (an FTP bounce)."""
    local = tmp_path / "got.txt"
    assert run("elsewhere", _get(local)) == ["1, 0, ", "6, "]
    assert local.read_bytes() == b"abcdef"


@pytest.mark.parametrize("mode, why", [
    ("port70000", "the server's passive-mode reply names port 70000, not a port number "
                  "(1 to 65535)"),
    ("port0", "the server's passive-mode reply names port 0, not a port number (1 to 65535)"),
    ("garbage", "the server's reply is not FTP: 227 Entering Passive Mode (a,b,c)"),
])
def test_a_pasv_reply_without_a_port_fails_naming_it(tmp_path: Path, mode: str,
                                                     why: str) -> None:
    """Port 70000 was tried as 4464 (the system wraps it) and said "Connection refused"."""
    local = tmp_path / "got.txt"
    assert run(mode, _get(local)) == [f"0, 1, FTPGet failed ({why}).", _given_up(why)]
    assert not local.exists()


@pytest.mark.parametrize("mode, why, after", [
    ("426", "426 transfer aborted", "6, "),
    ("reset", "Connection reset by peer", _given_up("Connection reset by peer")),
    ("hangup", "the server closed the connection",
     _given_up("the server closed the connection")),
])
def test_a_download_cut_in_its_middle_fails_and_leaves_no_file(tmp_path: Path, mode: str,
                                                               why: str, after: str) -> None:
    """426 is an answer in full: the connection stays usable (FTPSize works after it);
    a reset data connection or a server gone leaves it given up, saying why. Neither a
    partial file nor a file of that name already there is left changed."""
    (tmp_path / "kept.txt").write_text("mine")
    assert run(mode, _get(tmp_path / "got.txt") + _get(tmp_path / "kept.txt")) == [
        f"0, 1, FTPGet failed ({why}).", after,
        f"0, 1, FTPGet failed ({why})." if mode == "426" else
        "0, 1, FTPGet" + after.removeprefix("-1, FTPSize"), after]
    assert [(p.name, p.read_text()) for p in tmp_path.iterdir()] == [("kept.txt", "mine")]


@pytest.mark.parametrize("mode, why", [
    ("426", "FTPListeFichier failed (426 transfer aborted)."),
    ("hangup", "FTPListeFichier failed (the server closed the connection)."),
])
def test_a_listing_cut_in_its_middle_fails_whole(mode: str, why: str) -> None:
    """En français : une liste coupée par 426 ou par le serveur qui raccroche échoue
    entière ; la procédure n'est appelée pour aucune des lignes reçues avant."""
    code = ('Trace(FTPListeFichier(n, "/*.*", Vue), ErreurDétectée, ErreurInfo())\n'
            "PROCÉDURE Vue(nom, taille, attr, d, h, p)\nTrace(nom)\nRENVOYER Vrai\n")
    assert run(mode, code) == [f"-1, 1, {why}"]


def test_a_whole_listing_is_read_whole() -> None:
    """The same server behaving: the three lines (so the cases above can fail)."""
    code = ('Trace(FTPListFile(n, "/*.*", Shown), ErrorOccurred)\n'
            "PROCEDURE Shown(name, size, attr, d, t, p)\nTrace(name, size)\nRESULT True\n")
    assert run("ok", code) == ["/f.txt, 3"] * 3 + ["3, 0"]


def test_an_upload_refused_with_426_in_its_middle_fails(tmp_path: Path) -> None:
    """The server reads 10 bytes of 200,000, closes the data connection and says 426:
    FTPSend fails, with the server's words when they came before the client's next
    write (the connection then stays usable), else with the system's (a broken pipe or
    a reset: the connection is given up). Which comes first is the scheduler's choice."""
    local = tmp_path / "up.txt"
    local.write_bytes(b"x" * 200_000)
    code = (f'Trace(FTPSend(n, "{local}", "/up.txt"), ErrorOccurred, ErrorInfo())\n'
            'Trace(FTPSize(n, "/f.txt"))\n')
    lines = run("426", code)
    answered = lines[0] == "0, 1, FTPSend failed (426 transfer aborted)."
    assert answered or lines[0] in ("0, 1, FTPSend failed (Broken pipe).",
                                    "0, 1, FTPSend failed (Connection reset by peer)."), lines
    assert lines[1:] == (["6"] if answered else ["-1"]), lines


@pytest.mark.parametrize("call, fname", [
    ('FTPListFile(n, "/*.*", Shown)', "FTPListFile"),
    ('FTPCommand(n, "NLST", r)', "FTPCommand")])
def test_a_listing_without_end_is_cut_at_its_size_bound(monkeypatch: pytest.MonkeyPatch,
                                                       call: str, fname: str) -> None:
    """A listing is held in memory whole: one without end filled it at the link's speed
    until the overall limit (three times the timeout: a minute by default; about 180 MB
    in 6 s here on a loaded machine). It stops at MAX_LISTING_CHARS (100 MiB; 100,000
    characters here), the connection given up."""
    from wlinterp.stdlib import ftp_limits
    monkeypatch.setattr(ftp_limits, "MAX_LISTING_CHARS", 100_000)
    server = RawServer(serving("endless"))
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    try:
        run_source(f'n is int = FTPConnect("127.0.0.1", "ann", "pw", {server.port}, True, 5)\n'
                   f'r is string\nTrace({call}, ErrorInfo())\n'
                   "PROCEDURE Shown(name, size, attr, d, t, p)\nRESULT True\n", "ftp.wl",
                   stdout=out, stderr=err)
    finally:
        server.close()
    assert out.getvalue().splitlines() == [
        f"{-1 if fname == 'FTPListFile' else 0}, {fname} failed (the server's listing is "
        "longer than 100000 characters)."]
    assert time.monotonic() - start < SLOW


@pytest.mark.parametrize("code, fname", [
    ('Trace(FTPGet(n, "/f.txt", "{local}"), ErrorOccurred, ErrorInfo())\n'
     'Trace(FTPSize(n, "/f.txt"), ErrorInfo())\n', "FTPGet"),
    ('Trace(FTPRécupère(n, "/f.txt", "{local}"), ErreurDétectée, ErreurInfo())\n'
     'Trace(FTPTaille(n, "/f.txt"), ErreurInfo())\n', "FTPRécupère")])
def test_a_local_file_that_cannot_be_written_keeps_the_connection(tmp_path: Path, code: str,
                                                                 fname: str) -> None:
    """A local folder that does not exist: the failure names the local file, and the
    connection stays usable (it was given up, and the words, "No such file or
    directory", named no file, as if the server's were missing)."""
    local = tmp_path / "no" / "such" / "f.txt"
    assert run("ok", code.format(local=local)) == [
        f"0, 1, {fname}: the local file '{local}' cannot be written (No such file or "
        "directory).", "6, "]
    assert list(tmp_path.iterdir()) == []
