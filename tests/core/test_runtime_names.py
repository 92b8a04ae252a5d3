"""Generated code reads only listed runtime names (runtime/namespace.py), the program's
own definitions and the values the compiler attached to it."""
from __future__ import annotations

import dis
import sys
import types

from golden_trees import golden_texts

from wlinterp.engine import compile_source
from wlinterp.runtime import namespace as R

LISTED = set(R.HELPERS) | set(R.VALUE_OPS) | set(R.PY_BUILTINS) | set(R.ENGINE_NAMES)


_EXTENDED_ARG = dis.opmap["EXTENDED_ARG"]
_LOAD_GLOBAL = dis.opmap["LOAD_GLOBAL"]
_READS = {_LOAD_GLOBAL, dis.opmap["LOAD_NAME"]}
_BINDS = {dis.opmap["STORE_NAME"], dis.opmap["STORE_GLOBAL"]}
_GLOBAL_SHIFT = 1 if sys.version_info >= (3, 11) else 0  # (its low bit: push a NULL)


def _named(code: types.CodeType, ops: set[int]) -> set[str]:
    """The names the instructions `ops` of `code` (not of its nested code) take, read
    from its bytecode as dis reads it: dis.get_instructions made an Instruction for
    each of the millions of instructions and was two fifths of this file's time."""
    out, names, raw, high = set(), code.co_names, code.co_code, 0
    for i in range(0, len(raw), 2):
        op, arg = raw[i], raw[i + 1] | high
        high = arg << 8 if op == _EXTENDED_ARG else 0
        if op in ops:
            out.add(names[arg >> _GLOBAL_SHIFT if op == _LOAD_GLOBAL else arg])
    return out


def _globals_read(code: types.CodeType) -> set[str]:
    out = _named(code, _READS)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out |= _globals_read(const)
    return out


def _defined(code: types.CodeType) -> set[str]:
    """Names the generated module itself binds (procedures, module globals)."""
    out = _named(code, _BINDS)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out |= _named(const, {dis.opmap["STORE_GLOBAL"]})
    return out


def test_the_bytecode_is_read_as_dis_reads_it() -> None:
    """_named finds what dis finds, in code with more than 256 names (EXTENDED_ARG)."""
    source = "\n".join(f"global g{i}\ng{i} = h{i}" for i in range(300))
    code = compile(f"def f():\n    {source.replace(chr(10), chr(10) + '    ')}\n", "t", "exec")
    inner = next(c for c in code.co_consts if isinstance(c, types.CodeType))
    for ops in (_READS, _BINDS):
        want = {i.argval for i in dis.get_instructions(inner) if i.opcode in ops}
        assert _named(inner, ops) == want and len(want) == 300


def _program_code(compiled) -> list[types.CodeType]:
    """The code compiled at load and that of every procedure Python compiles on its
    first call (compiler/lazy.py), compiled now."""
    lazy = compiled.consts.get("__wl_lazy__")
    deferred = [lazy.code(i) for i in range(len(lazy.codes))] if lazy is not None else []
    return [compiled.code, *deferred]


def test_every_golden_program_uses_only_listed_names() -> None:
    compiled_any = 0
    for path, text in golden_texts():
        try:
            compiled = compile_source(text, path, defer=False)
        except Exception:  # noqa: S112, BLE001 - golden files that test compile errors
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
