"""UDP datagrams for SocketWrite and SocketRead on a socket SocketCreateUDP made
(stdlib/sockets.py calls them; kept apart so that module stays one job: streams)."""
from __future__ import annotations

__all__ = ["send_datagram", "read_datagram"]

import socket

from wlinterp.errors import BuiltinFailure
from wlinterp.runtime import values as V

from .socket_stream import WLSocket, in_slices, untimed
from .sockets import _no_message, decoded, host_arg, port_arg

_MAX_DATAGRAM = 65535


def send_datagram(s: WLSocket, data: bytes, address: object, port: object) -> bool:
    """One UDP datagram to address:port, or to the last sender when neither is given. One
    without the other is a wrong call: falling back to the last sender would send the
    datagram to another machine than the one the script names."""
    named = address is not None and V.to_str(address) != ""
    if named != (port is not None):
        raise BuiltinFailure("SocketWrite: a UDP datagram is sent to an address and a port "
                             "given together (or, with neither, to the last sender).",
                             value=False)
    if named:
        target = (host_arg(address, "SocketWrite"), port_arg(port, "SocketWrite"))
    elif s.peer is not None:
        target = s.peer
    else:
        raise BuiltinFailure("SocketWrite: a UDP socket needs the address and port to send "
                             "to (none given and no message read yet).", value=False)
    if len(data) > _MAX_DATAGRAM - 28:
        raise BuiltinFailure(f"SocketWrite: a UDP message holds at most "
                             f"{_MAX_DATAGRAM - 28} bytes ({len(data)} given).", value=False)
    try:
        s.sock.sendto(data, target)
    except OSError as exc:
        raise BuiltinFailure(f"SocketWrite: {exc.strerror or exc}.", value=False) from None
    return True


def read_datagram(s: WLSocket, seconds: float | None) -> tuple[str, str, int]:
    """The next UDP datagram, with its sender (kept for SocketWrite and SocketClientInfo)."""
    try:
        data, sender = in_slices(s.sock, lambda: s.sock.recvfrom(_MAX_DATAGRAM), seconds,
                                  "SocketRead")
    except socket.timeout:
        raise BuiltinFailure(_no_message(seconds), value=("", "", 0)) from None
    except OSError as exc:
        raise BuiltinFailure(f"SocketRead: {exc.strerror or exc}.", value=("", "", 0)) from None
    finally:
        untimed(s.sock)
    s.peer = (sender[0], int(sender[1]))
    return decoded(data), s.peer[0], s.peer[1]
