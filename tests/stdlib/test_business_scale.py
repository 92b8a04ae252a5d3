"""Business code as WINDEV developers write it (issue 8, NET, method b): a pallet weighed
at the dock, the scale asked over TCP in its MT-SICS protocol (command "S", answers
"S S     12.345 kg" stable, "S D ..." moving, "S +" overload), the weight accepted once
three consecutive stable reads agree (tests/stdlib/business/pesee_balance_fr.wl:
CONSTANTE, a structure returned by a procedure, LOCAL parameters, SocketConnecte with a
timeout in milliseconds, SocketMarqueurFin, SocketLit(..., Faux, 1500), SELON with
`CAS "S", "D"`, ExtraitChaîne(..., DepuisFin), `~=`, CONTINUER, `_ET_`; and its English
twin scale_weighing_en.wl) against a loopback server that plays the scale: answers in
kilograms, answers in grams cut into 3-byte pieces, a scale that stops answering, no
scale at all."""
from __future__ import annotations

import io
import socket
import threading
from pathlib import Path

import pytest

from loopback import RawServer, read_command
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
KILOGRAMS = [b"S D     12.310 kg", b"S S     12.345 kg", b"S D     12.350 kg",
             b"S S     12.345 kg", b"S S     12.346 kg", b"S S     12.346 kg",
             b"S S     12.346 kg", b"S +"]
GRAMS = [b"S S    850 g"] * 3 + [None]  # None: no answer any more


def scale(answers: list[bytes | None], asked: list[bytes]):
    def script(conn: socket.socket, stop: threading.Event) -> None:
        replies = iter(answers)
        while (line := read_command(conn, stop)):
            asked.append(line)
            answer = next(replies)
            if answer is None:
                stop.wait(5)
                return
            for i in range(0, len(answer), 3):  # in pieces: the end marker gathers them
                conn.sendall(answer[i:i + 3])
            conn.sendall(b"\r\n")
    return script


def run(name: str, port: int) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    source = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(port))
    run_source(source, name, stdout=out, stderr=err)
    assert err.getvalue() == "", err.getvalue()
    return out.getvalue().splitlines()


CASES = {"fr": ("pesee_balance_fr.wl", "Stable après {n} lectures", "Poids validé : {w} kg",
                "surcharge", "SocketLit", "Balance injoignable : "),
         "en": ("scale_weighing_en.wl", "Stable after {n} reads", "Weight accepted: {w} kg",
                "overload", "SocketRead", "Scale unreachable: ")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pallet_is_weighed_once_three_stable_reads_agree(lang: str) -> None:
    name, stable, accepted, overload, _, _ = CASES[lang]
    asked: list[bytes] = []
    server = RawServer(scale(KILOGRAMS, asked))
    try:
        lines = run(name, server.port)
    finally:
        server.close()
    assert lines == [stable.format(n=7), accepted.format(w="12.346"), overload]
    assert asked == [b"S\r\n"] * 8  # each command ends with the CR LF marker


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_grams_in_pieces_then_a_scale_that_stops_answering(lang: str) -> None:
    name, stable, accepted, _, read, _ = CASES[lang]
    server = RawServer(scale(GRAMS, []))
    try:
        lines = run(name, server.port)
    finally:
        server.close()
    assert lines == [stable.format(n=3), accepted.format(w="0.850"),
                     f"{read}: no message within 1500 ms (the read's timeout)."]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_scale_on_the_port(lang: str) -> None:
    name, *_, unreachable = CASES[lang]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [line] = run(name, port)
    assert line.startswith(unreachable + ("SocketConnecte" if lang == "fr" else "SocketConnect"))
    assert "connection refused" in line.lower(), line
