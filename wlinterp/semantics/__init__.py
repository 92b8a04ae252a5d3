"""The semantic pass, between the parser and code generation.

- `analysis.py`: program-level symbols (structures, classes, constants, procedures,
  methods) and `analyze(program, registry)`, the entry point for `wl check`, the compiler
  and the REPL;
- `checker.py`: one function body (declarations, statements, expressions);
- `calls.py`: names and calls (procedures, methods, built-ins, argument counts);
- `resolved.py`: what each name designates, recorded per node for code generation;
- `symbols.py`: the compiler-facing symbol tables (static types, by-reference analysis);
- `diagnostics.py`: the stable codes WL1xx/WL2xx, filtering and `// wl: ignore[...]`;
- `suggest.py`: "did you mean", case- and accent-insensitive.
"""
from __future__ import annotations

__all__ = ["analyze", "Analysis", "Diagnostic", "KINDS", "Severity"]

from .analysis import Analysis, analyze
from .diagnostics import KINDS, Diagnostic, Severity
