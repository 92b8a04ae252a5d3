"""An endless FTP download is bounded (stdlib/ftp_limits.py DownloadBound; docs/builtins.md
"FTP"): a real server on 127.0.0.1 sends bytes without end, fast enough that the overall
limit (which grows with the bytes received) never cuts it; before, only a full disk
stopped FTPGet. Each case fails with ErrorInfo saying which bound, leaves no partial
file, and gives the connection up (the transfer was cut mid-way)."""
from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from test_ftp_misbehaving import CONNECT, _serving, run


def _endless(data: socket.socket, stop: threading.Event) -> None:
    """64 KiB blocks until the client hangs up."""
    block = b"x" * 65536
    try:
        while not stop.is_set():
            data.sendall(block)
    except OSError:
        pass


def _announcing(size: int) -> bytes:
    return f"150 Opening BINARY mode data connection for f.bin ({size} bytes)\r\n".encode()


def _get(local: Path, fr: bool = False) -> str:
    if fr:
        return (CONNECT.replace("FTPConnect", "FTPConnecte")
                .replace("ErrorOccurred", "ErreurDétectée")
                .replace("ErrorInfo", "ErreurInfo")
                + f'Trace(FTPRécupère(n, "/f.bin", "{local}"), ErreurInfo())\n')
    return CONNECT + f'Trace(FTPGet(n, "/f.bin", "{local}"), ErrorInfo())\n'


def test_a_cap_set_in_the_environment_stops_an_endless_download(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_FTP_MAX_DOWNLOAD", "1000000")
    local = tmp_path / "got.bin"
    lines = run(_serving(_endless), _get(local))
    assert lines == ["0, 0, ", "0, FTPGet failed (the file is larger than "
                     "WL_FTP_MAX_DOWNLOAD (1000000 bytes))."]
    assert list(tmp_path.iterdir()) == []


def test_more_bytes_than_the_server_announced_stop_it(tmp_path: Path) -> None:
    local = tmp_path / "got.bin"
    lines = run(_serving(_endless, _announcing(100000)), _get(local, fr=True))
    assert lines == ["0, 0, ", "0, FTPRécupère failed (the server sent more than the "
                     "100000 bytes it announced)."]
    assert list(tmp_path.iterdir()) == []


def test_the_disk_reserve_stops_it_before_the_disk_is_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reserve set above the disk's free space: the first check refuses."""
    monkeypatch.setenv("WL_FTP_DISK_RESERVE", str(1 << 62))
    local = tmp_path / "got.bin"
    lines = run(_serving(_endless), _get(local))
    assert lines == ["0, 0, ", f"0, FTPGet failed (the local disk would be left with less "
                     f"than {1 << 62} bytes free (WL_FTP_DISK_RESERVE))."]
    assert list(tmp_path.iterdir()) == []


def test_a_file_of_the_size_announced_and_within_the_cap_comes_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_FTP_MAX_DOWNLOAD", "300000")

    def exact(data: socket.socket, stop: threading.Event) -> None:
        data.sendall(b"y" * 300000)
    local = tmp_path / "got.bin"
    lines = run(_serving(exact, _announcing(300000)), _get(local))
    assert lines == ["0, 0, ", "1, "]
    assert local.stat().st_size == 300000


def test_a_cap_that_is_not_a_number_is_said(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WL_FTP_MAX_DOWNLOAD", "10M")
    lines = run(_serving(_endless), _get(tmp_path / "got.bin"))
    assert lines == ["0, 0, ", "0, FTPGet: the environment variable WL_FTP_MAX_DOWNLOAD is "
                     "not a number of bytes ('10M')."]
