"""A small FTP server on 127.0.0.1 for the FTP family's tests (tests/stdlib/test_ftp.py):
a real server speaking RFC 959 over sockets, serving one folder, so that ftplib (which
stdlib/ftp_client.py drives) talks to it exactly as to a server elsewhere. No FTP server
package is a test dependency; this one knows what the tests need: login, PWD/CWD/CDUP,
TYPE, PASV/EPSV and PORT, STOR/RETR/APPE, SIZE/MDTM, LIST/NLST, DELE, MKD/RMD,
RNFR/RNTO, SYST, NOOP, FEAT, QUIT, MLSD/MLST when made with `mlsd=True` (with
`mlsd_refusal`, e.g. "500 MLSD not understood": MLST offered in FEAT, MLSD answered that
refusal, as some servers behind proxies do), and AUTH TLS,
PBSZ, PROT when given a TLS context (`tls`: FTPES, the data connections protected with
PROT P); without one AUTH is refused (a server without TLS). It speaks `encoding` (UTF-8, or Latin-1 as a server on a Windows
machine may): commands, replies and listings. Every command line received is kept in
`lines` (the tests check what was, or was not, sent)."""
from __future__ import annotations

import contextlib
import os
import posixpath
import socket
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

from loopback import RawServer

__all__ = ["FTPServer"]


class _Session:
    """One client's control connection."""

    def __init__(self, server: "FTPServer", conn: socket.socket) -> None:
        self.server, self.conn = server, conn
        self.cwd, self.user, self.logged = "/", "", False
        self.passive: socket.socket | None = None
        self.active: tuple[str, int] | None = None
        self.rename_from = ""
        self.protect = False  # PROT P: data connections in TLS
        self.file = conn.makefile("rb")

    def reply(self, text: str) -> None:
        self.conn.sendall(text.encode(self.server.encoding) + b"\r\n")

    def real(self, arg: str) -> Path:
        """The local path of the server path `arg` (kept inside the served folder)."""
        path = posixpath.normpath(posixpath.join(self.cwd, arg or "."))
        return self.server.root / path.lstrip("/")

    @contextlib.contextmanager
    def data(self) -> Iterator[socket.socket]:
        """The data connection the client asked for (PASV/EPSV: it connects; PORT: we do),
        in TLS after PROT P, closed after the TLS goodbye both ways (as ftplib does)."""
        if self.passive is not None:
            self.passive.settimeout(5)
            conn, _ = self.passive.accept()
            self.passive.close()
            self.passive = None
        else:
            assert self.active is not None
            conn = socket.create_connection(self.active, timeout=5)
        if self.protect and self.server.tls is not None:
            conn = self.server.tls.wrap_socket(conn, server_side=True)
        try:
            yield conn
            if isinstance(conn, ssl.SSLSocket):
                conn.unwrap().close()
        finally:
            conn.close()

    def run(self) -> None:
        self.conn.settimeout(10)
        self.reply("220 wl test FTP server")
        while not self.server.stop.is_set():
            line = self.file.readline(4096)
            if not line:
                return
            text = line.decode(self.server.encoding, "replace").rstrip("\r\n")
            self.server.lines.append(text)
            verb, _, arg = text.partition(" ")
            if not self.command(verb.upper(), arg):
                return

    def command(self, verb: str, arg: str) -> bool:
        """Answer one command; False ends the session."""
        if verb == "QUIT":
            self.reply("221 bye")
            return False
        if verb == "USER":
            self.user = arg
            self.reply("331 password please")
        elif verb == "PASS":
            self.logged = self.server.users.get(self.user) == arg or (
                self.user == "anonymous" and "anonymous" in self.server.users)
            self.reply("230 logged in" if self.logged else "530 login incorrect")
        elif verb == "AUTH":
            self.do_auth(arg)
        elif not self.logged:
            self.reply("530 not logged in")
        else:
            self.logged_in(verb, arg)
        return True

    def logged_in(self, verb: str, arg: str) -> None:
        handler = getattr(self, "do_" + verb.lower(), None)
        if handler is None:
            self.reply("502 not implemented")
            return
        try:
            handler(arg)
        except OSError as exc:
            self.reply(f"550 {exc.strerror or exc}")

    def do_syst(self, arg: str) -> None:
        self.reply("215 UNIX Type: L8")

    def do_noop(self, arg: str) -> None:
        self.reply("200 ok")

    def do_auth(self, arg: str) -> None:
        if self.server.tls is None:
            self.reply("502 not implemented")
            return
        self.reply("234 go ahead")
        self.conn = self.server.tls.wrap_socket(self.conn, server_side=True)
        self.file = self.conn.makefile("rb")

    def do_pbsz(self, arg: str) -> None:
        self.reply("200 PBSZ=0")

    def do_prot(self, arg: str) -> None:
        self.protect = arg.strip().upper() == "P"
        self.reply("200 protection level set")

    def do_feat(self, arg: str) -> None:
        mlst = " MLST type*;size*;modify*;perm*;\r\n" if self.server.mlsd else ""
        self.reply(f"211-Features:\r\n MDTM\r\n{mlst} SIZE\r\n211 End")

    def do_mlsd(self, arg: str) -> None:
        if self.server.mlsd_refusal:
            self.reply(self.server.mlsd_refusal)
            return
        if not self.server.mlsd:
            self.reply("502 not implemented")
            return
        path = self.real(arg)
        if not path.is_dir():
            self.reply("550 not a directory")
            return
        lines = ["type=cdir;perm=flcdmpe; ."]
        lines += [f"{self.facts(path / name)} {name}" for name in sorted(os.listdir(path))]
        self.send_lines(lines)

    def do_mlst(self, arg: str) -> None:
        path = self.real(arg)
        if not self.server.mlsd or not path.exists():
            self.reply("550 no such file" if self.server.mlsd else "502 not implemented")
            return
        self.reply(f"250-Listing {arg}\r\n {self.facts(path)} {arg}\r\n250 End")

    @staticmethod
    def facts(path: Path) -> str:
        """MLSD/MLST's facts of a file or folder (RFC 3659)."""
        st = path.stat()
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(st.st_mtime))
        kind = "dir" if path.is_dir() else "file"
        perm = "r" if st.st_mode & 0o200 == 0 else "rw"
        return f"type={kind};size={st.st_size};modify={stamp};perm={perm};"

    def send_lines(self, lines: list[str]) -> None:
        """A listing on the data connection, in the server's encoding."""
        self.reply("150 listing")
        with self.data() as conn:
            conn.sendall("".join(line + "\r\n" for line in lines)
                         .encode(self.server.encoding))
        self.reply("226 listed")

    def do_type(self, arg: str) -> None:
        self.reply("200 type set")

    def do_pwd(self, arg: str) -> None:
        self.reply(f'257 "{self.cwd}" is the current directory')

    def do_cwd(self, arg: str) -> None:
        if self.real(arg).is_dir():
            self.cwd = posixpath.normpath(posixpath.join(self.cwd, arg))
            self.reply("250 ok")
        else:
            self.reply("550 no such directory")

    def do_cdup(self, arg: str) -> None:
        self.do_cwd("..")

    def do_pasv(self, arg: str) -> None:
        self.passive = socket.create_server(("127.0.0.1", 0))
        port = self.passive.getsockname()[1]
        self.reply(f"227 Entering Passive Mode (127,0,0,1,{port >> 8},{port & 255})")

    def do_epsv(self, arg: str) -> None:
        self.passive = socket.create_server(("127.0.0.1", 0))
        self.reply(f"229 Entering Extended Passive Mode (|||{self.passive.getsockname()[1]}|)")

    def do_port(self, arg: str) -> None:
        parts = [int(p) for p in arg.split(",")]
        self.active = (".".join(map(str, parts[:4])), parts[4] * 256 + parts[5])
        self.reply("200 port ok")

    def do_stor(self, arg: str, mode: str = "wb") -> None:
        self.reply("150 ready")
        with self.data() as conn, open(self.real(arg), mode) as out:
            while chunk := conn.recv(65536):
                out.write(chunk)
        self.reply("226 stored")

    def do_appe(self, arg: str) -> None:
        self.do_stor(arg, "ab")

    def do_retr(self, arg: str) -> None:
        path = self.real(arg)
        if not path.is_file():
            self.reply("550 no such file")
            return
        self.reply("150 sending")
        with self.data() as conn:
            conn.sendall(path.read_bytes())
        self.reply("226 sent")

    def do_size(self, arg: str) -> None:
        path = self.real(arg)
        self.reply(f"213 {path.stat().st_size}" if path.is_file() else "550 no such file")

    def do_mdtm(self, arg: str) -> None:
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(self.real(arg).stat().st_mtime))
        self.reply(f"213 {stamp}")

    def listing(self, arg: str, long: bool) -> None:
        path = self.real(arg if arg and not arg.startswith("-") else "")
        names = sorted(os.listdir(path)) if path.is_dir() else [path.name]
        lines = []
        for name in names:
            st = (path / name if path.is_dir() else path).stat()
            kind = "d" if (path / name).is_dir() else "-"
            lines.append(f"{kind}rw-r--r-- 1 owner group {st.st_size} Jan 01 00:00 {name}"
                         if long else name)
        self.send_lines(lines)

    def do_list(self, arg: str) -> None:
        self.listing(arg, True)

    def do_nlst(self, arg: str) -> None:
        self.listing(arg, False)

    def do_dele(self, arg: str) -> None:
        self.real(arg).unlink()
        self.reply("250 deleted")

    def do_mkd(self, arg: str) -> None:
        self.real(arg).mkdir()
        self.reply(f'257 "{arg}" created')

    def do_rmd(self, arg: str) -> None:
        self.real(arg).rmdir()
        self.reply("250 removed")

    def do_rnfr(self, arg: str) -> None:
        if not self.real(arg).exists():
            self.reply("550 no such file")
            return
        self.rename_from = arg
        self.reply("350 ready for RNTO")

    def do_rnto(self, arg: str) -> None:
        self.real(self.rename_from).rename(self.real(arg))
        self.reply("250 renamed")


class FTPServer:
    """An FTP server on 127.0.0.1 serving `root`, for `users` (name: password; a user
    `anonymous` lets anyone in as anonymous), in a thread until close() (the socket
    work is loopback.RawServer's: one thread per client); `encoding`, `mlsd` and
    `tls`: see the module docstring."""

    def __init__(self, root: Path, users: dict[str, str], encoding: str = "utf-8",
                 mlsd: bool = False, tls: ssl.SSLContext | None = None,
                 mlsd_refusal: str = "") -> None:
        self.root, self.users = root, users
        self.encoding, self.mlsd, self.tls = encoding, mlsd, tls
        self.mlsd_refusal = mlsd_refusal
        self.lines: list[str] = []
        self.raw = RawServer(lambda conn, stop: _Session(self, conn).run())
        self.port, self.stop = self.raw.port, self.raw.stop

    def close(self) -> None:
        self.raw.close()
