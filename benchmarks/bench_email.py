"""E-mail throughput: WLanguage built-ins vs raw smtplib, sync vs async, same run.

    python benchmarks/bench_email.py [--messages 500] [--rounds 3] [--connections 4]

A sink SMTP server (aiosmtpd, answers 250 to everything) runs in a separate process on
127.0.0.1 so it does not share the client's GIL. Each round, interleaved:

* raw     — smtplib, one connection, per message: build an EmailMessage
            (From/To/Subject/Date/Message-ID, text body) and send_message();
* wl-sync — EmailStartSMTPSession once, then per message fill the global Email
            structure and call EmailSendMessage (through the registry, as compiled code
            does); EmailCloseSession;
* wl-async— the same with an asynchronous session (several connections), timed until
            EmailCloseSession returns (every message accepted by the server).

Prints msgs/s (median of rounds) and the ratios; targets: wl-sync >= 0.8x raw,
wl-async > wl-sync. Exit status 1 if a target is missed. Then the time to build the
bytes of one message with a 13.5 MB text body (French text: quoted-printable), CPU and
wall, median of the rounds (wlinterp/mail/body_encoding.py; target: under 1 s CPU).
"""
from __future__ import annotations

import argparse
import io
import os
import socket
import statistics
import subprocess
import sys
import time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

SERVER_CODE = """
import sys, time
from aiosmtpd.controller import Controller
class Sink:
    async def handle_DATA(self, server, session, envelope):
        return "250 OK"
c = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[1]), ready_timeout=10)
c.start()
print("ready", flush=True)
sys.stdin.read()
c.stop()
"""

BODY = ("Dear customer,\n\nYour order has been shipped. " * 12).strip()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> tuple[subprocess.Popen[str], int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER_CODE, str(port)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != "ready":
        raise SystemExit("sink server did not start")
    return proc, port


def bench_raw(port: int, n: int) -> float:
    import smtplib
    began = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="localhost", timeout=30) as smtp:
        for i in range(n):
            msg = EmailMessage()
            msg["From"] = "shop@example.test"
            msg["To"] = f"customer{i}@example.test"
            msg["Subject"] = f"Order {i} shipped"
            msg["Date"] = formatdate(localtime=True)
            msg["Message-ID"] = make_msgid(domain="example.test")
            msg.set_content(BODY)
            smtp.send_message(msg)
    return n / (time.perf_counter() - began)


def bench_wl(port: int, n: int, asynchronous: bool, connections: int) -> float:
    from wlinterp.registry import load_stdlib
    from wlinterp.runtime.state import Runtime
    reg = load_stdlib()
    fn = reg.functions
    rt = Runtime(stdout=io.StringIO(), stderr=io.StringIO(),
                 options={"email_async_connections": connections})
    email = rt.variable("email", reg.variables["email"].value)
    began = time.perf_counter()
    if not fn["emailstartsmtpsession"].call(rt, "shop", "127.0.0.1", port, asynchronous):
        raise SystemExit(f"session failed: {rt.error_message}")
    for i in range(n):
        fn["emailreset"].call(rt)
        email.wl_set("sender", "shop@example.test")
        email.wl_get("recipient").set(f"customer{i}@example.test", 1)
        email.wl_set("subject", f"Order {i} shipped")
        email.wl_set("message", BODY)
        if not fn["emailsendmessage"].call(rt, "shop"):
            raise SystemExit(f"send failed: {rt.error_message}")
    if not fn["emailclosesession"].call(rt, "shop"):
        raise SystemExit(f"close failed: {rt.error_message}")
    elapsed = time.perf_counter() - began
    rt.finish()
    return n / elapsed


def bench_big_body(rounds: int) -> tuple[float, float]:
    """(CPU, wall) seconds, medians, to prepare a message with a 13.5 MB text body."""
    from wlinterp.mail.message import OutgoingMail, prepare
    line = "Réf. 000042 ; quantité 3 ; prix 12,50 € = 37,50 €\r\n"
    text = (line * (13_500_000 // len(line) + 1))[:13_500_000]
    mail = OutgoingMail(sender="a@example.org", to=[(1, "b@example.org")], subject="big",
                        text=text)
    cpu, wall = [], []
    for _ in range(rounds):
        began, began_cpu = time.perf_counter(), time.process_time()
        prepare(mail, False)
        cpu.append(time.process_time() - began_cpu)
        wall.append(time.perf_counter() - began)
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--connections", type=int, default=4)
    args = ap.parse_args()
    proc, port = start_server()
    results: dict[str, list[float]] = {"raw": [], "wl-sync": [], "wl-async": []}
    try:
        bench_raw(port, 50)  # warm-up (imports, server first-connection costs)
        bench_wl(port, 50, False, args.connections)
        for _ in range(args.rounds):
            results["raw"].append(bench_raw(port, args.messages))
            results["wl-sync"].append(bench_wl(port, args.messages, False, args.connections))
            results["wl-async"].append(bench_wl(port, args.messages, True, args.connections))
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(10)
    med = {k: statistics.median(v) for k, v in results.items()}
    print(f"{args.messages} messages, {args.rounds} rounds, cpu count {os.cpu_count()}")
    for name, rate in med.items():
        print(f"  {name:9s} {rate:8.0f} msgs/s   (rounds: "
              + ", ".join(f"{r:.0f}" for r in results[name]) + ")")
    sync_ratio = med["wl-sync"] / med["raw"]
    async_ratio = med["wl-async"] / med["wl-sync"]
    print(f"wl-sync / raw smtplib : {sync_ratio:.2f}x  (target >= 0.80)")
    print(f"wl-async / wl-sync    : {async_ratio:.2f}x  (target > 1.00, "
          f"{args.connections} connections)")
    big_cpu, big_wall = bench_big_body(args.rounds)
    print(f"13.5 MB text body     : {big_cpu:.2f} s CPU, {big_wall:.2f} s wall to build "
          f"(target < 1 s CPU)")
    return 0 if sync_ratio >= 0.8 and async_ratio > 1.0 and big_cpu < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
