"""Business code as WINDEV developers write it (issue 8, NET, method b): the warehouse's
barcode scanners talking to a small TCP server written in WLanguage
(tests/stdlib/business/serveur_douchettes.wl and its English twin
scanner_server_en.wl): SocketCreate on a port, SocketWaitForConnection with a timeout
in milliseconds, SocketAccept, SocketEndTag with CR, SocketRead(..., False, ms) in a
LOOP left on ErrorOccurred, the EAN-13 check digit (`[[i]]`, modulo, the ternary),
SWITCH with two values in one CASE, CONTINUE, a global associative array of stock.
Python clients play the scanners, one after the other, each line's answer checked; a
scanner that goes silent or drops the connection ends its session, not the server.
"""
from __future__ import annotations

import io
import socket
import threading
import time
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
CASES = {"fr": ("serveur_douchettes.wl", "douchette {0} : {1} ligne(s)",
                "EAN invalide", "quantité invalide", "stock insuffisant", "sens inconnu"),
         "en": ("scanner_server_en.wl", "scanner {0}: {1} line(s)",
                "invalid EAN", "invalid quantity", "not enough stock", "unknown direction")}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _scanner(port: int, lines: list[str], answers: list[str], close_early: bool) -> None:
    """One scanner: connects (retrying while the server starts, bounded), sends each line
    and reads its answer; "FIN" last unless it drops the connection instead."""
    for _ in range(200):
        try:
            conn = socket.create_connection(("127.0.0.1", port), timeout=10)
            break
        except ConnectionRefusedError:
            time.sleep(0.02)
    else:
        return
    with conn, conn.makefile("rb") as replies:
        for line in lines:
            conn.sendall(line.encode("utf-8") + b"\r\n")
            answers.append(replies.readline().decode("utf-8").rstrip("\r\n"))
        if not close_early:
            conn.sendall(b"FIN\r\n")
            answers.append(replies.readline().decode("utf-8").rstrip("\r\n"))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_two_scanners_update_the_stock_line_by_line(lang) -> None:
    name, said, bad_ean, bad_qty, short, unknown = CASES[lang]
    port = _free_port()
    first: list[str] = []
    second: list[str] = []

    def scanners() -> None:
        _scanner(port, ["ENTREE;3017620422003;5", "SORTIE;5449000000996;4",
                        "SORTIE;5449000000996;2", "ENTRÉE;3017620422004;1",
                        "ENTREE;3017620422003;0", "RETOUR;3017620422003;1"], first, False)
        _scanner(port, ["entree;4006381333931;7"], second, True)  # then drops

    clients = threading.Thread(target=scanners, daemon=True)
    clients.start()
    out, err = io.StringIO(), io.StringIO()
    run_source((BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(port)),
               name, stdout=out, stderr=err)
    clients.join(30)
    assert first == ["OK;17", f"ERR;{short} (3)", "OK;1", f"ERR;{bad_ean}",
                     f"ERR;{bad_qty}", f"ERR;{unknown}", "BYE"]
    assert second == ["OK;7"]
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        [said.format(1, 6), said.format(2, 1), "3017620422003 = 17", "5449000000996 = 1",
         "4006381333931 = 7"], "")
