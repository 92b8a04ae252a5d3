"""End to end: the two examples of the EmailStartSMTPSession help page, unedited, run by
the engine (and once by the `wl` command) against local servers through --smtp-route.

The examples name smtp.orange.fr:25 and smtp.gmail.com:587; routes send them to our
aiosmtpd servers, and TLS verifies the certificate against smtp.gmail.com (issued by the
test CA, trusted with --ca-file). `examples/initialize_email.wl` supplies the
Initialize_Email procedure the page leaves to the reader.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

from wlinterp.engine import run_source

EXAMPLES = Path(__file__).parent / "examples"
PROCEDURE = (EXAMPLES / "initialize_email.wl").read_text(encoding="utf-8")

# Example 1 uses sUserName, sPassword and sSMTPServer without declaring them (and
# declares a misspelt sSMTPServers); a caller would have them. This prelude does.
EXAMPLE_1_PRELUDE = ('sUserName is string = "myaddress@orange.fr"\n'
                     'sPassword is string = "Password"\n'
                     'sSMTPServer is string = "smtp.orange.fr"\n')
EXAMPLE_1_PRELUDE_FR = ('sNomUtilisateur est une chaîne = "myaddress@orange.fr"\n'
                        'sMotDePasse est une chaîne = "Password"\n'
                        'sServeurSMTP est une chaîne = "smtp.orange.fr"\n')


def example(n: int | str, prelude: str = "") -> str:
    return prelude + (EXAMPLES / f"help_example_{n}.wl").read_text(encoding="utf-8") + PROCEDURE


def run(text: str, **options):
    out, err = io.StringIO(), io.StringIO()
    run_source(text, "example.wl", stdout=out, stderr=err, options=options)
    return out.getvalue(), err.getvalue()


def check_message(got, sender: str) -> None:
    assert got.mail_from == sender == "myaddress@" + sender.split("@")[1]
    assert got.rcpt_tos == ["friend@example.com", "zoe@example.com", "boss@example.com",
                            "archive@example.com"]
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == "Commande n°42 confirmée"
    assert msg["To"] == "friend@example.com, Zoé Martin <zoe@example.com>"
    assert msg["Cc"] == "boss@example.com" and "Bcc" not in msg
    assert msg.get_content_type() == "multipart/alternative"
    text, html = msg.iter_parts()
    assert text.get_content().replace("\r\n", "\n") == ("Bonjour,\nvotre commande est "
                                                        "confirmée.\n")
    assert "<b>confirmée</b>" in html.get_content()


def test_example_2_gmail_starttls(smtp_server, pki):
    server = smtp_server(tls="starttls", auth=True, require_starttls=True)
    server.password = "Password"
    out, err = run(example(2), smtp_routes={"smtp.gmail.com:587": ("127.0.0.1", server.port)},
                   ca_file=pki.ca_file)
    assert (out, err) == ("", "")
    assert server.auth_attempts == [("PLAIN", b"myaddress@gmail.com", b"Password")]
    [got] = server.messages
    check_message(got, "myaddress@gmail.com")


def test_example_2_reports_a_refused_login(smtp_server, pki):
    server = smtp_server(tls="starttls", auth=True)
    server.password = "not-Password"
    out, err = run(example(2), smtp_routes={"smtp.gmail.com:587": ("127.0.0.1", server.port)},
                   ca_file=pki.ca_file)
    assert out == ""
    assert err == ("Unable to establish connection\n"
                   f"SMTP server smtp.gmail.com:587 (routed to 127.0.0.1:{server.port}), "
                   "authentication (AUTH PLAIN): the server replied 535 5.7.8 Authentication "
                   "credentials invalid.\n"
                   'In case of timeout, check the parameters of the "Firewall" on the port '
                   "used (587)\n")
    assert server.messages == []


def test_example_2_reports_a_refused_message(smtp_server, pki):
    """EmailSendMessage fails: the example's bare Error() shows ErrorInfo."""
    server = smtp_server(tls="starttls", auth=True)
    server.password = "Password"
    server.data_reply = "554 5.7.0 Spam detected"
    out, err = run(example(2), smtp_routes={"smtp.gmail.com": ("127.0.0.1", server.port)},
                   ca_file=pki.ca_file)
    assert err == (f"SMTP server smtp.gmail.com:587 (routed to 127.0.0.1:{server.port}), end "
                   "of data: the server replied 554 5.7.0 Spam detected; the message was not "
                   "sent.\n")


def test_example_1_plain_smtp_orange(smtp_server):
    """The example gives a password: the server offers AUTH in clear text (allowed to a
    loopback address), so the session authenticates, then sends."""
    server = smtp_server(auth=True)
    server.password = "Password"
    out, err = run(example(1, EXAMPLE_1_PRELUDE),
                   smtp_routes={"smtp.orange.fr:25": ("127.0.0.1", server.port)})
    assert "Unable to establish" not in err
    [got] = server.messages
    check_message(got, "myaddress@gmail.com")
    assert got.login == b"myaddress@orange.fr"


def test_example_1_verbatim_fails_cleanly():
    """As printed, the example's variables are undeclared (empty): the session cannot
    start and the ELSE branch reports why, in English and in French."""
    out, err = run(example(1))
    assert err.endswith("Unable to establish connection\n"
                        "EmailStartSMTPSession: no SMTP server address was given.\n"
                        'In case of timeout, check the parameters of "Firewall" on the port '
                        "used (25)\n")
    out, err = run(example("1_fr"))
    assert err.endswith("Impossible d'établir la connexion\n"
                        "EmailOuvreSessionSMTP: no SMTP server address was given.\n"
                        'En cas de timeout, vérifiez les paramètres du "Firewall" sur le port '
                        "utilisé (25)\n")


def test_example_2_through_the_wl_command(smtp_server, pki, tmp_path):
    """The documented way: `wl run --smtp-route ... --ca-file ... script.wl`."""
    server = smtp_server(tls="starttls", auth=True)
    server.password = "Password"
    script = tmp_path / "example2.wl"
    script.write_text(example(2), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WL_")}
    proc = subprocess.run(
        [sys.executable, "-m", "wlinterp", "run",
         "--smtp-route", f"smtp.gmail.com:587=127.0.0.1:{server.port}",
         "--ca-file", pki.ca_file, str(script)],
        capture_output=True, text=True, timeout=60, env=env)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")
    check_message(server.messages[0], "myaddress@gmail.com")


def test_example_2_env_route(smtp_server, pki, tmp_path):
    server = smtp_server(tls="starttls", auth=True)
    server.password = "Password"
    script = tmp_path / "example2.wl"
    script.write_text(example(2), encoding="utf-8")
    env = dict(os.environ, WL_SMTP_ROUTE=f"smtp.gmail.com:587=127.0.0.1:{server.port}",
               WL_CA_FILE=pki.ca_file)
    proc = subprocess.run([sys.executable, "-m", "wlinterp", "run", str(script)],
                          capture_output=True, text=True, timeout=60, env=env)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert len(server.messages) == 1


def test_both_examples_through_the_embedded_capture(tmp_path):
    """`wl run --capture DIR`, the README's way with no network: each example, as the
    page prints it (example 1 with the caller's three variables), sends its message to
    the capture, which records the host, port and TLS mode the example asked for. Example
    2 also with the French names (EmailOuvreSessionSMTP, EmailChangeTimeOut,
    emailOptionSécuriséTLS, SI/ALORS, ErreurInfo: our translation, the page's French
    text is not stored)."""
    import json
    env = {k: v for k, v in os.environ.items() if not k.startswith("WL_")}
    for n, prelude, host, port, tls in [(1, EXAMPLE_1_PRELUDE, "smtp.orange.fr", 25, "plain"),
                                        ("1_fr", EXAMPLE_1_PRELUDE_FR, "smtp.orange.fr", 25,
                                         "plain"),
                                        (2, "", "smtp.gmail.com", 587, "starttls"),
                                        ("2_fr", "", "smtp.gmail.com", 587, "starttls")]:
        script = tmp_path / f"example{n}.wl"
        script.write_text(example(n, prelude), encoding="utf-8")
        box = tmp_path / f"box{n}"
        ran = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--capture", str(box),
                              str(script)], capture_output=True, text=True, timeout=60, env=env)
        assert (ran.returncode, ran.stdout) == (0, ""), ran.stderr
        assert ran.stderr.count("captured ") == 1 and "Unable to establish" not in ran.stderr
        listing = subprocess.run([sys.executable, "-m", "wlinterp", "mailbox", "list", str(box),
                                  "--json"], capture_output=True, text=True, timeout=60, env=env)
        (record,) = json.loads(listing.stdout)
        assert (record["requested_host"], record["requested_port"], record["tls"]) == \
            (host, port, tls), record
        assert sorted(record["rcpt_tos"]) == ["archive@example.com", "boss@example.com",
                                              "friend@example.com", "zoe@example.com"]

