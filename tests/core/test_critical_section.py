"""`USING cs IN` holds a real lock: another thread cannot take it while the block runs,
and can once the block is left, even by an error."""
from __future__ import annotations

import threading

import pytest

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime.threads import WLCriticalSection, use_block


def _free_elsewhere(cs: WLCriticalSection) -> bool:
    """Can another thread take the section right now?"""
    got: list[bool] = []

    def probe() -> None:
        ok = cs.lock.acquire(blocking=False)
        got.append(ok)
        if ok:
            cs.lock.release()
    t = threading.Thread(target=probe)
    t.start()
    t.join(5)
    return got == [True]


def test_the_block_holds_the_section_and_an_error_releases_it() -> None:
    cs = WLCriticalSection()
    with pytest.raises(WLRuntimeError):
        with use_block(cs):
            assert not _free_elsewhere(cs)
            raise WLRuntimeError("boom")
    assert _free_elsewhere(cs)


def test_only_a_critical_section_can_be_used() -> None:
    with pytest.raises(WLRuntimeError, match="needs a CriticalSection"):
        use_block(3)
