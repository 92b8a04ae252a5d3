"""Business code as WINDEV developers write it (issue 8, NET, method b): the warehouse's
temperature sensors read over UDP (tests/stdlib/business/releve_capteurs_udp_fr.wl:
CONSTANTE, SocketCréeUDP, SocketLit(..., Faux, ms, sAdresse, nPort) in a POUR loop left
on ErreurDétectée with SORTIR, an ACK or NAK written back to the sender with
SocketEcrit(..., sAdresse, nPort), an associative array of arrays of structures, POUR
TOUT valeur, clé, a decimal comma, a DateHeure given its ISO text, ChaîneOccurrence,
EstNumérique, ChaîneConstruit; udp_sensors_en.wl its English twin). Two Python sensors
on 127.0.0.1 send their readings one at a time, each waiting for its answer: every
reading is acknowledged to the sensor that sent it, a garbled frame and a reading that is
no number are refused (NAK), and the summary per sensor raises the cold room over its
threshold."""
from __future__ import annotations

import io
import socket
import threading
import time
from pathlib import Path

import pytest

from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"
FRAMES = [("a", "CAPT-01;3,5;20261206T061500"), ("a", "CAPT-01;4.1;20261206T061600"),
          ("b", "CAPT-02;9,2;20261206T061500"), ("b", "bonjour"),
          ("a", "CAPT-01;abc;20261206T061700"), ("b", "CAPT-02;7.0;20261206T061600")]
ANSWERS = {"a": ["ACK;CAPT-01;1", "ACK;CAPT-01;2", "NAK;5"],
           "b": ["ACK;CAPT-02;3", "NAK;4", "ACK;CAPT-02;6"]}


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("name, said", [
    ("releve_capteurs_udp_fr.wl", ["A l'écoute",
                                   "CAPT-01 : 2 relevé(s), moyenne 3.8, max 4.1",
                                   "CAPT-02 : 2 relevé(s), moyenne 8.1, max 9.2 ALERTE",
                                   "2 trame(s) rejetée(s)"]),
    ("udp_sensors_en.wl", ["Listening",
                           "CAPT-01: 2 reading(s), average 3.8, max 4.1",
                           "CAPT-02: 2 reading(s), average 8.1, max 9.2 ALERT",
                           "2 frame(s) refused"]),
], ids=["fr", "en"])
def test_readings_acknowledged_and_summed_up(name: str, said: list[str]) -> None:
    port = _free_udp_port()
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(port))
    out, err = io.StringIO(), io.StringIO()
    script = threading.Thread(target=run_source, args=(code, name),
                              kwargs={"stdout": out, "stderr": err}, daemon=True)
    script.start()
    for _ in range(500):  # until the script listens (a count of looks, no wall-time bound)
        if out.getvalue():
            break
        time.sleep(0.02)
    sensors = {key: socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for key in "ab"}
    got: dict[str, list[str]] = {"a": [], "b": []}
    try:
        for key, frame in FRAMES:
            sensors[key].settimeout(10)
            sensors[key].sendto(frame.encode(), ("127.0.0.1", port))
            got[key].append(sensors[key].recv(1024).decode())
    finally:
        for s in sensors.values():
            s.close()
    script.join(30)
    assert not script.is_alive()
    assert got == ANSWERS
    assert (out.getvalue().splitlines(), err.getvalue()) == (said, "")
