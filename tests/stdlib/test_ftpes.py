"""A whole FTPES session (ftpes://: AUTH TLS before the login, data connections in TLS
with PROT P) against the loopback FTP server with TLS (tests/ftp_loopback.py) and a test
certificate authority given as --ca-file: the login, a listing with MLSD and with LIST
(one in Latin-1: stdlib/ftp_text.py reads lines of bytes, on the TLS connections too),
a send and a download. Before, only the refusals of ftpes:// were tested (no TLS, a
certificate of an unknown authority)."""
from __future__ import annotations

import io
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from ftp_loopback import FTPServer
from loopback import make_authority
from wlinterp.engine import run_source


@pytest.fixture(scope="module")
def authority(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ssl.SSLContext]:
    """A test CA's file and a server context for 127.0.0.1."""
    return make_authority(tmp_path_factory.mktemp("ca"), "127.0.0.1")


@pytest.fixture(params=[("utf-8", True), ("latin-1", False)], ids=["mlsd", "list-latin1"])
def server(request: pytest.FixtureRequest, tmp_path: Path,
           authority: tuple[str, ssl.SSLContext]) -> Iterator[FTPServer]:
    root = tmp_path / "served"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "Café.txt").write_bytes(b"espresso")
    encoding, mlsd = request.param
    srv = FTPServer(root, {"ann": "hunter2"}, encoding=encoding, mlsd=mlsd,
                    tls=authority[1])
    yield srv
    srv.close()


CODE = '''
n is int = FTPConnect("ftpes://127.0.0.1", "ann", "hunter2", {port})
Trace(n, ErrorInfo(errMessage))
Trace(FTPListFile(n, "/docs", Show))
Trace(FTPSend(n, "{local}", "/docs"), FTPFileExist(n, "/docs/up.txt"))
Trace(FTPGet(n, "/docs/Café.txt", "{down}"), fLoadText("{down}"))
Trace(FTPDisconnect(n))
PROCEDURE Show(sName, nSize)
Trace(sName, nSize)
'''


def test_an_ftpes_session(server: FTPServer, authority: tuple[str, ssl.SSLContext],
                          tmp_path: Path) -> None:
    local, down = tmp_path / "up.txt", tmp_path / "down.txt"
    local.write_bytes(b"hello")
    out, err = io.StringIO(), io.StringIO()
    run_source(CODE.format(port=server.port, local=local, down=down), "ftpes.wl",
               stdout=out, stderr=err, options={"ca_file": authority[0]})
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == ["0, ", "/docs/Café.txt, 8", "1", "1, 1",
                                           "1, espresso", "1"]
    assert (server.root / "docs" / "up.txt").read_bytes() == b"hello"
    sent = server.lines
    assert sent[0] == "AUTH TLS" and "PROT P" in sent
    assert ("MLSD /docs" in sent) == server.mlsd
