"""`--capture DIR` in the REPL: `wl repl --capture DIR` (input piped) and `wl --capture DIR
-i script.wl` send the session's mail to the capture server, as `wl run --capture` does,
and list what it captured when the session ends. The REPL paths accepted the option and
never started the server: the mail went to the real server the script named (here
smtp.example.com, which does not resolve: the session failed to start). The terminal
form (`wl --capture DIR` alone on a terminal): tests/core/test_repl_terminal.py."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mailbox_helpers import TIMEOUT

SCRIPT_EN = """PROCEDURE SendOrder()
IF EmailStartSMTPSession("shop@example.org", "", "smtp.example.com") THEN
  Email.Sender = "shop@example.org"
  Email.Recipient[1] = "ann@example.org"
  Email.Subject = "Order 1042 confirmed"
  Email.Message = "Thank you for your order."
  Trace(EmailSendMessage("shop@example.org"), ErrorInfo())
  EmailCloseSession("shop@example.org")
ELSE
  Trace("no session: " + ErrorInfo())
END

"""  # (the empty line ends the procedure in a session, as in `wl repl`)

SCRIPT_FR = """PROCÉDURE EnvoieCommande()
SI EmailOuvreSessionSMTP("boutique@example.org", "", "smtp.example.com") ALORS
  Email.Expéditeur = "boutique@example.org"
  Email.Destinataire[1] = "anne@example.org"
  Email.Sujet = "Commande 1042 confirmée"
  Email.Message = "Merci pour votre commande."
  Trace(EmailEnvoieMessage("boutique@example.org"), ErreurInfo())
  EmailFermeSession("boutique@example.org")
SINON
  Trace("pas de session : " + ErreurInfo())
FIN
"""


def _wl(*args: str, cwd: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wlinterp", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=TIMEOUT * 6)


def _captured(folder: Path) -> list[dict]:
    listing = _wl("mailbox", "list", "outbox", "--json", cwd=folder, stdin="")
    assert listing.returncode == 0, listing.stderr
    return list(json.loads(listing.stdout))


def test_wl_repl_capture_captures_the_session_s_mail(tmp_path: Path) -> None:
    run = _wl("repl", "--capture", "outbox", cwd=tmp_path, stdin=SCRIPT_EN + "SendOrder()\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout == "1, \n", run.stdout
    assert run.stderr.count("captured ") == 1 and '"Order 1042 confirmed"' in run.stderr
    (record,) = _captured(tmp_path)
    assert record["rcpt_tos"] == ["ann@example.org"]
    assert (record["requested_host"], record["requested_port"]) == ("smtp.example.com", 25)


def test_wl_dash_i_capture_captures_the_script_s_and_the_prompt_s_mail(tmp_path: Path) -> None:
    (tmp_path / "commande.wl").write_text("EnvoieCommande()\n" + SCRIPT_FR, encoding="utf-8")
    run = _wl("--capture", "outbox", "-i", "commande.wl", cwd=tmp_path,
              stdin="EnvoieCommande()\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("1, \n") == 2, run.stdout
    assert run.stderr.count("captured ") == 2 and '"Commande 1042 confirmée"' in run.stderr
    assert [r["rcpt_tos"] for r in _captured(tmp_path)] == [["anne@example.org"]] * 2


def test_a_fault_without_capture_is_refused_in_the_repl_too(tmp_path: Path) -> None:
    run = _wl("repl", "--capture-fault", "RCPT=550", cwd=tmp_path, stdin="Trace(1)\n")
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == "wl: error: --capture-fault needs --capture DIR\n"
