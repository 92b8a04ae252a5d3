"""EmailImportHTML attaches each local image file once, however often the HTML shows it,
and two files of one name stay two attachments; an image that cannot be read leaves the
message as it was; an absolute or `..` path is read as the script's HTML says
(stdlib/email_source.py, docs/builtins.md)."""
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


def test_all_or_nothing_and_paths_outside_the_image_folder(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(b"A")
    (tmp_path / "outside.png").write_bytes(b"OUT")
    folder = str(tmp_path / "images").replace('"', '""')
    absolute = str(tmp_path / "outside.png").replace('"', '""')
    out = io.StringIO()
    run_source(f'''m is Email
m.HTML = "<p>before</p>"
Trace(EmailImportHTML(m, "<img src='a.png'><img src='nowhere.png'>", "{folder}"), ErrorOccurred)
Trace(ArrayCount(m.Attach), m.HTML)
Trace(ErrorInfo())
Trace(EmailImportHTML(m, "<img src='../outside.png'><img src='{absolute}'>", "{folder}"))
Trace(ArrayCount(m.Attach), m.Attach[1])
Trace(EmailSaveAttachment(m, "outside.png", "{folder}/back.png"))
''', "import.wl", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["0, 1", "0, <p>before</p>"], lines
    assert "the image 'nowhere.png' cannot be read" in lines[2], lines
    assert lines[3:5] == ["1", "1, outside.png"], lines  # one file, two spellings: once
    assert lines[5] == "1" and (tmp_path / "images" / "back.png").read_bytes() == b"OUT"


def test_an_attachment_already_there_is_never_replaced(tmp_path: Path) -> None:
    """An image named as an attachment the message has (a loaded one, a file's path)
    gets a name of its own; importing the same HTML again reuses its images instead of
    attaching them twice."""
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"IMAGE")
    (tmp_path / "logo.png").write_bytes(b"REPORT")
    (tmp_path / "chart.png").write_bytes(b"FILE")
    (tmp_path / "images" / "chart.png").write_bytes(b"CHART")
    folder = str(tmp_path / "images").replace('"', '""')
    top = str(tmp_path).replace('"', '""')
    out = io.StringIO()
    run_source(f'''m is Email
Trace(EmailLoadAttachment(m, "{top}/logo.png"))
m.Attach[2] = "{top}/chart.png"
Trace(EmailImportHTML(m, "<img src='logo.png'><img src='logo.png'><img src='chart.png'>", "{folder}"))
Trace(ArrayCount(m.Attach), m.Attach[1], m.Attach[3], m.Attach[4], m.AttachIdentifier[1] = "")
Trace(EmailSaveAttachment(m, "logo.png", "{top}/first.png"), EmailSaveAttachment(m, "logo_2.png", "{top}/second.png"))
Trace(EmailImportHTML(m, "<p>again</p><img src='logo.png'>", "{folder}"))
Trace(ArrayCount(m.Attach), m.HTML)
''', "import.wl", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[:3] == ["1", "1", "4, logo.png, logo_2.png, chart_2.png, 1"], lines
    assert lines[3] == "1, 1", lines
    assert (tmp_path / "first.png").read_bytes() == b"REPORT"
    assert (tmp_path / "second.png").read_bytes() == b"IMAGE"
    assert lines[4:] == ["1", "4, <p>again</p><img src='cid:image1.logo_2.png@wlinterp'>"], lines
