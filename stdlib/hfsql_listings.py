"""Lists about the program's queries and connections: HListQueryParameter/
HListeParamRequête and HListConnection/HListeConnexion.

No help page of either was found. *Decided* (INFERRED), as the family's other lists
(HListFile, HListItem) give theirs: one name per line (CR). HListQueryParameter gives the
`{parameters}` of a query of the project, or of an SQL Query variable, in order of first
appearance (the order HExecuteQuery's extra arguments fill them); HListConnection gives
the connections HDescribeConnection has described, in the order they were described.
docs/hfsql.md, "Queries, data sources, aliases" and "Connections".
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.wdr import param_names
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime

from .hfsql_base import h_function
from .hfsql_connection import _registry
from .hfsql_query_args import query_and_sql

family = Family("HFSQL lists of queries and connections")


@h_function(family, "HListQueryParameter", "HListeParamRequête", fail="")
def h_list_query_parameter(rt: Runtime, query: Any, options: Any = None) -> str:
    """The names of the query's parameters, one per line."""
    _, sql = query_and_sql(rt, query, "HListQueryParameter")
    return "\r\n".join(param_names(sql))


@h_function(family, "HListConnection", "HListeConnexion", fail="")
def h_list_connection(rt: Runtime, options: Any = None) -> str:
    """The names of the connections described, one per line."""
    return "\r\n".join(c.name for c in _registry(rt)["named"].values())
