"""Indirection `{name}`: a main-code variable, a member of one (`{"o.m_x"}`), a global
member of a class (`{"::m"}`, `{"C::m"}`), a constant or a data file, read or written by
a name computed at run time; `{name}(args)` calls the procedure so named.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..errors import ErrCode, WLRuntimeError
from ..syntax.indirection_paths import (indirection_head, indirection_parts,
                                        indirection_subscript)
from ..syntax.names import fold
from .types import TypeContext, TypeSpec, coerce
from . import values as V
from .access import get_index, get_member, set_index, set_member, set_member_outside
from .containers import immutable_member_error
from .objects import class_static_get, class_static_set
from ..windev_controls import remember_spelling
from ..lazy_import import on_first_call
from .dated_values import DATED_KINDS, dated_variant
from .dated_members import member_kind

if TYPE_CHECKING:
    from ..hfsql.hooks import data_name
else:  # a name of the analysis, looked up when one is read: hfsql on first use
    on_first_call(globals(), "..hfsql.hooks", "data_name")


def _indirect_target(ns: dict[str, Any], name: Any) -> tuple[str, TypeSpec]:
    """The variable a `{name}` indirection designates: a main-code variable of the script
    (procedure locals and window controls cannot be reached by name)."""
    text = V.to_str(name).strip()
    found = ns.get("__wl_vars__", {}).get(fold(text))
    if found is None:
        if fold(text) in ns.get("__wl_consts__", {}):
            raise WLRuntimeError(f"Indirection {{{text}}}: '{text}' is a constant: it "
                                 f"cannot be assigned.")
        raise WLRuntimeError(f"Indirection {{{text}}}: no variable of the main code is named "
                             f"'{text}' (wlinterp reaches main-code variables only, not "
                             f"procedure variables or controls).")
    return found


def _indirect_path(text: str) -> list[str] | None:
    """`o.m_x` / `o:m_x` / `t.a.b`: the variable then its members; None for a plain name."""
    parts = indirection_parts(text)
    return parts if len(parts) > 1 and all(parts) else None


def _indirect_data(ns: dict[str, Any], text: str) -> Any:
    """A data file (alias, query) of the analysis named by an indirection that names no
    variable nor constant (`{sFile + "." + sItem}`), else None."""
    key = fold(text)
    if key in ns.get("__wl_vars__", {}) or key in ns.get("__wl_consts__", {}) \
            or "_rt" not in ns:
        return None
    remember_spelling(text)  # `{"SAI_Nom"}` in the error about a control, not SAI_NOM
    found = data_name(ns["_rt"], key, None)
    return None if isinstance(found, str) else found  # an item name is no holder


def _own_member(this: Any, name: str) -> bool:
    """In a method (`this`: its object), does `name` (as written) name a member of the
    object? `{"m_json.fields.nom", indVariable} = v` in a Firestore document class of the
    web reaches the object's member m_json, as `m_json` written in the method does."""
    sdef = getattr(this, "sdef", None)
    return sdef is not None and sdef.member_type(fold(name)) is not None


_SUBSCRIPTED = re.compile(r"^(.+?)\[\s*(\d+)\s*\]$")


def _step(obj: Any, part: str) -> Any:
    """One step of an indirection path: a member, or an element of a member written
    `name[n]` (`{"m_json.fields.tags.arrayValue.values[1].stringValue", indVariable}`, a
    Firestore document class: a JSON array's element, created by the write as in code)."""
    subscript = indirection_subscript(part)
    if subscript is None:
        return get_member(obj, fold(part), part)
    name, at = subscript
    return get_index(get_member(obj, fold(name), name), at)


# the variables of the method an indirection is in (folded name -> Python name) and their
# values (the method's locals()); None outside a method
Mine = tuple[dict[str, str], dict[str, Any]] | None
_NONE = object()
_PENDING = object()  # a variable of the function not declared yet (_local)


def _head(part: str) -> str:
    """A path's first name without its `[n]` subscript (`values[1]` -> `values`)."""
    return _SUBSCRIPTED.sub(r"\1", part).strip()


def _member_first(this: Any, mine: Mine, part: str) -> bool:
    """Does `part` (its subscript removed) reach a member of the method's object? Not
    when a variable of the method has that name: it hides the member, as written plainly
    (`x` in C::M() with a LOCAL x and a member x is the local)."""
    name = _head(part)
    return (mine is None or fold(name) not in mine[0]) and _own_member(this, name)


def _local(mine: Mine, name: str, pending: bool = False) -> Any:
    """The value of the method's variable `name`, else _NONE; above its declaration,
    _PENDING when `pending` (the caller looks further), else "used before its
    declaration"."""
    if mine is None or (pyname := mine[0].get(fold(name))) is None:
        return _NONE
    try:
        return mine[1][pyname]
    except KeyError:
        if pending:
            return _PENDING
        raise WLRuntimeError(f"The variable '{name}' is used before its "
                             f"declaration.", code=ErrCode.UNDECLARED) from None


def _indirect_holder(ns: dict[str, Any], parts: list[str], this: Any = None,
                     mine: Mine = None) -> Any:
    """The object holding the last member of an indirection path: a member of the
    method's object, a variable, else a data file (`{"Customer.Name"}`)."""
    local = _local(mine, _head(parts[0]))
    if local is not _NONE:
        m = _SUBSCRIPTED.match(parts[0])
        obj = local if m is None else get_index(local, int(m.group(2)))
    elif _member_first(this, mine, parts[0]):
        obj = _step(this, parts[0])
    else:
        data = _indirect_data(ns, parts[0])
        m = _SUBSCRIPTED.match(parts[0])
        obj = data if data is not None else indirect_get(ns, parts[0]) if m is None \
            else get_index(indirect_get(ns, m.group(1).strip()), int(m.group(2)))
    for part in parts[1:-1]:
        obj = _step(obj, part)
    return obj


def _class_member(text: str, here: str | None) -> tuple[str, str] | None:
    """`{"CClass::Member"}`, or `{"::Member"}` in a method of CClass (Indirection
    operators ?1512005: `{"::Member"+Number}` in a GLOBAL procedure of the class): the
    class and the global member named, folded; None for any other name."""
    if "::" not in text:
        return None
    cls, member = (part.strip() for part in text.split("::", 1))
    if not cls:
        if here is None:
            raise WLRuntimeError(f"Indirection {{{text}}}: '::' names a member of the "
                                 "current class, and this code is not in a method.")
        cls = here
    return fold(cls), fold(member)


def _own_path(text: str, this: Any) -> list[str] | None:
    """`{":m_n"}`, `{":m_o.x"}` in a method: the path from the method's own object (`:`
    written before a member names the object's, as `:m_n` does in code, a variable of the
    method hiding nothing); None for a text without that one colon."""
    if not text.startswith(":") or text.startswith("::"):
        return None
    if this is None:
        raise WLRuntimeError(f"Indirection {{{text}}}: ':' names a member of the current "
                             "object, and this code is not in a method.")
    return indirection_parts(text[1:])


def _own_holder(this: Any, parts: list[str]) -> Any:
    """The object holding the last member of a path from the method's own object."""
    obj = this
    for part in parts[:-1]:
        obj = _step(obj, part)
    return obj


def _dated_member(holder: Any, name: str, value: Any) -> Any:
    """A member read by name (`{"o.hStart"}`): marked with its kind when it is declared a
    Date, Time or DateTime, as a variable read so is."""
    if type(value) is not str:
        return value
    kind = member_kind(holder, name)
    return dated_variant(value, kind) if kind else value


def indirect_get(ns: dict[str, Any], name: Any, here: str | None = None,
                 this: Any = None, names: dict[str, str] | None = None,
                 frame: dict[str, Any] | None = None) -> Any:
    """`{name}` read: a member of the method's object (`this`), a main-code variable, a
    member of one (`{"o.m_x"}`), a global member of a class (`{"::m"}` in a method of the
    class, `{"C::m"}`) or a constant of the program. In a method (`names`, `frame`: its
    variables and their values) a variable of the method comes first."""
    text = V.to_str(name).strip()
    mine: Mine = None if names is None or frame is None else (names, frame)
    static = _class_member(text, here)
    if static is not None:
        return class_static_get(ns["_ctx"], *static)
    path = _own_path(text, this)
    if path is not None:  # `{":m_n"}`: the object's member, as `:m_n`
        holder = _own_holder(this, path)
        if indirection_subscript(path[-1]) is not None:
            return _step(holder, path[-1])
        return _dated_member(holder, fold(path[-1]),
                             get_member(holder, fold(path[-1]), path[-1]))
    local = _local(mine, text, pending=True)
    if local is _PENDING:  # above the function's own variable of that name: what the
        # name is without it, as read plainly (semantics/lookup.py pending_read): the
        # object's member, else the main code's variable; with neither, WL101's stop
        if not _own_member(this, text) and fold(text) not in ns.get("__wl_vars__", {}):
            return _local(mine, text)
        mine = None
    elif local is not _NONE:
        return local
    if _SUBSCRIPTED.match(text) is None and _member_first(this, mine, text):
        return get_member(this, fold(text), text)
    parts = _indirect_path(text)
    if parts is None and (m := _SUBSCRIPTED.match(text)) is not None:  # {"t[2]"}
        return get_index(indirect_get(ns, m.group(1), here, this, names, frame),
                         int(m.group(2)))
    if parts is not None:
        holder = _indirect_holder(ns, parts, this, mine)
        if indirection_subscript(parts[-1]) is not None:  # {"o.m_t[1]"}: an element
            return _step(holder, parts[-1])
        found = get_member(holder, fold(parts[-1]), parts[-1])
        return _dated_member(holder, fold(parts[-1]), found)
    consts = ns.get("__wl_consts__", {})
    if fold(text) in consts and fold(text) not in ns.get("__wl_vars__", {}):
        return consts[fold(text)]
    data = _indirect_data(ns, text)
    if data is not None:
        return data
    pyname, spec = _indirect_target(ns, name)
    try:
        value = ns[pyname]
    except KeyError:
        raise WLRuntimeError(f"The variable '{V.to_str(name)}' is used before its "
                             f"declaration.", code=ErrCode.UNDECLARED) from None
    # a Date, Time or DateTime read by name says its kind, as a Variant holding one
    # does: `i is int = {"t", indVariable}` counts a Time's hundredths as `i = t` does
    return dated_variant(value, spec.kind) if spec.kind in DATED_KINDS else value


def _immutable_store(ns: dict[str, Any], text: str, mine: Mine,
                     fixed: tuple[str, ...], this: Any) -> None:
    """`{s} = v` where the text names a variable declared `<immutable>` or a part of one
    (`{"t[2]"}`, `{"st.n"}`): refused, as `wl check` refuses the literal form (WL106,
    semantics/immutable_writes.py). `fixed`: the function's own immutable variables; the
    main code's are `__wl_immutable__` (compiler/program.py), unless one of the
    function's variables or a member of the method's object (`this`, which an
    indirection reaches first: indirect_set) hides it."""
    head = indirection_head(text)
    key = fold(head)
    if key in fixed or key in ns.get("__wl_immutable__", ()) \
            and not (mine is not None and key in mine[0]) \
            and not _member_first(this, mine, head):
        raise WLRuntimeError(f"cannot change '{head}': it is declared immutable, its value "
                             f"is the one its declaration gives (through the indirection "
                             f"{{{text}}}).")


def indirect_set(ns: dict[str, Any], name: Any, value: Any, ctx: TypeContext,
                 here: str | None = None, this: Any = None,
                 names: dict[str, str] | None = None,
                 frame: dict[str, Any] | None = None,
                 fixed: tuple[str, ...] = (), building: bool = False) -> str | None:
    """`{name} = value`: stored with the variable's declared type. A member reached so
    (`{"o.m_x"} = v`) is written as from outside its class: a CONSTANT one is refused; a
    member of the method's own object (`this`) as the method writes it, unless a variable
    of the method hides it. A variable of the procedure or method (`names`) is not stored
    here: its folded name is returned, and the function's own code assigns it (a Python
    function's variables cannot be written through `locals()`; compiler/indirect_stores.py).
    None when the value was stored. An immutable variable is refused (`fixed`: the
    function's own), and so is a member declared `<immutable>`, the method's own object's
    too, except in a constructor (`building`), as `:m_n = 10` is (WL106)."""
    text = V.to_str(name).strip()
    mine: Mine = None if names is None or frame is None else (names, frame)
    if fixed or "__wl_immutable__" in ns:
        _immutable_store(ns, text, mine, fixed, this)
    static = _class_member(text, here)
    if static is not None:
        class_static_set(ctx, *static, value)
        return None
    path = _own_path(text, this)
    if path is not None:  # `{":m_n"} = 5`: the object's member, as `:m_n = 5`
        holder = _own_holder(this, path)
        subscript = indirection_subscript(path[-1])
        if subscript is not None:
            set_index(get_member(holder, fold(subscript[0]), subscript[0]), value,
                      subscript[1])
        else:
            if not (building and holder is this):
                _not_immutable(holder, path[-1], text)
            set_member(holder, fold(path[-1]), value, ctx, path[-1])
        return None
    if mine is not None and fold(text) in mine[0]:
        return fold(text)  # the function's own variable: it assigns it (indirect_stores.py)
    if _SUBSCRIPTED.match(text) is None and _member_first(this, mine, text):
        if not building:  # `{"m_n"} = 9` in a method as `m_n = 9`: refused if immutable
            _not_immutable(this, text, text)
        set_member(this, fold(text), value, ctx, text)
        return None
    parts = _indirect_path(text)
    if parts is None and (m := _SUBSCRIPTED.match(text)) is not None:  # {"t[2]"} = v
        set_index(indirect_get(ns, m.group(1), here, this, names, frame), value,
                  int(m.group(2)))
        return None
    if parts is not None:
        own = _member_first(this, mine, parts[0])  # (subscript removed, as the holder's)
        holder = _indirect_holder(ns, parts, this, mine)
        subscript = indirection_subscript(parts[-1])
        if subscript is not None:  # {"o.m_t[1]"} = v: an element of the member
            set_index(get_member(holder, fold(subscript[0]), subscript[0]), value,
                      subscript[1])
            return None
        if not (building and holder is this):  # (a constructor gives its object's)
            _not_immutable(holder, parts[-1], text)
        store = set_member if own else set_member_outside
        store(holder, fold(parts[-1]), value, ctx, parts[-1])
        return None
    pyname, spec = _indirect_target(ns, name)
    ns[pyname] = coerce(value, spec, ctx)
    return None


def _not_immutable(holder: Any, member: str, text: str) -> None:
    """`{s} = 5`, s holding "o.m_n", m_n declared `<immutable>` in o's class or structure
    (or an ancestor): refused in the words `wl check` gives a literal `{"o.m_n"} = 5`
    (semantics/immutable_writes.py), which it cannot see through a computed text (the
    member was written)."""
    sdef = getattr(holder, "sdef", None)
    owner = sdef.immutable.get(fold(member)) if sdef is not None and sdef.immutable else None
    if owner is not None:
        raise WLRuntimeError(f"{immutable_member_error(member, owner.name, owner.is_class)} "
                             f"(through the indirection {{\"{text}\"}}).")


def indirect_call(ns: dict[str, Any], name: Any, *args: Any) -> Any:
    """`{"Total"}(3)`, `{"Proc" + n}(x)`: the program's procedure (or one Compile made)
    named by the text, called as ExecuteProcess(name, trtProcedure, ...) calls it; else a
    main-code variable of that name holding a procedure. *Decided* (no stored help page
    shows it; docs/semantics.md "Indirection"): arguments are not written back, as
    through a Procedure variable."""
    from .procrefs import call_counted, call_ref, compiled_ref, procedure_arg
    text = V.to_str(name).strip()
    rt = ns.get("_rt")
    key = fold(text)
    if rt is not None and (key in ns.get("__procs__", {}) or compiled_ref(rt, text)):
        ref = compiled_ref(rt, text) or procedure_arg(rt, text, "Indirection")
        return call_counted(ref, text, args)
    if key in ns.get("__wl_vars__", {}):
        return call_ref(indirect_get(ns, text), text, *args)
    raise WLRuntimeError(f"Indirection {{{text}}}(...): there is no procedure named "
                         f"'{text}'.")
