"""NetListIPAddress, NetIPToMAC, NetMACToIP and NetIPAddress(index)
(stdlib/network_addresses.py, sockets_more.py): the kernel's lists read from files of
ours (IPv6 addresses, the ARP table), then the machine's own addresses as a script sees
them, EN and FR. docs/builtins.md "NetMACAddress"."""
from __future__ import annotations

import io
import ipaddress
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.stdlib import network_addresses as A

INET6 = ("fd000000000000000000000000000002 04 40 00 82     eth0\n"
         "00000000000000000000000000000001 01 80 10 80       lo\n"
         "fe8000000000000000fc00fffe000001 04 40 20 80     eth0\n"
         "20010db8000000000000000000000010 03 40 00 80  docker0\n")
ARP = ("IP address       HW type     Flags       HW address            Mask     Device\n"
       "192.0.2.1        0x1         0x2         02:fc:00:00:00:05     *        eth0\n"
       "192.0.2.9        0x1         0x0         00:00:00:00:00:00     *        eth0\n")


def _run(code: str) -> list[str]:
    out = io.StringIO()
    run_source(code, "net.wl", stdout=out, stderr=io.StringIO())
    return out.getvalue().splitlines()


def test_the_kernel_s_ipv6_list_and_arp_table_are_read(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """::1 left out, a link-local address with its card, by interface index; an
    incomplete ARP entry (flags 0, no MAC) is no neighbour."""
    (tmp_path / "if_inet6").write_text(INET6)
    (tmp_path / "arp").write_text(ARP)
    monkeypatch.setattr(A, "_INET6", str(tmp_path / "if_inet6"))
    monkeypatch.setattr(A, "_ARP", str(tmp_path / "arp"))
    assert A._ipv6_addresses() == [("docker0", "2001:db8::10"), ("eth0", "fd00::2"),
                                   ("eth0", "fe80::fc:ff:fe00:1%eth0")]
    assert A._neighbours() == [("02:FC:00:00:00:05", "192.0.2.1")]
    lines = _run('Trace(NetIPToMAC("192.0.2.1"))\nTrace(NetMACToIP("02-fc-00-00-00-05"))\n'
                 'Trace(NetIPToMAC("192.0.2.9"), ErrorOccurred)\n'
                 'Trace(NetListIPAddress(2))\n')
    assert lines[:3] == ["02:FC:00:00:00:05", "192.0.2.1", ", 1"]
    assert lines[3:] == ["2001:db8::10", "fd00::2", "fe80::fc:ff:fe00:1%eth0"]


@pytest.mark.parametrize("code", [
    'sIP is string = NetIPAddress()\nTrace(sIP)\nTrace(NetListIPAddress(1))\n'
    'Trace(NetIPToMAC(sIP) = NetMACAddress())\nTrace(NetMACToIP(NetMACAddress()) = sIP)\n'
    'Trace(NetIPAddress(0) = Left(NetListIPAddress(1), Length(NetIPAddress(0))))\n'
    'Trace(NetIPAddress(99), ErrorOccurred)\n',
    'sIP est une chaîne = NetAdresseIP()\nTrace(sIP)\nTrace(NetListeAdresseIP(1))\n'
    'Trace(NetIPVersMAC(sIP) = NetAdresseMAC())\nTrace(NetMACVersIP(NetAdresseMAC()) = sIP)\n'
    'Trace(NetAdresseIP(0) = Gauche(NetListeAdresseIP(1), Taille(NetAdresseIP(0))))\n'
    'Trace(NetAdresseIP(99), ErreurDétectée)\n'], ids=["en", "fr"])
def test_the_machine_s_own_addresses_agree(code: str) -> None:
    """The address NetIPAddress() reaches the network by is listed, is the card
    NetMACAddress() names, both ways; NetIPAddress(n) is the n-th listed (from 0)."""
    lines = _run(code)
    own, listed = lines[0], lines[1:-4]
    if own == "127.0.0.1":  # a machine without a network: nothing to list
        assert listed == [""] and lines[-1] == ", 1"
        return
    assert own in listed and all(ipaddress.IPv4Address(a) for a in listed)
    assert lines[-4:] == ["1", "1", "1", ", 1"]


def test_a_wrong_address_is_refused_in_words() -> None:
    lines = _run('Trace(NetIPToMAC("::1"), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
                 'Trace(NetMACToIP("not a mac"), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n')
    assert lines == [", 1", "NetIPToMAC: '::1' is not an IPv4 address (aa.bb.cc.dd).",
                     ", 1", "NetMACToIP: 'not a mac' is not a MAC address "
                     "(aa:bb:cc:dd:ee:ff)."]


@pytest.mark.parametrize("code, names", [
    ('Trace(NetMACAddress(), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
     'Trace(NetListIPAddress(), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
     'Trace(NetIPToMAC("192.0.2.1"), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
     'Trace(NetMACToIP("02:FC:00:00:00:05"), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n'
     'Trace(NetIPAddress(0), ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n',
     ["NetMACAddress", "NetListIPAddress", "NetIPToMAC", "NetMACToIP", "NetIPAddress"]),
    ('Trace(NetAdresseMAC(), ErreurDétectée)\nTrace(ErreurInfo(errMessage))\n'
     'Trace(NetListeAdresseIP(), ErreurDétectée)\nTrace(ErreurInfo(errMessage))\n'
     'Trace(NetIPVersMAC("192.0.2.1"), ErreurDétectée)\nTrace(ErreurInfo(errMessage))\n'
     'Trace(NetMACVersIP("02:FC:00:00:00:05"), ErreurDétectée)\nTrace(ErreurInfo(errMessage))\n'
     'Trace(NetAdresseIP(0), ErreurDétectée)\nTrace(ErreurInfo(errMessage))\n',
     ["NetAdresseMAC", "NetListeAdresseIP", "NetIPVersMAC", "NetMACVersIP", "NetAdresseIP"])],
    ids=["en", "fr"])
def test_a_system_without_linux_s_tables_fails_in_words(
        code: str, names: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a system without /sys/class/net and /proc/net (macOS; here an empty folder in
    their place) each function fails, a non-fatal error naming it and what it could not
    read, "" returned (it said the machine had no card, or listed nothing)."""
    from wlinterp.stdlib import network_cards
    monkeypatch.setattr(network_cards, "SYSTEM_ROOT", str(tmp_path))
    lines = _run(code)
    assert lines[0::2] == [", 1"] * 5
    assert lines[1::2] == [f"{name}: this system's network cards cannot be read: they are "
                           "read from Linux's /sys/class/net and /proc/net, missing here."
                           for name in names]
