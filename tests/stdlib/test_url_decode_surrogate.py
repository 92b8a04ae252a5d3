"""URLDecode given a text holding a lone surrogate (Charact(56448): a UTF-16 half read
alone) decodes the rest; the run stopped with Python's "surrogates not allowed" and no
line named (stdlib/encoding.py url_decode). Found by feeding the encoding functions
fuzzed values."""
from __future__ import annotations

from stdlib_helpers import call

from wlinterp.runtime.state import Runtime


def test_a_lone_surrogate_does_not_stop_url_decode() -> None:
    rt = Runtime()
    decoded = call(rt, "URLDecode", "\udc80%41+b")
    assert isinstance(decoded, str) and decoded.endswith("A b")
    assert call(rt, "URLDécode", "caf%C3%A9+cr%E8me") == "café crème"
