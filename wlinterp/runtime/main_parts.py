"""The main code of a very long program, run part after part (compiler/main_chunks.py).

A main code of many thousand lines is generated as several functions, `__wl_main_1__`,
`__wl_main_2__`..., each compiled by Python at its first call (compiler/lazy.py), so that
no single compile() holds the whole of it (a 100,000-line main code took a run to 700 MB
inside that one call). `__wl_main__` is then this module's function calling them in
order: its frame is no WLanguage frame (its file is not a program's), so errors and call
stacks show the parts as "the main code", as one function was shown.
"""
from __future__ import annotations

__all__ = ["MAIN_PREFIX", "main_parts", "part_name"]

from typing import Any, Callable

MAIN_PREFIX = "__wl_main"  # `__wl_main__` and its parts `__wl_main_<k>__`


def part_name(k: int) -> str:
    """The generated function holding part `k` (from 1) of the main code."""
    return f"{MAIN_PREFIX}_{k}__"


def main_parts(ns: dict[str, Any], count: int, release: tuple[str, ...] = ()
               ) -> Callable[[], None]:
    """The main code made of `count` parts defined in `ns`: each returns True when it
    ran to its end, None when a RETURN of the main code ended the program's main code
    there (the parts after it do not run). Names are looked up at the call: the parts
    are stubs installed after this line of the module runs (lazy.py). Once the main code
    has ended, the variables in `release` (those one function held as locals, in the
    order CPython numbers them) let their values go, one after the other, as the end of
    that function's frame did: the destructors of the objects they held run then, in
    that order, not at the end of the run in the reverse order of creation."""
    names = [part_name(k) for k in range(1, count + 1)]

    def run_main_parts() -> None:
        for name in names:
            if ns[name]() is None:
                break
        for var in release:
            if var in ns:
                ns[var] = None
    return run_main_parts
