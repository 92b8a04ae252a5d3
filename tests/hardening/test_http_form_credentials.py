"""A password sent as a form field or a URL's query parameter over `http://` to another
machine is refused as a Basic header is (docs/security.md, "No password in clear text";
issue 8, area F): HTTPSendForm's `password` field, HTTPRequest's URL-encoded message,
an httpRequest's URL-encoded Content, a URL's `?password=` went in clear, while only
credential headers were refused. Refused before anything is sent (the host below is
never looked up); to this machine, or with --allow-cleartext-auth, they go."""
from __future__ import annotations

import io

import pytest

from wlinterp.engine import run_source

FORM = '''HTTPCreateForm("f")
HTTPAddParameter("f", "login", "ann")
HTTPAddParameter("f", "{field}", "hunter2")
{extra}HTTPSendForm("f", "{url}"{method})
'''


def _run(code: str, **options: object) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    run_source(code + "Trace(ErrorOccurred)\nTrace(ErrorInfo(errMessage))\n", "form.wl",
               stdout=out, stderr=err, options=dict(options))
    assert "Traceback" not in err.getvalue() and "hunter2" not in err.getvalue()
    return out.getvalue().splitlines()


def _refused(lines: list[str], field: str) -> None:
    assert lines[0] == "1", lines
    assert f"credentials (the field '{field}') are not sent in clear text to another " \
        "machine (shop.example.invalid): use https://" in lines[1], lines
    assert "hunter2" not in lines[1]


@pytest.mark.parametrize("field, extra, method", [
    ("password", "", ""), ("sMotDePasse", "", ", httpGet"), ("api_key", "", ""),
    ("user[password]", "", ""), ("login.pwd", "", ""),
    ("pwd", 'HTTPAddFile("f", "doc", "{file}")\n', "")])
def test_a_form_field_named_like_a_password_is_refused(tmp_path, field, extra, method):
    doc = tmp_path / "doc.txt"
    doc.write_text("x")
    _refused(_run(FORM.format(field=field, extra=extra.format(file=doc), method=method,
                              url="http://shop.example.invalid/login")), field)


@pytest.mark.parametrize("code, field", [
    ('HTTPRequest("http://shop.example.invalid/login", "", "", "user=ann&password=hunter2")\n',
     "password"),
    ('HTTPRequest("http://shop.example.invalid/x?id=3&access_token=hunter2")\n',
     "access_token"),
    ('r is httpRequest\nr.URL = "http://shop.example.invalid/login"\nr.Method = httpPost\n'
     'r.ContentType = "application/x-www-form-urlencoded"\n'
     'r.Content = "user=ann&pwd=hunter2"\na is httpResponse = HTTPSend(r)\n', "pwd"),
    # no ContentType: urllib sends the body as application/x-www-form-urlencoded
    ('r is httpRequest\nr.URL = "http://shop.example.invalid/login"\nr.Method = httpPost\n'
     'r.Content = "user=ann&pwd=hunter2"\na is httpResponse = HTTPSend(r)\n', "pwd")])
def test_a_password_in_a_query_or_a_url_encoded_body_is_refused(code, field):
    _refused(_run(code), field)


JSON_REQUEST = ('r is httpRequest\nr.URL = "http://shop.example.invalid/login"\n'
                'r.Method = httpPost\nr.ContentType = "{kind}"\nr.Content = [\n{body}\n]\n'
                'a is httpResponse = HTTPSend(r)\n')


@pytest.mark.parametrize("code, field", [
    ('HTTPRequest("http://shop.example.invalid/login", "", "", '
     '"{""user"": ""ann"", ""password"": ""hunter2""}", "application/json")\n', "password"),
    (JSON_REQUEST.format(kind="application/json", body='{"compte": {"login": "ann", '
                         '"mot_de_passe": "hunter2"}}'), "mot_de_passe"),
    # the Content-Type does not matter: the server reads JSON as JSON
    (JSON_REQUEST.format(kind="text/plain", body='[{"id": 1, "pin": 1234, "api_key": '
                         '"hunter2"}]'), "api_key"),
    (JSON_REQUEST.format(kind="text/xml", body='<s:Envelope xmlns:s="urn:s" xmlns:w="urn:w">'
                         '<s:Header><w:UsernameToken><w:Username>ann</w:Username>'
                         '<w:Password Type="#PasswordText">hunter2</w:Password>'
                         '</w:UsernameToken></s:Header></s:Envelope>'), "Password"),
    ('HTTPRequest("http://shop.example.invalid/login;user=ann;password=hunter2/x")\n',
     "password"),
    ('HTTPRequest("http://shop.example.invalid/x?id=3;sMotDePasse=hunter2")\n',
     "sMotDePasse")])
def test_a_password_in_a_json_or_xml_body_or_a_path_parameter_is_refused(code, field):
    """Decided (docs/security.md): a JSON or XML body carrying a password, and a URL's
    `;password=` path parameter, are the password in clear as a form's field is."""
    _refused(_run(code), field)


@pytest.mark.parametrize("code", [
    JSON_REQUEST.format(kind="application/json",
                        body='{"user": "ann", "password": "", "remember": true}'),
    JSON_REQUEST.format(kind="application/json", body='{"password": {"min_length": 8}}'),
    JSON_REQUEST.format(kind="text/xml", body='<login><user>ann</user><pwd/></login>'),
    'HTTPRequest("http://shop.example.invalid/docs;version=2/password")\n',
    FORM.format(field="username", extra="", method="", url="http://shop.example.invalid/"),
    'HTTPRequest("http://shop.example.invalid/login?password=")\n',  # no value: no secret
    'r is httpRequest\nr.URL = "http://shop.example.invalid/login"\nr.Method = httpPost\n'
    'r.ContentType = "application/json"\nr.Content = "password=hunter2"\n'
    'a is httpResponse = HTTPSend(r)\n'])
def test_other_fields_are_not_taken_for_credentials(code):
    """(They then fail for want of the server, not by this rule.)"""
    lines = _run(code)
    assert lines[0] == "1" and "clear text" not in lines[1], lines


def test_allow_cleartext_auth_and_https_let_the_form_go():
    for url, options in (("http://shop.example.invalid/", {"allow_cleartext_auth": True}),
                         ("https://shop.example.invalid/", {})):
        lines = _run(FORM.format(field="password", extra="", method="", url=url), **options)
        assert lines[0] == "1" and "clear text" not in lines[1], lines
        lines = _run(f'HTTPRequest("{url}", "", "", "{{""password"": ""hunter2""}}")\n',
                     **options)
        assert lines[0] == "1" and "clear text" not in lines[1], lines


@pytest.mark.parametrize("code, status", [
    ('HTTPCreateForm("f")\nHTTPAddParameter("f", "login", "ann")\n'
     'HTTPAddParameter("f", "password", "hunter2")\nHTTPSendForm("f", "{url}")\n', 307),
    ('HTTPRequest("{url}", "", "", "user=ann&pwd=hunter2")\n', 308),
    ('HTTPRequest("{url}", "", "", "{{""password"": ""hunter2""}}", "application/json")\n',
     307)])
def test_a_redirect_sending_the_password_again_in_clear_is_refused(http_server, code, status):
    """A 307/308 sends the body again (a79275aa): a form with a password, allowed to this
    machine, went on to wherever the server pointed, over http:// to another machine too.
    Refused before that machine is reached (its name is never looked up)."""
    srv = http_server(b"HTTP/1.1 %d Moved\r\nLocation: http://shop.example.invalid/collect"
                      b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n" % status)
    lines = _run(code.format(url=f"http://127.0.0.1:{srv.port}/login"))
    assert lines[0] == "1", lines
    assert "redirected the request, its body holding a password, to " \
        "http://shop.example.invalid/collect: not sent in clear text to another machine " \
        "(shop.example.invalid)" in lines[1], lines
