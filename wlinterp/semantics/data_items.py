"""Items of the analysis's data files, as `wl check --analysis` checks them: an item its
data file does not have (`Customer.NoPe`, `FOR EACH Customer WHERE NoPe = 1`,
`HReadSeekFirst(Customer, OrderDate, x)`) is WL109, in the run's words ("'NoPe' is not
an item of the data file Customer", hfsql/context.py), with "did you mean" among the
file's items: WINDEV's compiler refuses it, and the run stops there. Only a file of the
analysis named by its own name is checked: a variable of that name, an alias
(HAlias/HDeclare), a query, a file described in code (whose items are not known before
the run) are not; an item a program describes in code (HDescribeItem, `..Name = "X"`)
is accepted on any file (docs/check.md, WL109).
"""
from __future__ import annotations

__all__ = ["unknown_item", "file_of", "seek_item", "loop_names", "SEEKS"]

from typing import TYPE_CHECKING

from ..syntax import nodes as N
from ..syntax.names import fold
from .suggest import closest
from .undeclared_names import not_declared

if TYPE_CHECKING:
    from .checker_state import CheckerState


def file_of(fc: "CheckerState", e: N.Expr) -> str | None:
    """The folded name of the analysis's data file `e` names (a bare name no variable
    of this code holds), else None."""
    if type(e) is not N.Name or not fc.sym.data_items:
        return None
    key = fold(e.name)
    if key not in fc.sym.data_items or fc.scope.lookup(key) is not None:
        return None
    return key


def unknown_item(fc: "CheckerState", file: str, name: str, node: N.Node, col: int,
                 what: str = "an item") -> bool:
    """WL109 at `name` (written at `node`'s line, column `col`) when the data file `file`
    (folded, a key of sym.data_items) has no such item (`what`: the run's words for it,
    "a key or an item" where a key is expected); whether it was said."""
    shown, items = fc.sym.data_items[file]
    if fold(name) in items:
        return False
    best = closest(name, list(items.values()))
    fc.rep.report("WL109", f"'{name}' is not {what} of the data file {shown}", node,
                  len(name), col=col, hint=f"did you mean {best}?" if best else None)
    return True


def loop_names(fc: "CheckerState", s: N.ForEachFile) -> str | None:
    """`FOR EACH Customer ON NoSuchKey` / `POUR TOUT Client SUR CleInconnue`: the folded
    name of the analysis's data file looped over (its key checked: WL109 at the key, in
    the run's words, hfsql/context.py key_items), else None. A name that is no variable,
    no data file, no query of the analysis nor anything else the check was told of is
    WL101 "not declared" at the name, as at its other uses (the run stops there unless
    the name was made a query's: "FOR EACH: 'Client' is not a data file of the
    analysis", hfsql/hooks.py), with "did you mean" among the data files; without an
    analysis the check infers data files from their use and says nothing. A sort key
    (`SORTED BY Label, -Price`) is checked item by item."""
    if not fc.sym.data_items or fc.scope.lookup(fold(s.name)) is not None:
        return None
    key = fold(s.name)
    if key in fc.sym.data_items:
        col = s.key_col
        for part in s.key.split(",") if col else ():  # SORTED BY Label, -Price
            name = part.lstrip("+-")
            col = fc.rep.find(s.line, col, name)
            unknown_item(fc, key, name, s, col, _KEY)
        return key
    if key not in fc.sym.known and s.name_col and not fc.sym.infer_data:  # (a file
        # named at run time, `fd..Name = sFile`, may be it: the run says if it is not)
        best = closest(s.name, [shown for shown, _ in fc.sym.data_items.values()])
        fc.rep.report("WL101", not_declared(s.name) + (f"; did you mean {best}?" if best
                                                        else ""), s, len(s.name),
                      col=s.name_col, hint=_NO_FILE)
    return None


def seek_item(fc: "CheckerState", e: N.Call, key: str) -> None:
    """`HReadSeekFirst(Customer, Nme, x)`, HSeek*, HFilter, HReadFirst...: the key item
    named bare or in a literal text (`"Nme"`: the run refuses it alike), second, of a data
    file of the analysis named first (`key`: the built-in's folded English name), when it is another
    file's item (a name no file has is WL101 "not declared" already) or, as a text, not
    an item. `HFilter(Customer, "City = 'Lyon'")`, a condition, is no key."""
    if len(e.args) < 2 or not key.startswith(SEEKS):
        return
    file, item = file_of(fc, e.args[0]), e.args[1]
    if file is None:
        _unknown_item_named(fc, e.args[0], item)
        return
    if type(item) is N.Str and item.value.isidentifier() \
            and (len(e.args) > 2 or not key.startswith("hfilter")):
        unknown_item(fc, file, item.value, item, item.col + 1, _KEY)
    elif type(item) is N.Name and fc.scope.lookup(fold(item.name)) is None:
        if fold(item.name) in fc.sym.known:  # another file's item
            unknown_item(fc, file, item.name, item, item.col, _KEY)
        elif (len(e.args) > 2 or not key.startswith("hfilter")) \
                and fc.global_kind(fold(item.name)) is None \
                and unknown_item(fc, file, item.name, item, item.col, _KEY):
            # a name nothing declares (`HReadFirst(Customer, Nme)`): the run refuses it
            # as the key "Nme" (compiler/builtin_calls.py data_arg), WL109 says so in its
            # words, with "did you mean", and not WL101 as well
            fc.said_keys = (fc.said_keys or set()) | {id(item)}


def _unknown_item_named(fc: "CheckerState", file: N.Expr, item: N.Expr) -> None:
    """`HReadSeekFirst(NewCustomer, Code, 42)`, NewCustomer described in code with items
    named at run time (`id..Name = arrNames[i]`): the bare name nothing declares may be
    one of its items, which the run resolves as such (compiler/builtin_calls.py
    data_arg; it stops if the file has no such item): no WL101 nor run warning
    (*decided*: the check cannot know those items; docs/hfsql.md "Files described in
    code")."""
    if type(file) is not N.Name or type(item) is not N.Name \
            or fold(file.name) not in fc.sym.unknown_items:
        return
    key = fold(item.name)
    if fc.scope.lookup(fold(file.name)) is None and fc.scope.lookup(key) is None \
            and fc.global_kind(key) is None:
        fc.said_keys = (fc.said_keys or set()) | {id(item)}


_NO_FILE = "no data file of the analysis, query nor variable has that name"
_KEY = "a key or an item"  # the run's words where a key is named (hfsql/context.py)
SEEKS = ("hreadseek", "hseek", "hfilter", "hreadfirst", "hreadlast", "hreadnext",
         "hreadprevious", "hfirst", "hlast", "hnext", "hprevious", "hbuildkeyvalue",
         "hchangekey")
"""The H* functions whose second argument is a key item of their first, a data file
(HReadFirst, HReadNext... and HBuildKeyValue since 5 Dec late night: the check said
nothing of `HReadFirst(Customer, "Nme")`, where the run stops)."""
