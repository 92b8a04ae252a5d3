"""`wl run` stopped by SIGTERM (kill, `timeout`, a service manager) says where the script
was and what became of the e-mail being sent, as Ctrl-C does, and exits with 143: it
ended without a word, the message in flight lost unreported (docs/cli.md, exit codes)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from loopback import RawServer, read_command

SEND = """EmailSetTimeOut(30)
IF NOT EmailStartSMTPSession("u", "127.0.0.1", {port}) THEN
    Trace(ErrorInfo())
END
Email.Sender = "a@example.test"
Email.Recipient[1] = "b@example.test"
Email.Subject = "s"
Email.Message = "m"
Trace(EmailSendMessage("u"))
"""


def test_sigterm_while_the_server_holds_the_final_dot(tmp_path: Path) -> None:
    got_dot = threading.Event()

    def silent_after_the_dot(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 raw.test\r\n")
        while (line := read_command(conn, stop)):
            if line[:4].upper() == b"DATA":
                conn.sendall(b"354 go\r\n")
                while (line := read_command(conn, stop)) not in (b".\r\n", b""):
                    pass
                got_dot.set()
                stop.wait(30)  # no answer: the client waits for its 250
                return
            conn.sendall(b"250 ok\r\n")

    raw = RawServer(silent_after_the_dot)
    script = tmp_path / "send.wl"
    script.write_text(SEND.format(port=raw.port), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WL_")}
    proc = subprocess.Popen([sys.executable, "-m", "wlinterp", "run", str(script)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert got_dot.wait(30), "the message never reached its final dot"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        proc.kill()
        raw.close()
    assert proc.returncode == 143, (proc.returncode, out, err)
    assert "may or may not have been delivered" in err, err
    assert f"{script}:9:7: error: terminated (SIGTERM) in the main code" in err, err
    assert "Traceback" not in err and out == "", (out, err)
