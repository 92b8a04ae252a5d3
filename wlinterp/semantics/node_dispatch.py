"""Node class -> the checker's method for it, found on the class's first visit: the
semantic pass dispatches every statement and expression through such a table (one
subscript on the hot paths, no call; checker.py)."""
from __future__ import annotations

__all__ = ["Handlers"]

from typing import Any, Callable


class Handlers(dict[type, Any]):
    """`owner.<prefix><class name>` for each node class (or its base class's: NotPrefix),
    else `owner.<fallback>`; `nothing` (a method with nothing to check: x_literal) is
    remembered as None, so the caller skips the call."""

    def __init__(self, owner: type, prefix: str, fallback: str,
                 nothing: Callable[..., None] | None = None) -> None:
        super().__init__()
        self.owner, self.prefix, self.fallback, self.nothing = owner, prefix, fallback, nothing

    def __missing__(self, cls: type) -> Any:
        found = getattr(self.owner, self.prefix + cls.__name__, None)
        if found is None and cls.__bases__[0].__name__ not in ("Expr", "Stmt", "Node"):
            found = getattr(self.owner, self.prefix + cls.__bases__[0].__name__, None)
        handler = found if found is not None else getattr(self.owner, self.fallback)
        self[cls] = None if handler is self.nothing else handler
        return self[cls]
