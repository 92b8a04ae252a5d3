"""InternetConnected / InternetConnecté(): whether this computer has a route to the
Internet. No stored help page (INFERRED, docs/builtins.md "Introspection without a help
page"): real code calls it with no argument and tests its boolean (`IF InternetConnected()
THEN HTTPRequest(...)`), which is what PC SOFT's runtime for Android declares.

*Decided*: the answer is the system's own, without sending anything: a UDP socket is
"connected" to a public address, which only asks the system for a route (no packet leaves;
no name is resolved). A machine without any network, or one whose only route is the
loopback, answers False; a route does not prove that a server will answer (HTTPRequest
and Ping say that).
"""
from __future__ import annotations

import socket

from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

family = Family("Internet connection")

# a public address (a root name server's, IPv4 and IPv6): only the route to it is asked for
_PROBES = ((socket.AF_INET, ("198.41.0.4", 53)), (socket.AF_INET6, ("2001:503:ba3e::2:30", 53)))


def _has_route(family_: int, address: tuple[str, int]) -> bool:
    """True when the system would send a datagram to `address` through an interface other
    than the loopback."""
    try:
        with socket.socket(family_, socket.SOCK_DGRAM) as probe:
            probe.connect(address)
            local = probe.getsockname()[0]
    except OSError:  # no route, no such address family
        return False
    return not (local.startswith("127.") or local in ("::1", "0.0.0.0", "::"))


@family.function("InternetConnected", "InternetConnecté")
def internet_connected(rt: Runtime) -> bool:
    """True when an IPv4 or IPv6 route to the Internet exists (nothing is sent)."""
    return any(_has_route(f, a) for f, a in _PROBES)
