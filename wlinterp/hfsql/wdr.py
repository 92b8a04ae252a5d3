"""Queries of the project's query editor (`.wdr` files), run by HExecuteQuery.

Where and what (docs/hfsql.md, "HExecuteQuery"): every `.wdr` file in the analysis's
folder and in the script's folder is a query, named by its `info :` section's `name :`
line when it has one (the element's name, as the IDE writes it), else by its file. WINDEV's text-format `.wdr`
layout could not be verified; the reader takes the SQL from a block scalar whose key
contains `sql` (`sql_code : |1+`, as the text-format files hold code under `code : |1+`),
else the whole file as SQL (a file holding only the query's SQL).

Parameters are written `{pName}`. Their values come from `REQ.pName = value` or from
HExecuteQuery's extra arguments (in order of first appearance). As the query editor
documents, a condition of the WHERE clause whose parameter has no value (or Null) is left
out; a parameter without value elsewhere in the query is an error.
"""
from __future__ import annotations

__all__ = ["ProjectQuery", "find_queries", "read_query_sql", "bind_braces", "param_names"]

import os
import re
from typing import Any

from ..syntax.element_name import element_name_of
from ..syntax.names import fold
from .qparams import bind_braces, param_names
from .query import DataSource

_BLOCK_KEY = re.compile(r"^( *)([\w ]*sql[\w ]*) : \|1[+-]?\s*$", re.I)


class ProjectQuery(DataSource):
    """A query of the project (`REQ_Orders`): its parameters before it runs, its result
    (browsed like a data file) after."""

    wl_type_name = "query"

    def __init__(self, name: str, path: str) -> None:
        super().__init__()
        self.name = name
        self.path = path


def find_queries(folders: list[str]) -> dict[str, ProjectQuery]:
    """The `.wdr` queries of these folders, by folded name (the first folder wins)."""
    found: dict[str, ProjectQuery] = {}
    for folder in folders:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for entry in names:
            if os.path.splitext(entry)[1].lower() != ".wdr":
                continue
            path = os.path.join(folder, entry)
            name = element_name_of(path)  # its `name :` line, else the file's name
            if fold(name) not in found:
                found[fold(name)] = ProjectQuery(name, path)
    return found


def read_query_sql(path: str) -> str:
    """The SQL of a `.wdr` file (see the module docstring for the accepted layouts)."""
    with open(path, "rb") as f:
        raw = f.read()
    if b"\0" in raw[:4096]:  # WINDEV's binary query format (older projects): not text
        raise ValueError(f"{path} is a binary query file (WINDEV's compiled format), which "
                         f"wlinterp cannot read: save the project in text format, or put "
                         f"the query's SQL in the file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines):
        m = _BLOCK_KEY.match(line)
        if m is None:
            continue
        key_indent = len(m.group(1))
        body = []
        for nxt in lines[i + 1:]:
            if nxt.strip() and len(nxt) - len(nxt.lstrip(" ")) <= key_indent:
                break
            body.append(nxt.strip())
        return "\n".join(body).strip()
    return text.strip()
