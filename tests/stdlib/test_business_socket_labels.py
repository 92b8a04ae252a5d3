"""Business code as WINDEV developers write it (issue 8, NET, method b): labels printed on a
warehouse Zebra printer over a raw socket (ZPL on port 9100), in French
(tests/stdlib/business/etiquettes_zebra_fr.wl: CONSTANTE, LOCAL and optional parameters,
SocketConnecte with a timeout in milliseconds, SocketSansMarqueurFin, SocketEcrit,
SocketLit(..., Faux, délai), `SI ErreurDétectée OU ...`, ExtraitChaîne of the ~HS status)
and in English, against a loopback server that plays the printer: it reads the ZPL up to
`~HS` and answers the host status, "paper out" the second time; a closed port is reported
in words naming the function as the script calls it."""
from __future__ import annotations

import io
import socket
import threading
from pathlib import Path

import pytest

from loopback import RawServer
from wlinterp.engine import run_source

BUSINESS = Path(__file__).parent / "business"


class Printer:
    """The printer's side: each connection's ZPL, and the ~HS answer."""

    def __init__(self) -> None:
        self.received: list[bytes] = []

    def __call__(self, conn: socket.socket, stop: threading.Event) -> None:
        conn.settimeout(5)
        data = b""
        while not data.endswith(b"~HS"):
            chunk = conn.recv(4096)
            if not chunk:
                return
            data += chunk
        self.received.append(data)
        paper_out = b"1" if len(self.received) == 2 else b"0"
        conn.sendall(b"\x02030," + paper_out + b",0,1245,000,0,0,0,000,0,0,0\x03\r\n"
                     b"\x02001,0,0,0,1,2,6,0,00000000,1,000\x03\r\n")


@pytest.mark.parametrize("name, said", [
    ("etiquettes_zebra_fr.wl", ["3 étiquette(s) REF-0042 imprimée(s)", "Papier épuisé",
                                "Imprimante injoignable : SocketConnecte: cannot connect to "
                                "127.0.0.1:{closed} (Connection refused)."]),
    ("zebra_labels_en.wl", ["3 label(s) REF-0042 printed", "Paper out",
                            "Printer unreachable: SocketConnect: cannot connect to "
                            "127.0.0.1:{closed} (Connection refused)."]),
], ids=["fr", "en"])
def test_labels_printed_by_business_code(name: str, said: list[str]) -> None:
    printer = Printer()
    server = RawServer(printer)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    code = (BUSINESS / name).read_text(encoding="utf-8").replace("{port}", str(server.port)) \
        .replace("{ferme}", str(closed))
    out, err = io.StringIO(), io.StringIO()
    try:
        run_source(code, name, stdout=out, stderr=err)
    finally:
        server.close()
    assert (out.getvalue().splitlines(), err.getvalue()) == (
        [line.replace("{closed}", str(closed)) for line in said], "")
    assert printer.received == [
        b"^XA^FO50,50^A0N,40,40^FDCable electrique 2,5 mm^FS^FO50,120^BCN,80^FDREF-0042"
        b"^FS^PQ3^XZ~HS",
        b"^XA^FO50,50^A0N,40,40^FDGaine ICTA 20^FS^FO50,120^BCN,80^FDREF-0043^FS^PQ1^XZ~HS"]
