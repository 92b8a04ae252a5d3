"""A URL's password is never shown: not in ErrorInfo/HErrorInfo, not in an error
message, whether it is the user part's (`https://ann:pw@host`) or a query parameter's
(`postgresql://ann@db/x?password=pw`) (docs/security.md, "Never shown")."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source
from wlinterp.secret_names import url_shown


@pytest.mark.parametrize("text, shown", [
    ("postgresql://ann:hunter2@db.example.org/shop",
     "postgresql://ann:***@db.example.org/shop"),
    ("postgresql://ann@127.0.0.1:1/db?password=hunter2&connect_timeout=2",
     "postgresql://ann@127.0.0.1:1/db?password=***&connect_timeout=2"),
    ("postgresql://ann:hunter2@127.0.0.1:1/db?application_name=a@b",
     "postgresql://ann:***@127.0.0.1:1/db?application_name=a@b"),
    ("https://ann:p@hunter2@h.example.org/x", "https://ann:***@h.example.org/x"),
    ("failed (https://h.example.org/x?access_token=hunter2#top) and (ftp://u:hunter2@f)",
     "failed (https://h.example.org/x?access_token=***#top) and (ftp://u:***@f)"),
])
def test_the_password_of_a_url_is_starred(text: str, shown: str) -> None:
    assert url_shown(text) == shown


@pytest.mark.parametrize("text", ["https://h.example.org/x?page=2&sort=name",
                                  "https://ann@h.example.org/", "no URL here: a@b:c"])
def test_a_url_without_password_is_unchanged(text: str) -> None:
    assert url_shown(text) == text


def _run(code: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    run_source(code, "urls.wl", stdout=out, stderr=err, options={})
    return out.getvalue() + err.getvalue()


def test_a_failed_postgresql_connection_does_not_show_a_query_password() -> None:
    shown = _run('c is Connection\nc..Server = "postgresql://ann@127.0.0.1:1/db?password="'
                 ' + "hunter2" + "&connect_timeout=2"\nTrace(HOpenConnection(c))\n'
                 'Trace(HErrorInfo())\n')
    assert shown.startswith("0\n") and "password=***" in shown and "hunter2" not in shown


@pytest.mark.parametrize("code", [
    'HTTPRequest("http://ann:" + "hunter2" + "@127.0.0.1:1/x")\nTrace(ErrorInfo())',
    'r is httpRequest\nr.URL = "http://127.0.0.1:1/x?token=" + "hunter2"\n'
    'a is httpResponse = HTTPSend(r)\nTrace(ErrorInfo(errMessage))',
])
def test_a_failed_http_request_does_not_show_the_urls_password(code: str) -> None:
    shown = _run(code)
    assert "127.0.0.1" in shown and "hunter2" not in shown
