"""Functions of rarely needed modules, imported at their first call.

Why: a one-line `wl run` imported some 250 of wlinterp's modules, a hundred of which it
never called a function of: the checks and code of constructs it does not contain
(method calls, interfaces, properties, constructors, compile-time directives...), and
the wording of errors it does not make. Importing a module (finding it, reading and
unmarshalling its code, running its body) costs 0.05-0.3 ms; together they were about
a tenth of the run. A module whose only use of another is calling some of its functions
binds them with `on_first_call`: the first call imports the module and puts its
functions in the caller's globals in place of the stand-ins, so later calls cost what a
direct import's do (one global read). An import statement inside a function instead
costs about a microsecond at every call, which a checker's or compiler's hot path
cannot pay.

The import runs whole: a stop of the run (`--timeout`, whose handler raises in whatever
the main thread runs) arriving meanwhile is raised after it (runtime/deferred_stops.py),
never inside the import machinery, which a REPL input's or a test case's first use of
a construct may now reach under a time limit.

Only for names read as globals: of the module that binds them, or of the function that
calls the stand-in (generated code's namespace, a copy of runtime/helpers.py's names, is
rebound at its first call). A stand-in that a table or a class attribute keeps stays a
stand-in (it still works, one call slower). The type checker sees a real import:

    if TYPE_CHECKING:
        from .method_calls import method_call
    else:
        on_first_call(globals(), ".method_calls", "method_call")
"""
from __future__ import annotations

__all__ = ["on_first_call"]

import importlib
import sys
from typing import Any, Callable

from .runtime.deferred_stops import QUIET, stops_deferred


def on_first_call(namespace: dict[str, Any], module: str, *names: str) -> None:
    """Bind `names` in `namespace` (a module's globals) to stand-ins for the functions of
    `module` (absolute, or relative to the namespace's package) of those names; a name
    written `"f as g"` binds `g` to the module's `f`, as the import statement does."""
    pairs = tuple((name.split(" as ")[0], name.split(" as ")[-1]) for name in names)
    made: list[Callable[..., Any]] = []  # the stand-ins of this binding, for _rebind
    for attr, bound in pairs:
        namespace[bound] = _stand_in(namespace, module, attr, pairs, made)
        made.append(namespace[bound])


def _stand_in(namespace: dict[str, Any], module: str, attr: str,
              pairs: tuple[tuple[str, str], ...],
              made: list[Callable[..., Any]]) -> Callable[..., Any]:
    def first_call(*args: Any, **kwargs: Any) -> Any:
        with stops_deferred():
            loaded = importlib.import_module(module, namespace.get("__package__"))
            _rebind(namespace, loaded, pairs, made)
            _rebind(sys._getframe(1).f_globals, loaded, pairs, made)
        return getattr(loaded, attr)(*args, **kwargs)
    QUIET.add(first_call.__code__)  # (its lines before the `with`: runs_whole's reason)
    first_call.__wrapped_name__ = f"{module}.{attr}"  # type: ignore[attr-defined]
    first_call.__name__ = first_call.__qualname__ = attr
    return first_call


def _rebind(namespace: dict[str, Any], loaded: Any, pairs: tuple[tuple[str, str], ...],
            made: list[Callable[..., Any]]) -> None:
    """Every stand-in of the module in `namespace`, called or not yet, replaced by the
    real function. Run for the namespace that bound them and for the caller's globals:
    a namespace made from a copy of the stand-ins (a run's, from runtime/namespace.py)
    gets the real functions at its first call, so its later calls are direct too."""
    for each, bound in pairs:
        if any(namespace.get(bound) is stand_in for stand_in in made):
            namespace[bound] = getattr(loaded, each)
