"""Fixtures of the stdlib tests."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from wlinterp.runtime.state import Runtime  # noqa: E402


@pytest.fixture
def rt() -> Runtime:
    """A runtime whose output is captured."""
    return Runtime(stdout=io.StringIO(), stderr=io.StringIO())
