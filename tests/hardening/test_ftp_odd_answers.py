"""FTP servers answering PWD and SIZE oddly (stdlib/ftp_answers.py, docs/builtins.md "FTP",
"Odd PWD and SIZE answers"): a folder written without RFC 959's quotes is read, any other
odd answer fails the function quoting the server, and the connection stays usable.
Before: FTPCurrentDir gave "" with no error, FTPSend into a folder then went back to "."
and stayed in that folder, and `213 lots` quoted Python's "invalid literal for int()".
Real loopback servers (tests/loopback.py), 0.5 s timeouts."""
from __future__ import annotations

import io
import socket
import threading
from pathlib import Path

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

LOGIN = {b"USER": b"331 pw\r\n", b"PASS": b"230 ok\r\n", b"EPSV": b"500 no\r\n",
         b"QUIT": b"221 bye\r\n"}


def serving(pwd: bytes, size: bytes, log: list[str]):
    """A server answering PWD with `pwd` and SIZE with `size`, whose folder /up exists
    (CWD to it succeeds, to any other name but its own home fails), storing what STOR
    sends; every command logged."""
    def script(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 hi\r\n")
        with socket.create_server(("127.0.0.1", 0)) as listener:
            listener.settimeout(3)
            while (line := read_command(conn, stop)):
                command = line.decode().strip()
                log.append(command)
                verb, _, arg = command.partition(" ")
                if verb == "PASV":
                    port = listener.getsockname()[1]
                    conn.sendall(f"227 ok (127,0,0,1,{port >> 8},{port & 255})\r\n".encode())
                elif verb == "STOR":
                    conn.sendall(b"150 here\r\n")
                    data, _ = listener.accept()
                    while data.recv(65536):
                        pass
                    data.close()
                    conn.sendall(b"226 done\r\n")
                elif verb == "CWD":
                    conn.sendall(b"250 ok\r\n" if arg in ("/up", "/home/ann") else b"550 no\r\n")
                elif verb in ("PWD", "SIZE"):
                    conn.sendall(pwd if verb == "PWD" else size)
                else:
                    conn.sendall(LOGIN.get(verb.encode(), b"200 ok\r\n"))
    return script


def run(code: str, pwd: bytes = b'257 "/home/ann"\r\n', size: bytes = b"213 6\r\n"
        ) -> tuple[list[str], list[str]]:
    log: list[str] = []
    server = RawServer(serving(pwd, size, log))
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(f'n is int = FTPConnect("127.0.0.1", "ann", "pw", {server.port}, True, '
                   '0.5)\n' + code, "ftp.wl", stdout=out, stderr=err)
    finally:
        server.close()
    assert err.getvalue() == ""
    return out.getvalue().splitlines(), log


@pytest.mark.parametrize("code", [
    'Trace(FTPCurrentDir(n), ErrorOccurred)',
    'Trace(FTPRepEnCours(n), ErreurDétectée)'])
def test_a_folder_without_quotes_is_its_first_word(code: str) -> None:
    lines, _ = run(code, pwd=b"257 /home/ann is current directory\r\n")
    assert lines == ["/home/ann, 0"]


@pytest.mark.parametrize("pwd", [b"257 is your folder\r\n", b"257\r\n", b"200 fine\r\n"])
def test_a_pwd_answer_naming_no_folder_fails_quoting_it(pwd: bytes) -> None:
    lines, _ = run('Trace(FTPCurrentDir(n) = "", ErrorOccurred, ErrorInfo())\n'
                   'Trace(FTPSize(n, "/f.txt"), ErrorOccurred)', pwd=pwd)
    shown = pwd.decode().strip()
    assert lines == [f"1, 1, FTPCurrentDir failed (the server's answer to PWD names no "
                     f"folder: {shown}).", "6, 0"], lines


def test_a_send_into_a_folder_comes_back_to_the_unquoted_folder(tmp_path: Path) -> None:
    local = tmp_path / "up.txt"
    local.write_text("hello")
    lines, log = run(f'Trace(FTPSend(n, "{local}", "/up"), ErrorOccurred)',
                     pwd=b"257 /home/ann\r\n")
    assert lines == ["1, 0"]
    assert log[log.index("CWD /up") + 1] == "CWD /home/ann", log  # it was CWD .
    assert "STOR /up/up.txt" in log


@pytest.mark.parametrize("size", [b"213 lots\r\n", b"213 -5\r\n", b"213 " + b"9" * 5000 + b"\r\n"])
def test_a_size_answer_that_is_no_size_fails_quoting_it(size: bytes) -> None:
    lines, _ = run('Trace(FTPTaille(n, "/f.txt"), ErreurDétectée, ErreurInfo())\n'
                   'Trace(FTPCurrentDir(n), ErrorOccurred)', size=size)
    assert lines[0].startswith("-1, 1, FTPTaille failed (the server's answer to SIZE is not "
                               "a size: 213 "), lines
    assert "int()" not in lines[0] and lines[1:] == ["/home/ann, 0"], lines
