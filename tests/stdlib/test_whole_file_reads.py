"""Whole-file reads from a named pipe, a device and past --max-string (stdlib/
whole_files.py): a FIFO with no writer made fLoadText, fLoadBuffer, XMLOpen and the others
wait for ever, and /dev/zero was read without end; each is now refused at once with the
function's non-fatal error, the kind of path in words."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from wlinterp.engine import run_source

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")


def _run(source: str, options: dict | None = None) -> list[str]:
    out = io.StringIO()
    run_source(source, stdout=out, options=options)
    return out.getvalue().splitlines()


@pytest.mark.parametrize("call", ['fLoadText(sPipe)', 'fLoadBuffer(sPipe)',
                                  'HashFile(HA_SHA_256, sPipe)', 'fIsImage(sPipe)',
                                  'XMLOpen(sPipe)', 'fChargeTexte(sPipe)'])
def test_a_named_pipe_with_no_writer_is_refused_at_once(tmp_path: Path, call: str) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    lines = _run(f'sPipe is string = "{pipe}"\nx is Variant = {call}\n'
                 "Trace(ErrorOccurred, ErrorInfo(errMessage))\n")
    assert lines[0].startswith("1, ")
    assert "cannot " in lines[0] and f"'{pipe}': it is a named pipe, not a file" in lines[0]


def test_image_info_of_a_pipe_is_bad(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert _run(f'Trace(ImageInfo("{pipe}"))\n') == ["BAD\t\t\t"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a character device")
def test_an_endless_device_is_refused_not_read() -> None:
    lines = _run('b is Buffer = fLoadBuffer("/dev/zero")\n'
                 "Trace(ErrorOccurred, Length(b), ErrorInfo(errMessage))\n")
    assert lines[0].startswith("1, 0, fLoadBuffer: cannot read '/dev/zero': it is a "
                               "character device, not a file")


def test_fload_buffer_stops_at_max_string(tmp_path: Path) -> None:
    """A file longer than --max-string bytes is refused in words, not read whole (it
    read any size)."""
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 5000)
    lines = _run(f'b is Buffer = fLoadBuffer("{big}")\n'
                 "Trace(ErrorOccurred, Length(b), ErrorInfo(errMessage))\n",
                 options={"max_string": 4096})
    assert lines[0] == (f"1, 0, fLoadBuffer: cannot read '{big}': the file holds more "
                        "than 4,096 bytes (see --max-string).")
    assert _run(f'b is Buffer = fLoadBuffer("{big}")\nTrace(Length(b))\n',
                options={"max_string": 5000}) == ["5000"]
