"""Option values that cannot work are usage errors when the run starts (exit 2, one line
saying why), not a run that goes wrong later:

- `--ca-file` (or WL_CA_FILE) naming a file that holds no certificate (a key, a text):
  the first HTTPS request or TLS mail session stopped the run with an internal error
  (SSLError: no certificate or crl found, exit 70);
- `--tz` naming a zone the system's database lacks (Europe/Pari, Paris): the C library
  ran in UTC without a word, so every date and time of the run was off.

A POSIX rule (EST5EDT, UTC+3) and the database's names still run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = ('Trace(HTTPRequest("https://127.0.0.1:1/"))\n'
          'Trace(EmailStartSMTPSession("u", "", "127.0.0.1", 1, False, emailOptionSSL))\n')


def _wl(tmp_path: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    (tmp_path / "x.wl").write_text(SCRIPT, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "wlinterp", "run", *args, "x.wl"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


def test_a_ca_file_without_certificates_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.pem").write_text("not a certificate\n", encoding="utf-8")
    for run in (_wl(tmp_path, "--ca-file", "notes.pem"),
                _wl(tmp_path, env={"WL_CA_FILE": "notes.pem"})):
        assert (run.returncode, run.stdout) == (2, ""), run.stderr
        assert run.stderr.startswith("wl: error: CA file notes.pem holds no certificate that "
                                     "can be read (a PEM file of certificates is expected: ")
        assert "internal error" not in run.stderr


@pytest.mark.parametrize("zone", ["Europe/Pari", "Paris", "Mars/Phobos"])
def test_an_unknown_time_zone_is_a_usage_error(tmp_path: Path, zone: str) -> None:
    run = _wl(tmp_path, "--tz", zone)
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == (f"wl: error: --tz: unknown time zone '{zone}' (a name of the time "
                          "zone database, e.g. UTC or Europe/Paris)\n")


@pytest.mark.parametrize("zone, utc", [("Europe/Paris", "09"), ("EST5EDT", "15"),
                                       ("UTC+3", "13"), (":UTC", "10")])
def test_known_zones_and_posix_rules_still_run(tmp_path: Path, zone: str, utc: str) -> None:
    """10:00 local is `utc` o'clock in UTC there (a POSIX rule's offset is west of UTC)."""
    (tmp_path / "h.wl").write_text('Trace(DateTimeLocalToUTC("20261205100000"))\n',
                                   encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "wlinterp", "run", "--tz", zone, "h.wl"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert (run.returncode, run.stderr) == (0, "")
    assert run.stdout == f"20261205{utc}0000000\n"


def test_an_unreadable_analysis_is_the_script_s_error_in_words(tmp_path: Path) -> None:
    """It was '<string>: error: missing.xdd: cannot read the analysis: [Errno 2] No such
    file or directory: 'missing.xdd'' (no file of the run, Python's form of the reason)."""
    run = _wl(tmp_path, "--analysis", "missing.xdd")
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr == ("x.wl: error: missing.xdd: cannot read the analysis: No such file "
                          "or directory\n")
