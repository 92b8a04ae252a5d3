"""What compiling a program gives: the generated code and what the engine needs with it.

Its own module so that the compiler (program.py) holds the compiling and this the result
the engine, the error reports (run_errors.py, null_objects.py) and first-call generation
(first_call.py) read: program.py re-exports it for the modules that import it from there.
"""
from __future__ import annotations

__all__ = ["CompiledProgram"]

from typing import Any

from ..records import field, record


@record
class CompiledProgram:
    """Generated code plus everything the engine needs to run it and map errors back."""

    code: Any
    source_py: str
    linemap: list[tuple[int, int]]
    filename: str
    source: str
    consts: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    warning_codes: list[str] = field(default_factory=list)  # WL2xx/WL101, one per warning
    diagnostics: list[Any] = field(default_factory=list)  # the semantic pass's (Diagnostic)
    tree: Any = None  # the program compiled (N.Program): Compile compiles against it
    # (statement line, member folded) -> the objects of a class or structure whose
    # member it uses: (line, column, "CPoint object", declared dynamic) each, for the
    # error of a Null one (null_objects.py)
    null_places: dict[tuple[int, str], list[tuple[int, int, str, bool]]] = field(
        default_factory=dict)
