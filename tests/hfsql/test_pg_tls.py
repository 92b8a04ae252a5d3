"""A PostgreSQL server off this machine is reached over TLS or not at all, unless the URL
(or PGSSLMODE) says otherwise: psycopg's default, sslmode=prefer, goes on in clear text
when the server, or anyone between, declines TLS, and a password then crosses the network
in clear (docs/security.md, docs/hfsql.md). This machine's server is left as it is."""
from __future__ import annotations

import pytest

from wlinterp.hfsql.pg import tls_options


@pytest.mark.parametrize("url", [
    "postgresql://u:secret@db.example.org/shop",
    "postgresql://u:secret@10.0.0.5:5433/shop",
    "postgresql://u@db.example.org,127.0.0.1/shop",  # one of the hosts is remote
    "host=db.example.org dbname=shop user=u password=secret",
])
def test_a_remote_server_requires_tls(url: str, monkeypatch) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert tls_options(url) == {"sslmode": "require"}


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
    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert tls_options(url) == {}


def test_pgsslmode_is_the_users_choice(monkeypatch) -> None:
    monkeypatch.setenv("PGSSLMODE", "disable")
    assert tls_options("postgresql://u:secret@db.example.org/shop") == {}
