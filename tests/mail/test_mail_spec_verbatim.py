"""The EmailStartSMTPSession help page's two examples, each copied alone and unedited into a
file, as a user pastes them: what `wl run` and `wl check` do with the names the page leaves
to its reader (example 1's sUserName, sPassword and sSMTPServer; both examples'
Initialize_Email), and the way a script supplies them without touching the page's text: a
library beside it (docs/email.md "The spec's examples copied alone").

In-process runs against a real aiosmtpd on 127.0.0.1 (STARTTLS with the test CA for
example 2); no subprocess: the `wl` command's own path is tested in test_mail_examples.py.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.check import CheckOptions, check_paths
from wlinterp.engine import run_file
from wlinterp.errors import WLRuntimeError

EXAMPLES = Path(__file__).parent / "examples"


def page_text(n: int) -> str:
    """Example n exactly as the page prints it (the copy's first line is our comment)."""
    text = (EXAMPLES / f"help_example_{n}.wl").read_text(encoding="utf-8")
    first, rest = text.split("\n", 1)
    assert first.startswith(f"// Example {n} of the EmailStartSMTPSession help page")
    return rest


LIBRARY = """// The procedure the page's examples call and leave to their reader.
PROCEDURE Initialize_Email()
EmailReset()
Email.Sender = "myaddress@gmail.com"
Email.Recipient[1] = "friend@example.com"
Email.Subject = "Order 42"
Email.Message = "Bonjour"
"""
GLOBALS = """// Example 1's session settings, globals of the code around it.
sUserName is string = "myaddress@orange.fr"
sPassword is string = "Password"
sSMTPServer is string = "smtp.orange.fr"
"""


def run(path: Path, **options: object) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    run_file(str(path), stdout=out, stderr=err, options=options)
    return out.getvalue(), err.getvalue()


def check(path: Path) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = check_paths([str(path)], err=err, out=out, options=CheckOptions())
    return code, out.getvalue() + err.getvalue()


def test_example_2_alone_stops_at_the_procedure_the_page_leaves_out(smtp_server, pki,
                                                                    tmp_path):
    """The session starts (STARTTLS, AUTH); the run stops where the page calls
    Initialize_Email, at its line and column, and nothing is sent; check says WL102 there,
    as WINDEV's compiler refuses the unknown name; the run says it first as a warning."""
    server = smtp_server(tls="starttls", auth=True)
    server.password = "Password"
    script = tmp_path / "example2.wl"
    script.write_text(page_text(2), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(WLRuntimeError) as stop:
        run_file(str(script), stdout=io.StringIO(), stderr=err, options={
            "smtp_routes": {"smtp.gmail.com:587": ("127.0.0.1", server.port)},
            "ca_file": pki.ca_file})
    assert (stop.value.line, stop.value.column, stop.value.message) == (
        12, 2, "Unknown procedure or function 'Initialize_Email'.")
    assert err.getvalue().startswith(  # (said before the session opens: L, 7 Dec 2026)
        f"{script}:12:2: warning: unknown procedure or function 'Initialize_Email' (the run "
        "stops if it reaches this call)\n")
    assert server.auth_attempts == [("PLAIN", b"myaddress@gmail.com", b"Password")]
    assert server.messages == []
    code, err = check(script)
    assert code == 65
    assert f"{script}:12:2: error[WL102]: unknown procedure or function 'Initialize_Email'" \
        in err and "1 error(s)" in err


@pytest.mark.parametrize("n, files", [(2, {"email_procedures.wl": LIBRARY}),
                                      (1, {"email_procedures.wl": LIBRARY,
                                           "globals.wl": GLOBALS})])
def test_each_example_unedited_sends_with_a_library_beside_it(smtp_server, pki, tmp_path,
                                                              n, files):
    """The page's text untouched; the names it leaves out come from `.wl` files beside
    it (a procedure library, a file of globals), loaded because the script names them:
    the message goes out and check finds no error (example 1 keeps its WL201 on the
    page's misspelt, unused sSMTPServers)."""
    server = smtp_server(tls="starttls" if n == 2 else None, auth=True)
    server.password = "Password"
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    script = tmp_path / f"example{n}.wl"
    script.write_text(page_text(n), encoding="utf-8")
    host = "smtp.gmail.com:587" if n == 2 else "smtp.orange.fr:25"
    out, err = run(script, smtp_routes={host: ("127.0.0.1", server.port)},
                   ca_file=pki.ca_file)
    assert (out, err) == ("", "")
    [got] = server.messages
    assert (got.mail_from, got.rcpt_tos) == ("myaddress@gmail.com", ["friend@example.com"])
    assert server.auth_attempts[0][1] == (b"myaddress@gmail.com" if n == 2
                                          else b"myaddress@orange.fr")
    code, err = check(script)
    assert code == 0 and "error[" not in err
    assert ("'sSMTPServers' is assigned but never used" in err) == (n == 1)


def test_example_1_alone_warns_then_reports_through_its_else_branch(tmp_path):
    """Its three names undeclared: the run warns at each (with the page's typo pointed
    out), reads them as empty, and the page's own ELSE branch says why no session
    started; check refuses the same names (WL101) and Initialize_Email (WL102)."""
    script = tmp_path / "example1.wl"
    script.write_text(page_text(1), encoding="utf-8")
    out, err = run(script)
    assert out == ""
    assert f"{script}:5:48: warning: 'sSMTPServer' is not declared; did you mean " \
        "sSMTPServers? (it is treated as an empty variant variable)" in err
    assert err.endswith("Unable to establish connection\n"
                        "EmailStartSMTPSession: no SMTP server address was given.\n"
                        'In case of timeout, check the parameters of "Firewall" on the port '
                        "used (25)\n")
    code, err = check(script)
    assert code == 65 and "6 error(s)" in err
    assert f"{script}:7:2: error[WL102]: unknown procedure or function 'Initialize_Email'" \
        in err
