"""The semantic pass, between the parser and code generation.

- `analysis.py`: `analyze(program, registry)`, the entry point for `wl check`, the
  compiler and the REPL;
- `program_decls.py`: the program-level declarations (structures, classes, constants,
  procedures, methods), collected into `program_symbols.py`'s `ProgramSymbols`;
- `reporter.py`: where diagnostics go, with their position and source line;
- `checker.py`: one function body (statements, expressions), with `declarations.py`
  (declared types, variables, parameters), `member_checks.py` (members, undeclared
  names), `expression_checks.py` (operators, `C::X`, `new`; what `C::X` names in
  `class_member_names.py`), `declaration_blocks.py`
  (enumerations, structures and classes), `block_statements.py` (loops, SWITCH,
  WHEN EXCEPTION IN) and `assignments.py` (assignment targets,
  values an integer loses) on the state of `checker_state.py`;
- `lookup.py`: names used as values, in WLanguage's lookup order;
- `calls.py`: calls (procedures, methods, built-ins), with `method_calls.py` (`obj.M()`;
  a value's methods in `value_method_calls.py`, a class's or the ancestor's in
  `class_method_calls.py`),
  `call_counts.py` (argument counts) and `builtin_calls.py` (built-ins, WINDEV-only and
  unknown functions);
- `resolved.py`: what each name designates, recorded per node for code generation;
- `symbols.py`: the compiler-facing symbol tables (static types, by-reference analysis);
- `diagnostics.py`: the stable codes WL1xx/WL2xx, filtering and `// wl: ignore[...]`;
- `suggest.py`: "did you mean", case- and accent-insensitive.
"""
from __future__ import annotations

__all__ = ["analyze", "Analysis", "Diagnostic", "KINDS", "Severity"]

from .analysis import Analysis, analyze
from .diagnostics import KINDS, Diagnostic, Severity
