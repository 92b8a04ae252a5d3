"""Generated code reads only listed runtime names (runtime/namespace.py), the program's
own definitions and the values the compiler attached to it."""
from __future__ import annotations

import dis
import glob
import types

from wlinterp.engine import compile_source
from wlinterp.runtime import namespace as R

LISTED = set(R.HELPERS) | set(R.VALUE_OPS) | set(R.PY_BUILTINS) | set(R.ENGINE_NAMES)


def _globals_read(code: types.CodeType) -> set[str]:
    out = {i.argval for i in dis.get_instructions(code)
           if i.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out |= _globals_read(const)
    return out


def _defined(code: types.CodeType) -> set[str]:
    """Names the generated module itself binds (procedures, module globals)."""
    out = {i.argval for i in dis.get_instructions(code)
           if i.opname in ("STORE_NAME", "STORE_GLOBAL")}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out |= {i.argval for i in dis.get_instructions(const)
                    if i.opname == "STORE_GLOBAL"}
    return out


def _program_code(compiled) -> list[types.CodeType]:
    """The code compiled at load and that of every procedure Python compiles on its
    first call (compiler/lazy.py), compiled now."""
    lazy = compiled.consts.get("__wl_lazy__")
    deferred = [lazy.code(i) for i in range(len(lazy.codes))] if lazy is not None else []
    return [compiled.code, *deferred]


def test_every_golden_program_uses_only_listed_names() -> None:
    compiled_any = 0
    for path in sorted(glob.glob("tests/golden/**/*.wl", recursive=True)):
        try:
            compiled = compile_source(open(path, encoding="utf-8").read(), path, defer=False)
        except Exception:  # golden files that test compile errors
            continue
        compiled_any += 1
        codes = _program_code(compiled)
        allowed = LISTED | set(compiled.consts) | set().union(*map(_defined, codes)) \
            | {code.co_name for code in codes[1:]}  # the deferred functions' own names
        unknown = set().union(*map(_globals_read, codes)) - allowed
        assert not unknown, f"{path}: generated code reads unlisted names {sorted(unknown)}"
    assert compiled_any > 300


def test_listed_names_exist_and_nothing_else_leaks() -> None:
    names = R.runtime_names()
    assert set(names) == set(R.HELPERS) | set(R.VALUE_OPS)
    assert not {"math", "Any", "fold", "V"} & set(names)
