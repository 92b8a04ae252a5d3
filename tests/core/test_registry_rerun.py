"""A family's import run again after a time limit cut its first run (wlinterp/registry.py).

Under load the REPL's one-second limit expired inside the first import of the Strings
family (Trace imports it late): the names declared so far stayed in the shared registry,
and the next use ran the import again, whose own names then clashed with them ("built-in
name clash: CR" at every later use). A module run again in a fresh namespace replaces
what its earlier run declared; the same run declaring a name twice is still a clash, and
so are two modules declaring one name."""
from __future__ import annotations

import pytest

from wlinterp.registry import Family, Registry


def _run_module(source: str, name: str, registry: Registry) -> None:
    """Execute `source` as the body of module `name`, as an import does (its own globals)."""
    exec(compile(source, f"<{name}>", "exec"), {"__name__": name, "Family": Family,
                                                "REG": registry})


_BODY = 'f = Family("Strings", registry=REG)\nf.constant("CR", "RC", "\\r\\n")\n'


def test_a_module_run_again_replaces_its_names_and_its_family() -> None:
    registry = Registry()
    with pytest.raises(TimeoutError):  # the first run stopped after its first declaration
        _run_module(_BODY + "raise TimeoutError\n", "stdlib.strings", registry)
    _run_module(_BODY + 'f.constant("TAB", "TAB", "\\t")\n', "stdlib.strings", registry)
    assert registry.lookup("RC")[1].value == "\r\n"  # type: ignore[index]
    assert registry.lookup("TAB")[1].value == "\t"  # type: ignore[index]
    assert [f.name for f in registry._families] == ["Strings"]


def test_one_run_declaring_a_name_twice_is_a_clash() -> None:
    registry = Registry()
    with pytest.raises(ValueError, match="built-in name clash: CR"):
        _run_module(_BODY + 'f.constant("CR", "RC2", 2)\n', "stdlib.strings", registry)


def test_two_modules_declaring_one_name_clash() -> None:
    registry = Registry()
    _run_module(_BODY, "stdlib.strings", registry)
    with pytest.raises(ValueError, match="built-in name clash: CR"):
        _run_module(_BODY.replace('"Strings"', '"Other"'), "stdlib.other", registry)


def test_declarations_outside_any_import_still_clash() -> None:
    registry = Registry()
    family = Family("Test", registry=registry)
    family.constant("ONE", "UN", 1)
    with pytest.raises(ValueError, match="built-in name clash: ONE"):
        family.constant("ONE", "UN2", 2)
