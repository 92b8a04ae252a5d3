"""A value's bytes are read by one rule (runtime/value_bytes.py `to_bytes`) wherever a built-in
writes or sends them: a Buffer's characters 0-255 as bytes, text ANSI writes as its
Windows-1252 bytes ("€" is 0x80: docs/semantics.md "A Buffer stored into a string"),
other text as UTF-8, and a UNICODE string as its UTF-16, as BufferToHexa shows it (?1000019916). fSaveBuffer and
fAppendBuffer had their own copy of the rule without the UNICODE case (they wrote
`é€` of a UNICODE string as UTF-8), as the e-mail attachment had (test_mail_attach_variable)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlinterp.engine import run_source


@pytest.mark.parametrize("code", [
    'u is UNICODE string = "é€"\nfSaveBuffer("{f}", u)\nfAppendBuffer("{f}", u)\n'
    's is string = "é€"\nfAppendBuffer("{f}", s)\nfAppendBuffer("{f}", "é")\nfAppendBuffer("{f}", "日")\n',
    'u est une chaîne UNICODE = "é€"\nfSauveBuffer("{f}", u)\nfAjouteBuffer("{f}", u)\n'
    's est une chaîne = "é€"\nfAjouteBuffer("{f}", s)\nfAjouteBuffer("{f}", "é")\nfAjouteBuffer("{f}", "日")\n',
])
def test_file_buffers_write_the_bytes_every_built_in_reads(code: str, tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    out, err = io.StringIO(), io.StringIO()
    run_source(code.replace("{f}", str(target)), "buffers.wl", stdout=out, stderr=err)
    assert err.getvalue() == ""
    utf16 = "é€".encode("utf-16-le")
    assert target.read_bytes() == utf16 + utf16 + b"\xe9\x80" + b"\xe9" + "日".encode("utf-8")
