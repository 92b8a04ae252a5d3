"""Projects of several files: discovery (`sources`), linking (`linker`), loading once and
running many times (`program`), `wl run` of a project file (`run`), Python values across
the border (`convert`) and the public `Project` API (`api`).
"""
from __future__ import annotations

__all__ = ["load_project", "run_script", "find_layout"]

from .program import load_project
from .run import run_script
from .sources import find_layout
