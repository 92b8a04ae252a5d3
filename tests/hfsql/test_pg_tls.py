"""A PostgreSQL server off this machine is reached over TLS or not at all, unless the URL
(or PGSSLMODE) says otherwise: psycopg's default, sslmode=prefer, goes on in clear text
when the server, or anyone between, declines TLS, and a password then crosses the network
in clear (docs/security.md, docs/hfsql.md). This machine's server is left as it is."""
from __future__ import annotations

import os

import pytest

from wlinterp.hfsql.pg import tls_options


@pytest.mark.parametrize("url", [
    "postgresql://u:secret@db.example.org/shop",
    "postgresql://u:secret@10.0.0.5:5433/shop",
    "postgresql://u@db.example.org,127.0.0.1/shop",  # one of the hosts is remote
    "host=db.example.org dbname=shop user=u password=secret",
])
def test_a_remote_server_requires_tls(url: str, monkeypatch) -> None:
    _clean_env(monkeypatch)
    assert tls_options(url)["sslmode"] == "verify-full"


def _clean_env(monkeypatch) -> None:
    for name in ("PGSSLMODE", "PGHOST", "PGHOSTADDR", "PGSSLROOTCERT"):
        monkeypatch.delenv(name, raising=False)


def test_the_servers_certificate_and_name_are_verified(monkeypatch) -> None:
    """sslmode=require encrypts but takes any certificate: whoever sits on the way
    presents one of their own and reads the password (a cleartext or md5 method). The
    certificate is checked against the system's trusted authorities (a file: the
    bundled libpq's own store is not this machine's) and the host name."""
    _clean_env(monkeypatch)
    options = tls_options("postgresql://u:secret@db.example.org/shop")
    assert options["sslmode"] == "verify-full"
    root = options.get("sslrootcert")
    assert root is None or os.path.isfile(root)


def test_a_root_certificate_the_user_names_is_kept(monkeypatch) -> None:
    _clean_env(monkeypatch)
    assert tls_options("postgresql://u:s@db.example.org/shop?sslrootcert=/x/ca.pem") \
        == {"sslmode": "verify-full"}
    monkeypatch.setenv("PGSSLROOTCERT", "/x/ca.pem")
    assert tls_options("postgresql://u:s@db.example.org/shop") == {"sslmode": "verify-full"}


def test_libpqs_own_root_certificate_file_is_kept(tmp_path, monkeypatch) -> None:
    """~/.postgresql/root.crt, libpq's default, names the authority the user trusts."""
    _clean_env(monkeypatch)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert tls_options("postgresql://u:s@db.example.org/shop").get("sslrootcert")
    (tmp_path / ".postgresql").mkdir()
    (tmp_path / ".postgresql" / "root.crt").write_text("a CA\n")
    assert tls_options("postgresql://u:s@db.example.org/shop") == {"sslmode": "verify-full"}


@pytest.mark.parametrize("variable", ["PGHOST", "PGHOSTADDR"])
def test_a_remote_host_from_the_environment_requires_tls(variable: str, monkeypatch) -> None:
    """A URL without a host (`postgresql://u:pw@/shop`, what a Connection with no server
    gives) connects where libpq's PGHOST/PGHOSTADDR say: off this machine, TLS too."""
    _clean_env(monkeypatch)
    monkeypatch.setenv(variable, "db.example.org" if variable == "PGHOST" else "10.0.0.5")
    assert tls_options("postgresql://u:secret@/shop")["sslmode"] == "verify-full"
    monkeypatch.setenv(variable, "127.0.0.1")
    assert tls_options("postgresql://u:secret@/shop") == {}


@pytest.mark.parametrize("url", [
    "postgresql://u:secret@127.0.0.1:5432/shop",
    "postgresql://u:secret@localhost/shop",
    "postgresql://u:secret@[::1]:5432/shop",
    "postgresql:///shop?host=/var/run/postgresql",  # a Unix socket
    "postgresql:///shop",
    "postgresql://u:secret@db.example.org/shop?sslmode=disable",  # the URL's own choice
    "postgresql://u:secret@db.example.org/shop?sslmode=verify-full",
])
def test_this_machine_or_the_urls_own_choice_is_kept(url: str, monkeypatch) -> None:
    _clean_env(monkeypatch)
    assert tls_options(url) == {}


def test_pgsslmode_is_the_users_choice(monkeypatch) -> None:
    monkeypatch.setenv("PGSSLMODE", "disable")
    assert tls_options("postgresql://u:secret@db.example.org/shop") == {}


def _service_file(tmp_path, monkeypatch, text: str) -> None:
    _clean_env(monkeypatch)
    for name in ("PGSERVICE", "PGSYSCONFDIR"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "pg_service.conf"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(path))


def test_a_service_on_another_machine_requires_tls(tmp_path, monkeypatch) -> None:
    """`service=prod` with no host connects where the service file says: a remote host
    there was taken for this machine, and the password could cross in clear text."""
    _service_file(tmp_path, monkeypatch, "# ours\n[prod]\nhost=db.example.org\n"
                  "dbname=shop\n\n[here]\nhost=127.0.0.1\n")
    assert tls_options("service=prod user=u password=secret")["sslmode"] == "verify-full"
    assert tls_options("postgresql://u:secret@/shop?service=prod")["sslmode"] == "verify-full"
    monkeypatch.setenv("PGSERVICE", "prod")
    assert tls_options("postgresql://u:secret@/shop")["sslmode"] == "verify-full"
    monkeypatch.setenv("PGSERVICE", "here")
    assert tls_options("postgresql://u:secret@/shop") == {}


def test_a_services_own_choices_are_kept(tmp_path, monkeypatch) -> None:
    _service_file(tmp_path, monkeypatch, "[prod]\nhost=db.example.org\nsslmode=disable\n"
                  "[ca]\nhost=db.example.org\nsslrootcert=/x/ca.pem\n")
    assert tls_options("service=prod") == {}
    assert tls_options("service=ca") == {"sslmode": "verify-full"}
    # the URL's own host wins over the service's
    assert tls_options("host=127.0.0.1 service=ca") == {}


def test_a_service_no_file_describes_requires_tls(tmp_path, monkeypatch) -> None:
    """Where an unknown service goes cannot be told: verified TLS (libpq ignores it on a
    Unix socket, and a local TCP server without TLS can be named by its host)."""
    _service_file(tmp_path, monkeypatch, "[other]\nhost=127.0.0.1\n")
    assert tls_options("service=missing")["sslmode"] == "verify-full"


def _system_service(tmp_path, monkeypatch, text: str, user_text: str = "") -> str:
    """A system service file in tmp_path/etc, none in the environment; a user file
    (PGSERVICEFILE) holding `user_text`. The folder, to give as PGSYSCONFDIR or through
    pg_config."""
    _service_file(tmp_path, monkeypatch, user_text)
    folder = tmp_path / "etc"
    folder.mkdir()
    (folder / "pg_service.conf").write_text(text, encoding="utf-8")
    return str(folder)


def test_the_system_service_file_in_pgsysconfdir_is_read(tmp_path, monkeypatch) -> None:
    folder = _system_service(tmp_path, monkeypatch, "[here]\nhost=127.0.0.1\n"
                             "[prod]\nhost=db.example.org\n")
    monkeypatch.setenv("PGSYSCONFDIR", folder)
    assert tls_options("service=here user=u password=secret") == {}
    assert tls_options("service=prod")["sslmode"] == "verify-full"


def test_without_pgsysconfdir_libpqs_own_system_folder_is_read(tmp_path, monkeypatch) -> None:
    """libpq's documented search order: the user's file, then pg_service.conf in
    PGSYSCONFDIR or, without it, in `pg_config --sysconfdir`. That folder was not read:
    a local service declared there (Debian: /etc/postgresql-common) was unknown, so
    taken for another machine's and refused without TLS. Here pg_config is a program of
    the test's own on PATH, naming the test's folder."""
    folder = _system_service(tmp_path, monkeypatch, "[here]\nhost=127.0.0.1\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    program = bin_dir / "pg_config"
    program.write_text(f"#!/bin/sh\necho '{folder}'\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    assert tls_options("service=here user=u password=secret") == {}
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))  # no pg_config: no system file
    assert tls_options("service=here")["sslmode"] == "verify-full"


def test_the_users_service_file_wins_over_the_systems(tmp_path, monkeypatch) -> None:
    folder = _system_service(tmp_path, monkeypatch, "[db]\nhost=127.0.0.1\n",
                             user_text="[db]\nhost=db.example.org\n")
    monkeypatch.setenv("PGSYSCONFDIR", folder)
    assert tls_options("service=db")["sslmode"] == "verify-full"
