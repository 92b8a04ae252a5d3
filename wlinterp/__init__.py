"""wlinterp: a WLanguage interpreter.

Public API (small and stable): `parse`, `run_source`, `run_file`, `Project`, and the error types.
"""
from __future__ import annotations

__all__ = ["parse", "run_source", "run_file", "Project", "WLError", "WLSyntaxError",
           "WLRuntimeError", "__version__"]

__version__ = "0.1.0"

from .errors import WLError, WLSyntaxError, WLRuntimeError


def parse(source: str, filename: str = "<string>"):
    """Parse WLanguage source into its AST (`wlinterp.syntax.nodes.Program`), or raise
    WLSyntaxError."""
    from .syntax.parser import parse as _parse
    return _parse(source, filename)


def run_source(text: str, filename: str = "<string>", **kwargs):
    """Compile and run a program; see `wlinterp.engine.run_source` for the options."""
    from .engine import run_source as _run
    return _run(text, filename, **kwargs)


def run_file(path: str, **kwargs):
    """Read a .wl file (UTF-8, or Windows-1252 as a fallback) and run it."""
    from .engine import run_file as _run
    return _run(path, **kwargs)


def __getattr__(name: str):
    """`wlinterp.Project` (imported on first use: the CLI need not pay for it)."""
    if name == "Project":
        from .project.api import Project
        return Project
    raise AttributeError(f"module 'wlinterp' has no attribute {name!r}")
