"""NetMACAddress / NetAdresseMAC: the MAC address of one of this machine's network cards.

No stored help page for it (searched "NetMACAddress", "NetAdresseMAC"; the NetIPToMAC
page, ?1000016005, gives the form of a MAC address, "aa:bb:cc:dd:ee:ff", and "" when
there is a problem). What PC SOFT's own Android runtime does, read in its published
code (INFERRED for WINDEV): an optional card index counted from 0 (0 by default, a
negative one taken as 0) among the cards that have a hardware address, the six bytes in
upper-case hexadecimal joined by colons, "" when there is no such card.

Read from /sys/class/net (Linux's own list, no program started, nothing parsed from a
tool's output that may change): the loopback and the cards without an address are left
out. The card the default route leaves by comes first, so NetMACAddress() is the card
of the address NetIPAddress() gives; the others follow in the system's order (their
interface index). A system without Linux's tables fails in words (need_system_tables).
docs/builtins.md "NetMACAddress".
"""
from __future__ import annotations

import os

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

family = Family("Network cards")

SYSTEM_ROOT = "/"
"""Where the system's /sys and /proc are read from (a test points it at a folder of its
own, as on a system without them)."""
_SYS_NET = "sys/class/net"  # (below SYSTEM_ROOT: system_path)
_ROUTES = "proc/net/route"
_LOOPBACK = "772"  # ARPHRD_LOOPBACK, /sys/class/net/<card>/type


@family.function("NetMACAddress", "NetAdresseMAC", can_fail=True)
def net_mac_address(rt: Runtime, card: object = 0) -> str:
    """The MAC address of the network card `card` (0, the first, by default), as
    "02:FC:00:00:00:01"; "" with a non-fatal error when there is no such card."""
    n = max(0, V.to_int(card))
    need_system_tables("NetMACAddress")
    found = cards(system_path(_SYS_NET), system_path(_ROUTES))  # (read at each call: cards come and go)
    if n >= len(found):
        have = f"{len(found)} network card{'s' if len(found) != 1 else ''}"
        raise BuiltinFailure(f"NetMACAddress: there is no network card {n} (this machine "
                             f"has {have} with a MAC address, counted from 0).", value="")
    return found[n]


def cards(sys_net: str, routes: str) -> list[str]:
    """The MAC addresses of the machine's cards, the default route's card first, then by
    interface index; loopback and address-less cards left out."""
    return [mac for _, mac in card_addresses(sys_net, routes)]


def card_addresses(sys_net: str = "", routes: str = "") -> list[tuple[str, str]]:
    """(card, MAC address) of the machine's cards, in `cards`'s order (the system's own
    tables when no path is given)."""
    sys_net, routes = sys_net or system_path(_SYS_NET), routes or system_path(_ROUTES)
    try:
        names = os.listdir(sys_net)
    except OSError:
        return []
    default = _default_route_card(routes)
    rows = []
    for name in names:
        address, kind, index = (read_system_file(os.path.join(sys_net, name, leaf)).strip()
                                for leaf in ("address", "type", "ifindex"))
        if kind == _LOOPBACK or not address.strip("0:"):
            continue
        rows.append((name != default, int(index) if index.isdigit() else 1 << 30, name,
                     address.upper()))
    return [(name, address) for *_, name, address in sorted(rows)]


def _default_route_card(routes: str) -> str:
    """The card of the IPv4 default route (destination 00000000 in the kernel's routing
    table), "" when there is none."""
    for line in read_system_file(routes).splitlines()[1:]:
        fields = line.split()
        if len(fields) > 1 and fields[1] == "00000000":
            return fields[0]
    return ""


def system_path(path: str) -> str:
    """`path` (of /sys or /proc, written without its leading slash) below SYSTEM_ROOT; an
    absolute path is kept as it is."""
    return os.path.join(SYSTEM_ROOT, path)


def need_system_tables(fname: str) -> None:
    """The family reads Linux's /sys/class/net and /proc/net (no program started, no tool's
    output parsed): on a system without them (macOS, the BSDs, a container that hides
    them) `fname` fails in words, a non-fatal error, instead of saying the machine has no
    card or no address."""
    missing = [f"/{p}" for p in ("sys/class/net", "proc/net")
               if not os.path.isdir(system_path(p))]
    if missing:
        raise BuiltinFailure(f"{fname}: this system's network cards cannot be read: they are "
                             f"read from Linux's {' and '.join(missing)}, missing here.",
                             value="")


def read_system_file(path: str) -> str:
    """A file of /sys or /proc (its first MiB: a routing or neighbour table of thousands
    of lines still fits), `path` as system_path takes it; "" when it cannot be read."""
    try:
        with open(system_path(path), encoding="ascii", errors="replace") as f:
            return f.read(1 << 20)
    except OSError:
        return ""
