"""Capture mailbox throughput: `--capture` vs a plain aiosmtpd server, same client, same run.

    python benchmarks/bench_mailbox.py [--messages 300] [--rounds 5] [--script-messages 300]

Each round, interleaved (the order alternates from round to round), one smtplib
connection sends the same messages to:

* plain   — an aiosmtpd server in this process whose handler only answers 250;
* capture — the capture server (`wlinterp.mailbox.commands.start_capture`), which answers
            250 only after the message and its envelope are on disk: one record written
            in place into its journal and flushed (docs/mailbox.md, "Throughput").

Prints messages/s (median of rounds) and capture/plain; the goal is >= 0.75 (capture
costs at most 25% of throughput) while never acknowledging a message not stored durably.
Exit status 1 if the goal is missed. Both servers run on 127.0.0.1 in this process, so
the comparison is the storage cost, not the network. It also prints the disk's flush
latency measured in the same folder: one connection waits for the disk once per message,
so the ratio cannot exceed plain time / (plain time + 1 flush) whatever the code does;
on a loaded machine (shared disk) flushes take milliseconds and the goal is out of reach.
The "flush ceiling" line computes that bound from the capture's own flushes, timed during
its one-connection streams (their mean: a stream pays every slow flush, which a median
hides), for a capture doing the plain server's work besides (the capture reads the plain
form of addresses faster than aiosmtpd does, session.py, so it may pass that bound).
Where /dev/shm exists, a capture into it (a tmpfs, where a flush costs nothing) shows the
capture's own cost per message apart from the disk's.

After each one-connection stream, the time the capture then takes to write the message
files and records it leaves for a pause (`settle()`) is printed too: that work is not in
the rate, and it is in the whole-process lines below (the run waits for the capture's stop).

Then, whole processes, as a user runs them (the issue's measure): the same WLanguage
script sends --script-messages messages over one session, once with `wl run` to a plain
aiosmtpd server in another process, once with `wl run --capture DIR` (the capture in a
process of its own, mailbox/child.py; every record written before `wl run` ends). Each
is also run sending no message, so the line shows both the whole-process ratio and the
per-message ratio without the start-up (interpreters, TLS certificate of the capture).
These runs use cached bytecode, as an installed wlinterp does (PYTHONDONTWRITEBYTECODE is
dropped for them, and one untimed run of each comes first).

Every line also gives the CPU time per message (user + system, every thread; for the
whole processes, `wl run` with its capture child, and the plain server's process): on a
loaded machine wall-clock ratios swing from run to run, the CPU each side spends much
less, so it tells what the code costs when the clock cannot.
"""
from __future__ import annotations

import argparse
import os
import resource
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from bench_email import start_server  # benchmarks/ is on the path when run as a script

GOAL = 0.75

SCRIPT = """s is emailSMTPSession
s.ServerAddress = "{host}"
s.Port = {port}
IF EmailStartSession(s) THEN
  FOR i = 1 TO {count}
    Email.Sender = "shop@example.org"
    Email.Recipient[1] = "ann@example.org"
    Email.Subject = "Order " + i + " confirmed"
    Email.Message = Repeat("Thank you for your order. ", 20)
    IF NOT EmailSendMessage(s) THEN
      Error("not sent: " + ErrorInfo())
    END
  END
  EmailCloseSession(s)
ELSE
  Error("no session: " + ErrorInfo())
END
"""



class _Plain:
    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 OK"


def _message(n: int) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "shop@example.org", "ann@example.org"
    message["Subject"] = f"Order {n} confirmed"
    message.set_content("Thank you for your order.\n" * 20)
    return message.as_bytes()


def _cpu() -> float:
    """CPU seconds of this process so far (user + system, every thread)."""
    times = os.times()
    return times.user + times.system


def _send(port: int, messages: list[bytes]) -> float:
    """Messages per second over one connection."""
    began = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        for data in messages:
            client.sendmail("shop@example.org", ["ann@example.org"], data)
    return len(messages) / (time.perf_counter() - began)


def _timed(rates: dict[str, list[float]], cpu: dict[str, list[float]], key: str,
           count: int, send: Any) -> None:
    """Run `send()` (messages/s); record its rate and this process's CPU ms per message."""
    began = _cpu()
    rates[key].append(send())
    cpu.setdefault(key, []).append((_cpu() - began) / count * 1000)


def _flush_ms(folder: str, count: int = 20) -> tuple[float, float]:
    """Median milliseconds of (a new small file written and fsync'ed, the same bytes
    written in place into a file already allocated and flushed, then fdatasync'ed: what
    the capture's journal does for each message) in `folder`."""
    fresh, in_place = [], []
    journal = os.path.join(folder, "flush-probe-journal")
    jfd = os.open(journal, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(jfd, bytes(1500 * count))
        os.fsync(jfd)
        for n in range(count):
            path = os.path.join(folder, f"flush-probe-{n}")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                began = time.perf_counter()
                os.write(fd, b"x" * 1500)
                os.fsync(fd)
                fresh.append(time.perf_counter() - began)
            finally:
                os.close(fd)
                os.unlink(path)
            began = time.perf_counter()
            os.pwrite(jfd, b"x" * 1500, 1500 * n)
            os.fdatasync(jfd)
            in_place.append(time.perf_counter() - began)
    finally:
        os.close(jfd)
        os.unlink(journal)
    return statistics.median(fresh) * 1000, statistics.median(in_place) * 1000


class _FlushClock:
    """Times the journal's flushes (journal.Journal._flush, wrapped) while `on`: what each
    one-connection stream waited for the disk. A flush is the one wait the capture must
    add to a message, so `plain time a message / (plain time + mean flush)` is the ratio
    of a capture doing the plain server's work plus that wait (docs/mailbox.md, "Seventh
    round"); above it, the capture does less than the plain server besides."""

    def __init__(self) -> None:
        from wlinterp.mailbox import journal

        self.on = False
        self.seconds: list[float] = []
        flush = journal.Journal._flush

        def timed(owner: Any, segment: Any, end: int) -> None:
            began = time.perf_counter()
            flush(owner, segment, end)
            if self.on:
                self.seconds.append(time.perf_counter() - began)
        setattr(journal.Journal, "_flush", timed)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _send_parallel(port: int, messages: list[bytes], connections: int) -> float:
    """Messages per second over `connections` connections sending at once."""
    from concurrent.futures import ThreadPoolExecutor
    shares = [messages[n::connections] for n in range(connections)]
    began = time.perf_counter()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(lambda share: _send(port, share), shares))
    return len(messages) / (time.perf_counter() - began)


_CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _process_cpu(pid: int) -> float:
    """CPU seconds of another process so far (Linux /proc; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # wl run and, once reaped, its child
    return usage.ru_utime + usage.ru_stime


def _wl_run(folder: str, count: int, port: int | None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole `wl run` sending `count` messages: to
    127.0.0.1:port, or with --capture when port is None."""
    script = os.path.join(folder, f"send{count}.wl")
    host, target = ("smtp.example.com", 25) if port is None else ("127.0.0.1", port)
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(SCRIPT.format(host=host, port=target, count=count))
    command = [sys.executable, "-m", "wlinterp", "run"]
    if port is None:
        command += ["--capture", tempfile.mkdtemp(dir=folder)]
    cpu = _children_cpu()
    began = time.perf_counter()
    done = subprocess.run([*command, script], capture_output=True, text=True, timeout=600,
                          env=_CHILD_ENV)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"wl run failed: {done.stderr.strip()}")
    return elapsed, _children_cpu() - cpu


def whole_process(count: int, rounds: int) -> tuple[float, float]:
    """(whole-process ratio, per-message ratio) of `wl run` to a plain server vs --capture."""
    sink, port = start_server()  # the plain server of bench_email, in another process
    times: dict[tuple[str, int], list[float]] = {}
    cpus: dict[tuple[str, int], list[float]] = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            _wl_run(folder, 1, port), _wl_run(folder, 1, None)  # bytecode cached, files warm
            for round_no in range(rounds):
                for n in (0, count):
                    for kind in (("plain", "capture") if round_no % 2 == 0 else ("capture", "plain")):
                        server = _process_cpu(sink.pid) if kind == "plain" else 0.0
                        wall, cpu = _wl_run(folder, n, port if kind == "plain" else None)
                        if kind == "plain":
                            cpu += _process_cpu(sink.pid) - server
                        times.setdefault((kind, n), []).append(wall)
                        cpus.setdefault((kind, n), []).append(cpu)
    finally:
        sink.communicate("", timeout=30)
    t = {key: statistics.median(values) for key, values in times.items()}
    c = {key: statistics.median(values) for key, values in cpus.items()}
    whole = t[("plain", count)] / t[("capture", count)]
    plain_each = (t[("plain", count)] - t[("plain", 0)]) / count
    capture_each = (t[("capture", count)] - t[("capture", 0)]) / count
    print(f"wl run, whole  : {count} messages in {t[('plain', count)]:.2f} s to a plain server, "
          f"{t[('capture', count)]:.2f} s with --capture: ratio {whole:.2f} (start-up "
          f"{t[('plain', 0)]:.2f} s vs {t[('capture', 0)]:.2f} s)")
    print(f"wl run, each   : {1 / plain_each:.1f} vs {1 / capture_each:.1f} messages/s once "
          f"started: ratio {plain_each / capture_each:.2f}")
    print(f"wl run, CPU    : start-up {c[('plain', 0)]:.2f} s vs {c[('capture', 0)]:.2f} s; "
          f"{(c[('plain', count)] - c[('plain', 0)]) / count * 1000:.2f} ms a message (script "
          f"and server process) vs {(c[('capture', count)] - c[('capture', 0)]) / count * 1000:.2f}"
          f" ms (wl run and its capture)")
    return whole, plain_each / capture_each


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4,
                        help="also measure this many connections sending at once")
    parser.add_argument("--script-messages", type=int, default=300,
                        help="messages the whole-process `wl run` measure sends (0: skip it)")
    args = parser.parse_args(argv)
    from wlinterp.mailbox.commands import start_capture

    messages = [_message(n) for n in range(args.messages)]
    plain = Controller(_Plain(), hostname="127.0.0.1", port=_free_port(), ready_timeout=10)
    plain.start()
    rates: dict[str, list[float]] = {"plain": [], "capture": [], "plain N": [], "capture N": [],
                                     "memory": []}
    memory = "/dev/shm" if os.path.isdir("/dev/shm") else None  # a tmpfs: flushes cost nothing
    flushes: list[tuple[float, float]] = []
    clock = _FlushClock()
    waited: list[float] = []  # mean seconds of the capture's flushes, each one-connection stream
    left: list[float] = []
    cpu: dict[str, list[float]] = {}
    count = len(messages)
    try:
        with tempfile.TemporaryDirectory() as folder:
            for round_no in range(args.rounds):
                flushes.append(_flush_ms(folder))

                def plain_runs() -> None:
                    _timed(rates, cpu, "plain", count, lambda: _send(plain.port, messages))
                    _timed(rates, cpu, "plain N", count,
                           lambda: _send_parallel(plain.port, messages, args.connections))

                def capture_runs() -> None:
                    with start_capture(f"{folder}/box{round_no}", []) as capture:
                        clock.on, clock.seconds = True, []
                        _timed(rates, cpu, "capture", count,
                               lambda: _send(capture.plain_port, messages))
                        clock.on = False
                        if clock.seconds:
                            waited.append(statistics.mean(clock.seconds))
                        began = time.perf_counter()  # the work left after the stream
                        capture.settle()  # (files, records), done at a pause: not in the rate
                        left.append((time.perf_counter() - began) * 1000)
                    with start_capture(f"{folder}/many{round_no}", []) as capture:
                        _timed(rates, cpu, "capture N", count, lambda: _send_parallel(
                            capture.plain_port, messages, args.connections))
                    if memory is not None:
                        with tempfile.TemporaryDirectory(dir=memory) as shm, \
                                start_capture(f"{shm}/box", []) as capture:
                            _timed(rates, cpu, "memory", count,
                                   lambda: _send(capture.plain_port, messages))
                for runs in ((plain_runs, capture_runs) if round_no % 2 == 0
                             else (capture_runs, plain_runs)):
                    runs()
    finally:
        plain.stop()
    median = {key: statistics.median(values) for key, values in rates.items() if values}
    ms = {key: statistics.median(values) for key, values in cpu.items()}
    ratio = median["capture"] / median["plain"]
    print(f"plain aiosmtpd : {median['plain']:8.1f} messages/s  ({ms['plain']:.2f} ms CPU a message)")
    print(f"--capture      : {median['capture']:8.1f} messages/s  ({ms['capture']:.2f} ms CPU a message)")
    print(f"capture/plain  : {ratio:.2f}  (goal >= {GOAL})")
    print(f"after a stream : {statistics.median(left):.0f} ms for the capture's files and records "
          f"of the {count} messages (done when it pauses: not in the rate above)")
    print(f"{args.connections} connections  : plain {median['plain N']:.1f}, capture "
          f"{median['capture N']:.1f} messages/s, ratio {median['capture N'] / median['plain N']:.2f}"
          f" ({ms['plain N']:.2f} vs {ms['capture N']:.2f} ms CPU a message)")
    if "memory" in median:
        print(f"on a tmpfs     : capture {median['memory']:.1f} messages/s, ratio "
              f"{median['memory'] / median['plain']:.2f} (the capture's own cost, no flush; "
              f"{ms['memory']:.2f} ms CPU a message)")
    print(f"disk flush     : {statistics.median(f[0] for f in flushes):8.2f} ms a new small file, "
          f"{statistics.median(f[1] for f in flushes):.2f} ms in place (journal); "
          f"load average {os.getloadavg()[0]:.1f}")
    if waited:
        flush = statistics.median(waited)
        each = 1 / median["plain"]
        print(f"flush ceiling  : the capture's flushes took {flush * 1000:.2f} ms on average in its "
              f"one-connection streams (median of rounds): with the plain server's "
              f"{each * 1000:.2f} ms a message, a capture doing the plain server's work "
              f"plus one such flush would reach {each / (each + flush):.2f}")
    if args.script_messages:
        whole_process(args.script_messages, args.rounds)
    return 0 if ratio >= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
