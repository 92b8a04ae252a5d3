"""An Image given a path that is no regular file (stdlib/image_type.py): a named pipe with
no writer made `MonImage = sPath` wait for ever, a device was opened as a file; both stop
the run at once in words, as a missing file does."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from wlinterp.engine import run_source
from wlinterp.errors import WLRuntimeError

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")


def _refusal(path: str, french: bool) -> str:
    source = (f'MonImage est une Image\nMonImage = "{path}"\n' if french
              else f'imgPhoto is Image\nimgPhoto..Image = "{path}"\n')
    with pytest.raises(WLRuntimeError) as caught:
        run_source(source, stdout=io.StringIO())
    return str(caught.value)


@pytest.mark.parametrize("french", [False, True])
def test_a_named_pipe_is_refused_at_once(tmp_path: Path, french: bool) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert f"Image = '{pipe}': no image file of that name can be read" in _refusal(
        str(pipe), french)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a character device")
def test_a_device_is_refused() -> None:
    assert "Image = '/dev/zero': no image file of that name can be read" in _refusal(
        "/dev/zero", True)
