"""The words of a built-in's refusal of a value its text or number parameter cannot take
(an array, a structure, an object): one text, said by the run (stdlib/strings.py
`text_arg`, stdlib/int_args.py `int_arg`, stdlib/numbers.py `num_arg`) and by `wl
check` (WL115 at the argument, semantics/builtin_args.py), so both speak alike."""
from __future__ import annotations

__all__ = ["refused_argument"]


def refused_argument(fname: str, number: bool, type_words: str) -> str:
    """`Left expects a string, not a value of type array` (no final period: the run adds
    its own); `type_words` as runtime/values.py `type_name` names the value's type."""
    wanted = "a number" if number else "a string"
    return f"{fname} expects {wanted}, not a value of type {type_words}"
