"""EmailImportHTML attaches each local image file once, however often the HTML shows it,
and two files of one name stay two attachments (stdlib/email_source.py)."""
from __future__ import annotations

import io
from pathlib import Path

from wlinterp import run_source


def test_an_image_shown_twice_is_attached_once_and_names_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "logo.png").write_bytes(b"A")
    (tmp_path / "b" / "logo.png").write_bytes(b"BB")
    folder = str(tmp_path).replace('"', '""')
    out = io.StringIO()
    run_source(f'''m est un Email
Trace(EmailImporteHTML(m, "<img src='a/logo.png'><img src=""a/logo.png""><img src='b/logo.png'>", "{folder}"))
Trace(TableauOccurrence(m.Attache), m.Attache[1], m.Attache[2])
Trace(m.HTML)
Trace(EmailSauveFichierAttaché(m, "logo_2.png", "{folder}/copie.png"))
''', "import.wl", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["1", "2, logo.png, logo_2.png"], lines
    assert lines[2] == ("<img src='cid:image1.logo.png@wlinterp'><img src=\"cid:image1.logo.png"
                        "@wlinterp\"><img src='cid:image2.logo_2.png@wlinterp'>"), lines
    assert lines[3] == "1" and (tmp_path / "copie.png").read_bytes() == b"BB"
