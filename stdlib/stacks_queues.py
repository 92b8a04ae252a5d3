"""Stacks and queues: `s is Stack of int` / `s est une Pile d'entiers`, `q is Queue of
string` / `q est une File de chaînes`, with Push/Pop and Enqueue/Dequeue.

PC SOFT's help (1514022, 1514021, 1000017366, 1000018322, 1000019589): a stack gives its
elements back from the most recent, a queue in the order they came; Pop/Dequeue answer
True with the element in their optional second parameter, False when empty. Properties:
Empty, Occurrence, AdditionCompleted, NbPendingThread. For threads, Pop/Dequeue can wait
(`WaitIfEmpty`, a timeout) until another thread adds an element or sets
AdditionCompleted; adding once AdditionCompleted is True is an error. Elements are
stored converted to the declared element type (`Stack of int`).
"""
from __future__ import annotations

import collections
import threading
import time
from typing import Any, Callable, TypeVar

from wlinterp.errors import WLRuntimeError
from wlinterp.registry import Family, OutArg
from wlinterp.runtime import values as V
from wlinterp.runtime.assoc_arrays import WLAssoc
from wlinterp.runtime.containers import copy_value
from wlinterp.runtime.state import Runtime
from wlinterp.runtime.thread_gate import SLICE, waiting_forever
from wlinterp.runtime.types import TypeSpec, WLArray, coerce
from wlinterp.syntax.names import fold

from .timeouts import timeout_seconds

family = Family("Stacks and queues")

WAIT_IF_EMPTY = family.constant("WaitIfEmpty", "AttendSiVide", 1)

# property names, English and French (French INFERRED) -> one key
_PROPS = {"empty": "empty", "vide": "empty", "occurrence": "occurrence",
          "count": "occurrence", "additioncompleted": "completed", "finajout": "completed",
          "nbpendingthread": "waiting", "nbthreadenattente": "waiting"}


class _Container:
    """What a stack and a queue share: their elements, a condition for waiting threads,
    the element type."""

    kind = ""
    wl_type_name = ""

    def __init__(self, rt: object = None) -> None:
        self.items: collections.deque[object] = collections.deque()
        self.cond = threading.Condition()
        self.completed = False
        self.waiting = 0
        self.elem: TypeSpec | None = None
        self.ctx: Any = None

    def set_elem(self, elem: TypeSpec, ctx: Any) -> None:
        """The declared element type (`Stack of int`): values added are converted to it."""
        self.elem, self.ctx = elem, ctx

    def add(self, value: object, fname: str) -> None:
        with self.cond:
            if self.completed:
                raise WLRuntimeError(f"{fname}: AdditionCompleted is True: no element can "
                                     f"be added to this {self.wl_type_name.lower()}.")
            stored = coerce(value, self.elem, self.ctx) if self.elem is not None \
                else copy_value(value)
            self.items.append(stored)
            self.cond.notify()

    def take(self, options: object, timeout: object, fname: str) -> tuple[bool, object]:
        """(True, element) or (False, None): empty, or the wait ended without one."""
        wait = bool(V.to_int(options) & WAIT_IF_EMPTY) if options is not None else False
        limit = timeout_seconds(timeout, fname) if wait else 0
        deadline = None if limit is None else time.monotonic() + limit
        with self.cond, waiting_forever(fname, deadline):
            self.waiting += 1
            try:
                while not self.items and wait and not self.completed:
                    left = SLICE if deadline is None else deadline - time.monotonic()
                    if left <= 0:
                        break
                    self.cond.wait(min(left, SLICE))
            finally:
                self.waiting -= 1
            if not self.items:
                return False, None
            return True, self.next_item()

    def next_item(self) -> object:
        raise NotImplementedError

    def order(self) -> list[object]:
        """The elements in the order Pop/Dequeue would give them (FOR EACH's order)."""
        raise NotImplementedError

    def wl_get(self, name: str) -> object:
        key = _PROPS.get(fold(name))
        if key is None:
            raise WLRuntimeError(f"A {self.wl_type_name} has no property '{name}'.")
        with self.cond:
            return {"empty": not self.items, "occurrence": len(self.items),
                    "completed": self.completed, "waiting": self.waiting}[key]

    def wl_set(self, name: str, value: object, ctx: object = None) -> None:
        if _PROPS.get(fold(name)) != "completed":
            raise WLRuntimeError(f"The property {name} of a {self.wl_type_name} is "
                                 f"read-only.")
        with self.cond:
            self.completed = bool(V.to_bool(value))
            self.cond.notify_all()  # waiting threads see that nothing more will come

    def wl_iter(self) -> list[object]:
        with self.cond:
            return self.order()

    def wl_text(self) -> str:
        raise WLRuntimeError(f"A {self.wl_type_name} cannot be converted to a string.")

    def copy(self) -> "_Container":
        """Assigning a stack or queue copies its elements (as arrays are copied)."""
        other = type(self)()
        other.items = collections.deque(copy_value(v) for v in self.items)
        other.elem, other.ctx, other.completed = self.elem, self.ctx, self.completed
        return other

    def clear(self) -> None:
        with self.cond:
            self.items.clear()


class WLStack(_Container):
    kind, wl_type_name = "stack", "Stack"

    def next_item(self) -> object:
        return self.items.pop()

    def order(self) -> list[object]:
        return list(reversed(self.items))


class WLQueue(_Container):
    kind, wl_type_name = "queue", "Queue"

    def next_item(self) -> object:
        return self.items.popleft()

    def order(self) -> list[object]:
        return list(self.items)


for _cls in (WLStack, WLQueue):
    setattr(_cls, "wl_of", True)
family.type("Stack", "Pile", WLStack)
family.type("Queue", "File", WLQueue)


def _of(value: object, cls: type[_Container], fname: str) -> Any:
    if isinstance(value, cls):
        return value
    raise WLRuntimeError(f"{fname} expects {_words(cls)}, not a value of "
                         f"type {V.type_name(value)}.")


def _words(cls: type[_Container]) -> str:
    """What a function of a stack or a queue says it expects ("a Stack variable")."""
    return f"a {cls.wl_type_name} variable"


_F = TypeVar("_F", bound=Callable[..., Any])
# what DeleteAll empties
_ANY_CONTAINER = f"an array, {_words(WLStack)} or {_words(WLQueue)}"


def _needs(what: str) -> Callable[[_F], _F]:
    """Mark a function with the container its first argument must be, in its error's
    words: `wl check` says them (WL115) for `n.Push(1)`, `n.DeleteAll()` on a variable
    declared a number, a string or a boolean (semantics/value_method_calls.py)."""
    def mark(func: _F) -> _F:
        setattr(func, "wl_container", what)
        return func
    return mark


@family.function("Push", "Empile")
@_needs(_words(WLStack))
def push(rt: Runtime, stack: object, value: object) -> None:
    """Put the value on top of the stack."""
    _of(stack, WLStack, "Push").add(value, "Push")


@family.function("Pop", "Dépile")
@_needs(_words(WLStack))
def pop(rt: Runtime, stack: object, element: OutArg = None, options: object = None,
        timeout: object = None) -> tuple[bool, object]:
    """Take the top element into `element`: True, or False when the stack is empty (or
    the wait of WaitIfEmpty ended without an element)."""
    ok, value = _of(stack, WLStack, "Pop").take(options, timeout, "Pop")
    return ok, value if ok else element


@family.function("Enqueue", "Enfile")
@_needs(_words(WLQueue))
def enqueue(rt: Runtime, queue: object, value: object) -> None:
    """Add the value at the end of the queue."""
    _of(queue, WLQueue, "Enqueue").add(value, "Enqueue")


@family.function("Dequeue", "Défile")
@_needs(_words(WLQueue))
def dequeue(rt: Runtime, queue: object, element: OutArg = None, options: object = None,
            timeout: object = None) -> tuple[bool, object]:
    """Take the first element into `element`: True, or False when the queue is empty."""
    ok, value = _of(queue, WLQueue, "Dequeue").take(options, timeout, "Dequeue")
    return ok, value if ok else element


@family.function("DeleteAll", "SupprimeTout")
@_needs(_ANY_CONTAINER)
def delete_all(rt: Runtime, container: object) -> None:
    """Empty a stack or a queue (an array or associative array too, as ArrayDeleteAll);
    anything else stops the run with DeleteAll's own words (they said ArrayDeleteAll)."""
    if isinstance(container, _Container):
        container.clear()
        return
    if not isinstance(container, (WLArray, WLAssoc)):
        raise WLRuntimeError(f"DeleteAll expects {_ANY_CONTAINER}, not a value of type "
                             f"{V.type_name(container)}.")
    from .arrays import array_delete_all
    array_delete_all(rt, container)
