"""The rest of the sockets family that real code calls: SocketClientInfo (the other end of
a socket), SocketDeny/SocketRefuse (a server turns down the connection
SocketWaitForConnection got) and NetIPAddress/NetAdresseIP (the
IP address of a machine), plus ThreadMode (the older threads' scheduling mode).

No stored help page for any of them (searched: "SocketRefuse", "NetAdresseIP",
"ThreadMode"); the English names are INFERRED from the French ones the real code calls
and from the families' pairing (SocketAccepte is SocketAccept). Decisions
(docs/builtins.md, "Sockets: SocketDeny, NetIPAddress" and "ThreadMode"):
- SocketDeny(server) closes the oldest connection waiting to be accepted on that server
  (the client sees the connection closed) and returns True; with no connection waiting,
  a non-fatal error (False), as SocketAccept's. The real code calls it right after
  SocketWaitForConnection returned True, instead of SocketAccept.
- NetIPAddress(name) resolves a machine name to its IPv4 address ("" and a non-fatal error
  when it cannot: the real code tests `NetIPAddress(server) ~= ""` and shows ErrorInfo);
  an address given is returned as it is; without a name, the address this machine uses to
  reach the network (the interface a UDP socket would leave by; no packet is sent), else
  127.0.0.1 on a machine without a network.
- ThreadMode(mode) is accepted and remembered: wlinterp already runs one thread's
  WLanguage code at a time (runtime/thread_gate.py), which is what threadCriticalSection
  asks for; threadPreemptive is accepted too, without changing how threads run. Either
  may be added to threadMultiProcessor / threadMultiProcesseur (PC SOFT's own WINDEV
  Mobile FTP client calls `ThreadMode(threadMultiProcesseur+threadSectionCritique)` in its
  project code): the threads may use several processors, accepted and remembered too.
"""
from __future__ import annotations

import ipaddress
import re
import socket
from decimal import Decimal

from wlinterp.errors import BuiltinFailure, WLRuntimeError
from wlinterp.registry import Family, TextArg
from wlinterp.runtime import values as V
from wlinterp.runtime.state import Runtime

from .int_args import int_arg
from .sockets import get_socket
from .strings import text_arg

family = Family("Sockets (deny, addresses)")

THREAD_CRITICAL_SECTION = family.constant("threadCriticalSection", "threadSectionCritique", 1)
THREAD_PREEMPTIVE = family.constant("threadPreemptive", "threadPréemptif", 2)
# a flag added to a mode (the French name as PC SOFT's code writes it; the English one
# INFERRED from the pairing threadSectionCritique / threadCriticalSection; value ours)
THREAD_MULTI_PROCESSOR = family.constant("threadMultiProcessor", "threadMultiProcesseur", 4)
_THREAD_MODE = "threads.mode"
_TEST_NET = ("192.0.2.1", 9)  # RFC 5737: never routed; a UDP connect sends nothing
# a host name (RFC 1123 labels); anything else fails without asking the resolver, and so
# does the reserved .invalid domain (RFC 6761): neither can name a machine
_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?")


@family.function("SocketDeny", "SocketRefuse", can_fail=True)
def socket_deny(rt: Runtime, server: TextArg) -> bool:
    """Turn down the connection waiting on a server socket: it is closed unaccepted."""
    s = get_socket(rt, server, "SocketDeny")
    if not s.accepted:
        raise BuiltinFailure("SocketDeny: no connection is waiting (call "
                             "SocketWaitForConnection first).", value=False)
    conn = s.accepted.pop(0)
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # the client may already be gone: denied all the same
    conn.close()
    return True


def _own_address() -> str:
    """The address this machine reaches the network by; 127.0.0.1 without a network."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(_TEST_NET)
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


@family.function("NetIPAddress", "NetAdresseIP", can_fail=True)
def net_ip_address(rt: Runtime, machine: object = None) -> str:
    """The IPv4 address of a machine named (an address is returned as given), or of this
    machine; "" with a non-fatal error when the name does not resolve. A number (of any
    type: a real 0 asked the resolver for "0.0", "3" for "3", answered 0.0.0.0 and
    0.0.0.3) is this machine's n-th address (_numbered_address)."""
    name = "" if machine is None else V.to_str(machine).strip()
    if isinstance(machine, (int, float, Decimal)) and not isinstance(machine, bool) \
            or name.isdigit():  # any number, and a text of digits as NetListIPAddress's
        return _numbered_address(int_arg(machine, "NetIPAddress"))
    if not name:
        return _own_address()
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        pass
    if not _HOST_NAME.fullmatch(name) or name.lower().rstrip(".").endswith(".invalid"):
        raise BuiltinFailure(f"NetIPAddress: '{name}' is not a machine name.", value="")
    try:
        return socket.gethostbyname(name)
    except (OSError, UnicodeError) as exc:
        raise BuiltinFailure(f"NetIPAddress: the machine '{name}' is unknown "
                             f"({getattr(exc, 'strerror', None) or exc}).", value="") from None


def _numbered_address(n: int) -> str:
    """`NetIPAddress(n)`: this machine's n-th IPv4 address, counted from 0 as
    NetListIPAddress lists them (PC SOFT's Android runtime reads an integer so, INFERRED);
    it asked the resolver for the host "0" and answered 0.0.0.0."""
    from .network_addresses import ipv4_addresses  # (only for this form)
    from .network_cards import need_system_tables
    need_system_tables("NetIPAddress")
    found = ipv4_addresses()
    if not 0 <= n < len(found):
        raise BuiltinFailure(f"NetIPAddress: this machine has no IPv4 address {n} ({len(found)} "
                             f"address{'es' if len(found) != 1 else ''}, counted from 0, "
                             "loopback left out).", value="")
    return found[n][1]


@family.function("ThreadMode", "ThreadMode")
def thread_mode(rt: Runtime, mode: object = None) -> int:
    """The threads' mode (threadCriticalSection by default), with threadMultiProcessor
    added when it was asked; with a mode, sets it and returns the previous one. The flag
    alone keeps the critical-section mode. Another value is a fatal error (a wrong
    constant, or both modes at once)."""
    old = int(rt.state.get(_THREAD_MODE, THREAD_CRITICAL_SECTION))
    if mode is not None:
        wanted = V.to_int(mode)
        base = wanted & ~THREAD_MULTI_PROCESSOR
        if base == 0 and wanted:
            wanted, base = wanted | THREAD_CRITICAL_SECTION, THREAD_CRITICAL_SECTION
        if base not in (THREAD_CRITICAL_SECTION, THREAD_PREEMPTIVE):
            raise WLRuntimeError(f"ThreadMode: {V.to_int(mode)} is not a thread mode "
                                 "(threadCriticalSection or threadPreemptive, either "
                                 "with threadMultiProcessor added).")
        rt.state[_THREAD_MODE] = wanted
    return old


SOCKET_ADDRESS = family.constant("SocketAddress", "SocketAdresse", 1)
SOCKET_PORT = family.constant("SocketPort", "SocketPort", 2)


@family.function("SocketClientInfo", "SocketClientInfo", can_fail=True)
def socket_client_info(rt: Runtime, name: TextArg, info: object = SOCKET_ADDRESS) -> object:
    """The other end of a socket: its IP address (SocketAddress, the default) or its port
    (SocketPort). For a connection SocketAccept named or a simplified server, the client;
    for a UDP socket, the sender of the last message read ("" / 0 before any)."""
    label, kind = text_arg(name, "SocketClientInfo"), V.to_int(info)
    if kind not in (SOCKET_ADDRESS, SOCKET_PORT):
        raise BuiltinFailure(f"SocketClientInfo: unknown information {kind} (SocketAddress "
                             "or SocketPort).", value="")
    # a failure gives what the information asked is: "" for an address, 0 for a port
    s = get_socket(rt, name, "SocketClientInfo", value="" if kind == SOCKET_ADDRESS else 0)
    if s.server and s.simple is not None:  # a simplified server: its one client
        s = s.simple
    if s.udp:
        peer = s.peer or ("", 0)
    else:
        try:
            peer = s.sock.getpeername()[:2]
        except OSError as exc:
            raise BuiltinFailure(f"SocketClientInfo: '{label}' is not connected "
                                 f"({exc.strerror or exc}).",
                                 value="" if kind == SOCKET_ADDRESS else 0) from None
    return peer[0] if kind == SOCKET_ADDRESS else int(peer[1])
