"""Projects of several files: discovery (`sources`), linking (`linker`), loading once and
running many times (`program`), `wl run` of a project file (`run`), Python values across
the border (`convert`) and the public `Project` API (`api`).
"""
from __future__ import annotations

__all__ = ["load_project", "run_script", "find_layout"]

from typing import Any

_WHERE = {"load_project": "program", "run_script": "run", "find_layout": "sources"}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use: `wl -V`, `wl help` and the option parser
    (which reads `determinism`) need not load the compiler."""
    if name in _WHERE:
        from importlib import import_module
        return getattr(import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(name)
