"""Where the capture server's processor time goes, thread by thread (Linux).

    python benchmarks/bench_capture_threads.py [--messages 1000] [--connections 4] [--rounds 2]

Each round, alternated: a server runs alone in a process of its own — the capture
(`start_capture`, the in-process handle) or an aiosmtpd server whose handler only
answers 250 — and this process sends it the messages of bench_mailbox.py over
`--connections` smtplib connections at once. The server's process then prints the user
and system CPU of each of its threads (from /proc/self/task), in milliseconds a message:
the event loop, the flusher (group commit), the keeper (message files), the loop's
executor (the records), against the plain server's loop. Processor time moves much less
than the clock on a shared machine (docs/mailbox.md, "Throughput").
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from bench_mailbox import _message, _send  # benchmarks/ is on the path when run as a script

_SERVER = r"""
import os, sys, threading
kind, folder = sys.argv[1], sys.argv[2]
if kind == "capture":
    from wlinterp.mailbox.commands import start_capture
    server = start_capture(folder, [])
    port = server.plain_port
else:
    import socket
    from aiosmtpd.controller import Controller
    class Plain:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = Controller(Plain(), hostname="127.0.0.1", port=port, ready_timeout=10)
    server.start()
print(port, flush=True)
sys.stdin.readline()  # the client is done
names = {str(t.native_id): t.name for t in threading.enumerate()}
tick = os.sysconf("SC_CLK_TCK")
for tid in sorted(os.listdir("/proc/self/task")):
    with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    print(names.get(tid, tid), int(fields[11]) / tick, int(fields[12]) / tick)
(server.close if kind == "capture" else server.stop)()
"""


def one_round(kind: str, messages: list[bytes], connections: int) -> dict[str, tuple[float, float]]:
    """{thread name: (user, system) ms a message} of one server run."""
    with tempfile.TemporaryDirectory() as folder:
        server = subprocess.Popen([sys.executable, "-c", _SERVER, kind, f"{folder}/box"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert server.stdin is not None and server.stdout is not None
        port = int(server.stdout.readline())
        began = time.perf_counter()
        with ThreadPoolExecutor(connections) as pool:
            list(pool.map(lambda share: _send(port, share),
                          [messages[n::connections] for n in range(connections)]))
        rate = len(messages) / (time.perf_counter() - began)
        out, _ = server.communicate("done\n", timeout=120)
    threads: dict[str, tuple[float, float]] = {"messages/s": (rate, 0.0)}
    for line in out.splitlines():
        name, user, system = line.rsplit(" ", 2)
        if name.startswith("asyncio_"):
            name = "executor (asyncio_*)"
        old = threads.get(name, (0.0, 0.0))
        threads[name] = (old[0] + float(user) * 1000 / len(messages),
                         old[1] + float(system) * 1000 / len(messages))
    return threads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    if not os.path.isdir("/proc/self/task"):
        print("needs Linux (/proc/self/task)", file=sys.stderr)
        return 2
    messages = [_message(n) for n in range(args.messages)]
    for round_no in range(args.rounds):
        for kind in (("plain", "capture") if round_no % 2 == 0 else ("capture", "plain")):
            threads = one_round(kind, messages, args.connections)
            rate = threads.pop("messages/s")[0]
            shown = ", ".join(f"{name} {user:.2f}+{system:.2f}"
                              for name, (user, system) in threads.items())
            print(f"{kind:8} {rate:7.1f} messages/s; ms a message (user+system): {shown}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
