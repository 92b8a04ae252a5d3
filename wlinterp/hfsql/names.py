"""The analysis's names for the compiler: data files and items are not undeclared
variables (no warning); they are resolved at run time by hooks.data_name."""
from __future__ import annotations

__all__ = ["analysis_names"]

from typing import Any


def analysis_names(rt: Any) -> frozenset[str]:
    """Folded names of the files, items and keys of the run's analysis."""
    from .database import session
    ana = session(rt).analysis
    return frozenset(ana.files) | frozenset(ana.item_names())
