"""A run whose thread waits on a socket with no time limit ends (NET, 6 Dec 2026 late
morning): a server thread still in SocketWaitForConnection, or in SocketRead on a client
that never writes, or on a UDP socket, kept the run alive for ever once the main code was
over (and hid the main code's fatal error, printed only at the very end). Such a wait is
now marked as one with no limit, so the end of the run stops the thread with the warning
a thread stuck in SignalWait gets (test_thread_endings.py). The real `wl` in a subprocess
with a bound: a hang is TimeoutExpired. EN and FR."""
from __future__ import annotations

import pytest

SERVER_EN = """nPort is int
LOOP (20)
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Srv", nPort) THEN BREAK
END
ThreadExecute("Listener", threadNormal, Listen)
{main}

PROCEDURE Listen()
SocketWaitForConnection("Srv")
Trace("never")
"""
SERVER_FR = """nPort est un entier
BOUCLE (20)
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCrée("Srv", nPort) ALORS SORTIR
FIN
ThreadExécute("Ecoute", threadNormal, Ecoute)
{main}

PROCÉDURE Ecoute()
SocketAttendConnexion("Srv")
Trace("jamais")
"""
READER_EN = """nPort is int
LOOP (20)
	nPort = 20000 + Random(1, 12000)
	IF SocketCreate("Srv", nPort) THEN BREAK
END
SocketConnect("Cli", nPort, "127.0.0.1")
ThreadExecute("Reader", threadNormal, ReadForEver)
{main}

PROCEDURE ReadForEver()
Trace(SocketRead("Cli"))
"""
UDP_FR = """nPort est un entier
BOUCLE (20)
	nPort = 20000 + Hasard(1, 12000)
	SI SocketCréeUDP("Capteurs", nPort) ALORS SORTIR
FIN
ThreadExécute("Capteurs", threadNormal, LitCapteurs)
{main}

PROCÉDURE LitCapteurs()
Trace(SocketLit("Capteurs"))
"""


@pytest.mark.parametrize("code, thread, what", [
    (SERVER_EN, "Listener", "SocketWaitForConnection"), (SERVER_FR, "Ecoute", "SocketWaitForConnection"),
    (READER_EN, "Reader", "SocketRead"), (UDP_FR, "Capteurs", "SocketRead")],
    ids=["accept-en", "accept-fr", "read-en", "udp-fr"])
def test_the_run_ends_with_a_warning(wl_cli, script, code: str, thread: str, what: str):
    ran = wl_cli("run", script(code.replace("{main}", 'Trace("main over")'), "wait.wl"),
                 timeout=120)
    assert ran.code == 0, ran
    assert ran.out == "main over\n", ran
    assert ran.err.count("warning:") == 1 and f"the thread '{thread}' still waited ({what})" \
        in ran.err, ran


def test_the_main_code_s_error_is_reported(wl_cli, script):
    ran = wl_cli("run", script(SERVER_EN.replace("{main}", "t is array of int\nTrace(t[3])"),
                               "fails.wl"), timeout=120)
    assert ran.code == 1, ran
    assert "fails.wl:8:7: error: Index 3 is out of range: the array has 0 element(s)." \
        in ran.err, ran
