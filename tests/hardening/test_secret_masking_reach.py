"""An error excerpt masks the secret of its line and keeps the rest readable: a line
naming a password (`sMotDePasse = "..."`, `s.Password = "..."`) masked every literal
of the line, so `sPwd = "x"; Trace(10 / n)` was quoted `Trace(** / n)`. A name like a
secret now reaches the literals of its statement (up to `;`, THEN or ELSE), or of the
call argument holding it (wlinterp/secret_args.py, docs/security.md)."""
from __future__ import annotations

import pytest

from wlinterp.secret_args import masked_line

PW = "hunter2"


@pytest.mark.parametrize("line, shown", [
    # English and French names of a password, as a variable, a member or a property
    (f'sPassword is string = "{PW}"; Trace(10 / n)',
     'sPassword is string = "*******"; Trace(10 / n)'),
    (f'sMotDePasse est une chaîne = "{PW}" ; Trace("total", 10 / n)',
     'sMotDePasse est une chaîne = "*******" ; Trace("total", 10 / n)'),
    (f'sMdp = "{PW}"; sServeur = "smtp.example.org"',
     'sMdp = "*******"; sServeur = "smtp.example.org"'),
    (f'cnx..Password = "{PW}"; cnx..Server = "srv"', 'cnx..Password = "*******"; cnx..Server = "srv"'),
    (f'cnx..MotDePasse = "{PW}" ; cnx..Serveur = "srv"',
     'cnx..MotDePasse = "*******" ; cnx..Serveur = "srv"'),
    (f'req.Password = "{PW}"; req.URL = "http://example.com"',
     'req.Password = "*******"; req.URL = "http://example.com"'),
    # the name inside a call: that argument only
    (f'Trace(sPwd + "{PW}", "visible", 10 / n)', 'Trace(sPwd + "*******", "visible", 10 / n)'),
    (f'Trace(Gauche(sMdp + "{PW}", 2), "visible")',
     'Trace(Gauche(sMdp + "*******", 2), "visible")'),
    # a one-line IF: the condition, not the statements after THEN / ALORS
    (f'IF sPassword = "{PW}" THEN Trace("granted") ELSE Trace("refused")',
     'IF sPassword = "*******" THEN Trace("granted") ELSE Trace("refused")'),
    (f'SI sMotDePasse = "{PW}" ALORS Trace("accordé") SINON Trace("refusé")',
     'SI sMotDePasse = "*******" ALORS Trace("accordé") SINON Trace("refusé")'),
    (f't["pwd"] = "{PW}"; Trace("stored")', 't["***"] = "*******"; Trace("stored")'),
    # a key computed by an expression naming a secret: the statement, as a plain key
    (f'aa[Lower("PassWord")] = "{PW}"; Trace("stored")',
     'aa[Lower("********")] = "*******"; Trace("stored")'),
    (f'aa[Majuscule("mot_de_passe")] = "{PW}" ; Trace("rangé")',
     'aa[Majuscule("************")] = "*******" ; Trace("rangé")'),
    (f'Trace(aa[Lower("pwd")], "{PW}")', 'Trace(aa[Lower("***")], "{PW}")'.format(PW=PW)),
    # before the secret on the line: untouched
    (f'Trace(10 / n) ; sMdp = "{PW}"', 'Trace(10 / n) ; sMdp = "*******"'),
    # a built-in's parameter named as a password (EN, FR): that argument only
    (f'FTPConnect("ftp.example.org", "user", "{PW}"); Trace(10 / n)',
     'FTPConnect("ftp.example.org", "user", "*******"); Trace(10 / n)'),
    (f'FTPConnecte("ftp.example.org", "util", "{PW}") ; Trace("après", 10 / n)',
     'FTPConnecte("ftp.example.org", "util", "*******") ; Trace("après", 10 / n)'),
    (f'Crypte("texte", "{PW}") ; Trace("visible")', 'Crypte("texte", "*******") ; Trace("visible")'),
])
def test_the_secret_is_masked_and_the_rest_stays_readable(line: str, shown: str) -> None:
    assert masked_line(line) == shown


@pytest.mark.parametrize("source, after", [
    (f'n is int\nsPassword is string = "{PW}"; Trace("half", 10 / n)\n', 'Trace("half", 10 / n)'),
    (f'n est un entier\nsMotDePasse est une chaîne = "{PW}" ; Trace("moitié", 10 / n)\n',
     'Trace("moitié", 10 / n)'),
])
def test_a_run_stopping_after_a_password_quotes_the_rest(wl_cli, script, source: str,
                                                          after: str) -> None:
    ran = wl_cli("run", script(source))
    assert ran.code == 1 and "Division by zero" in ran.err, ran
    assert PW not in ran.err and '"*******"' in ran.err and after in ran.err, ran.err
