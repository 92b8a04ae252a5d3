"""Ping/Ping (help page ?3014013): whether a network address answers ICMP echo.

`Ping(address [, maximum duration])`: True when the address answers within the duration
(milliseconds, a Duration, or a readable "1 s"; 1000 by default), False otherwise, with
ErrorInfo saying why (a name that does not resolve returns False at once, without
waiting). ICMP needs a socket the system may refuse to an ordinary user: wlinterp tries
the unprivileged ICMP socket Linux and macOS offer, then a raw socket (administrators),
then the system's `ping` program; when none is available the call returns False and
ErrorInfo says so (it never pretends the address answered). IPv4 only (decided).
"""
from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import sys
import time

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family
from wlinterp.runtime import values as V
from wlinterp.runtime.datetimes import to_duration
from wlinterp.runtime.durations import WLDuration
from wlinterp.runtime.state import Runtime
from wlinterp.digits import ascii_digits

family = Family("Ping")

_DEFAULT_MS = 1000
_MAX_MS = 60_000  # a longer wait is cut to one minute (decided: bounded)
_PAYLOAD = b"wlinterp-ping"


class _NoICMP(Exception):
    """No way to send ICMP from this process."""


def _milliseconds(value: object) -> int:
    """The maximum duration: milliseconds, a Duration, or a readable duration."""
    if isinstance(value, WLDuration):
        ms = value.ms
    elif isinstance(value, str) and not ascii_digits(value.strip()):
        ms = to_duration(value).ms
    else:
        ms = V.to_int(value)
    return max(1, min(ms, _MAX_MS))


def _checksum(data: bytes) -> int:
    """The Internet checksum (RFC 1071) of an ICMP message."""
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    total = (total >> 16) + (total & 0xFFFF)
    total += total >> 16
    return ~total & 0xFFFF


def _request(ident: int) -> bytes:
    header = struct.pack("!BBHHH", 8, 0, 0, ident, 1)
    return struct.pack("!BBHHH", 8, 0, _checksum(header + _PAYLOAD), ident, 1) + _PAYLOAD


def _open_icmp() -> tuple[socket.socket, bool]:
    """An ICMP socket and whether it is raw (its replies carry the IP header)."""
    for kind in (socket.SOCK_DGRAM, socket.SOCK_RAW):
        try:
            return socket.socket(socket.AF_INET, kind, socket.IPPROTO_ICMP), kind == socket.SOCK_RAW
        except OSError:
            continue
    raise _NoICMP


def _echo(ip: str, seconds: float) -> bool:
    """Send one echo request and wait for its reply until the deadline."""
    sock, raw = _open_icmp()
    ident = os.getpid() & 0xFFFF
    with sock:
        sock.sendto(_request(ident), (ip, 0))
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            sock.settimeout(left)
            try:
                data, sender = sock.recvfrom(2048)
            except socket.timeout:
                return False
            if raw:
                data = data[(data[0] & 0x0F) * 4:]
            if _our_reply(data, sender[0], ip, ident if raw else None):
                return True
    return False


def _our_reply(data: bytes, sender: str, ip: str, ident: int | None) -> bool:
    """An echo reply (type 0) to our request: sent by the address pinged (a reply from
    another host answers someone else), carrying our payload, and with our identifier
    when `ident` is given (a raw socket sees every ICMP message the machine receives;
    the unprivileged socket gets only its own, the system replacing the identifier)."""
    if sender != ip or data[:1] != b"\0" or not data.endswith(_PAYLOAD):
        return False
    return ident is None or data[4:6] == struct.pack("!H", ident)


def _ping_program(ip: str, seconds: float) -> bool:
    """The system's ping, when the process may not open an ICMP socket itself."""
    program = shutil.which("ping")
    if program is None:
        raise _NoICMP
    if sys.platform == "win32":
        args = [program, "-n", "1", "-w", str(int(seconds * 1000)), ip]
    else:
        args = [program, "-c", "1", "-W", str(max(1, round(seconds))), ip]
    try:
        done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=seconds + 2, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@family.function("Ping", "Ping", can_fail=True)
def ping(rt: Runtime, address: object, maximum: object = _DEFAULT_MS) -> bool:
    """True when `address` answers an ICMP echo within `maximum` (?3014013)."""
    name = V.to_str(address).strip()
    seconds = _milliseconds(maximum) / 1000
    try:
        ip = str(socket.getaddrinfo(name, None, socket.AF_INET)[0][4][0])
    except (OSError, UnicodeError, IndexError):
        raise BuiltinFailure(f"Ping: the address '{name}' cannot be resolved.") from None
    try:
        try:
            answered = _echo(ip, seconds)
        except _NoICMP:
            answered = _ping_program(ip, seconds)
    except _NoICMP:
        raise BuiltinFailure("Ping: ICMP is not available to this process (no ICMP socket "
                             "is allowed and no ping program was found).") from None
    except OSError as exc:
        raise BuiltinFailure(f"Ping: {name} ({ip}) cannot be reached: {exc.strerror}.") from None
    if not answered:
        raise BuiltinFailure(f"Ping: {name} ({ip}) did not answer within "
                             f"{round(seconds * 1000)} ms.")
    return True
