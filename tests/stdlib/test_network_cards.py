"""NetMACAddress / NetAdresseMAC (stdlib/network_cards.py): the cards read from a
/sys/class/net tree of ours (the order, what is left out), then the machine's own, as a
script sees them, EN and FR. docs/builtins.md "NetMACAddress"."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.stdlib.network_cards import cards

ROUTES = ("Iface\tDestination\tGateway \tFlags\n"
          "eth1\t000200C0\t00000000\t0001\n"
          "eth1\t00000000\t010200C0\t0003\n")


def _card(root: Path, name: str, address: str, index: int, kind: int = 1) -> None:
    folder = root / name
    folder.mkdir()
    (folder / "address").write_text(address + "\n")
    (folder / "ifindex").write_text(f"{index}\n")
    (folder / "type").write_text(f"{kind}\n")


def test_the_default_route_s_card_first_then_by_index(tmp_path: Path) -> None:
    """lo (loopback) and a card without an address are left out; eth1 carries the
    default route, so it comes first, though its index is the highest."""
    net = tmp_path / "net"
    net.mkdir()
    _card(net, "lo", "00:00:00:00:00:00", 1, 772)
    _card(net, "docker0", "02:42:ac:11:00:01", 3)
    _card(net, "tun0", "", 4, 65534)
    _card(net, "eth0", "52:54:00:12:34:56", 2)
    _card(net, "eth1", "52:54:00:ab:cd:ef", 9)
    (tmp_path / "route").write_text(ROUTES)
    assert cards(str(net), str(tmp_path / "route")) == [
        "52:54:00:AB:CD:EF", "52:54:00:12:34:56", "02:42:AC:11:00:01"]
    assert cards(str(net), str(tmp_path / "no route")) == [
        "52:54:00:12:34:56", "02:42:AC:11:00:01", "52:54:00:AB:CD:EF"]
    assert cards(str(tmp_path / "no such folder"), str(tmp_path / "route")) == []


def _machine_s_addresses() -> set[str]:
    """The MAC addresses /sys/class/net lists, read here without the module's help."""
    root = Path("/sys/class/net")
    found = set()
    for card in (root.iterdir() if root.is_dir() else ()):
        try:
            address = (card / "address").read_text().strip()
            kind = (card / "type").read_text().strip()
        except OSError:
            continue
        if kind != "772" and address.strip("0:"):
            found.add(address.upper())
    return found


@pytest.mark.parametrize("code, called", [
    ('Trace(NetMACAddress())\nTrace(NetMACAddress(99))\nTrace(ErrorOccurred)\n'
     'Trace(ErrorInfo(errMessage))\n', "NetMACAddress"),
    ('Trace(NetAdresseMAC(0))\nTrace(NetAdresseMAC(99))\nTrace(ErreurDétectée)\n'
     'Trace(ErreurInfo(errMessage))\n', "NetAdresseMAC")], ids=["en", "fr"])
def test_a_script_reads_one_of_the_machine_s_cards(code: str, called: str) -> None:
    """The first card is one /sys/class/net lists (or "" where it lists none); one past
    the last is "" with ErrorOccurred, ErrorInfo naming the function as the line does."""
    out = io.StringIO()
    run_source(code, "mac.wl", stdout=out, stderr=io.StringIO())
    first, past, occurred, words = out.getvalue().splitlines()
    known = _machine_s_addresses()
    assert first in known if known else first == ""
    assert past == "" and occurred == "1"
    assert words.startswith(f"{called}: there is no network card 99 (this machine has "
                            f"{len(known)} network card")
    assert os.path.isdir("/sys/class/net") or not known
