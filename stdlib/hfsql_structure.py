"""HModifyStructure/HModifieStructure: a data file's table brought in line with its
description.

PC SOFT's page (?1000019439, VERIFIED: names, `(file [, options [, new password
[, backup [, progress bar]]]])`, a Boolean, "*" for every data file, links not managed,
failure reported by ErrorInfo/HErrorInfo, the hmsNormal/hmsNoCheck/hmsBackgroundTask
options) calls it the automatic data modification: a changed analysis applied to an
existing data file. *Decided* (INFERRED), what that means on a table: every item of the description
that the table lacks becomes a column (with the item's default value for the records
already there), and every key an index (both created as `HCreation` would); a column made
NOT NULL whose item now accepts NULL loses that constraint (wlinterp/hfsql/null_support.py);
a column that the description no longer has is kept, with its data (wlinterp never drops
data behind the program's back; HCheckStructure reports it); a type changed in the description is not
applied (SQLite's column types cannot say which HFSQL type was meant). A table not
created yet is created. "*": every data file of the analysis.
The options (a background modification is an HFSQL server's; the checks of
hmsNoCheck compare HFSQL file headers), the new password (a table has none: HPass), the
backup and the progress bar change nothing. A change the database refuses (SQLite cannot
add an automatic identifier to a table) fails the call: False, HError() set.
docs/hfsql.md, "HModifyStructure". The constants' French names are INFERRED (the page
read is the English one) and their values are wlinterp's.
"""
from __future__ import annotations

from typing import Any

from wlinterp.hfsql.introspect import describe_table
from wlinterp.hfsql.null_support import relax_not_null
from wlinterp.hfsql.schema import add_column, create_statements
from wlinterp.registry import Family
from wlinterp.runtime.state import Runtime
from wlinterp.syntax.names import fold

from .hfsql_base import h_function
from .hfsql_write import _each_file

family = Family("HFSQL structure changes")
family.constant("hmsNormal", "hmsNormal", 0)
family.constant("hmsNoCheck", "hmsSansVérification", 1)
family.constant("hmsBackgroundTask", "hmsTâcheDeFond", 2)


@h_function(family, "HModifyStructure", "HModifieStructure")
def h_modify_structure(rt: Runtime, file: Any, *options: Any) -> bool:
    """Add to the file's table the columns and indexes its description has and it
    lacks (every file's with "*")."""
    for ctx in _each_file(rt, file, "HModifyStructure"):
        db, backend = ctx.db, ctx.db.backend
        if not backend.table_exists(ctx.desc.physical):
            db.touch(ctx)
            continue
        try:
            found = describe_table(backend, ctx.desc.physical, ctx.name)
            have = {fold(i.name) for i in found.items} if found else set()
            for item in ctx.desc.items:
                if fold(item.name) not in have:
                    backend.execute(add_column(ctx.desc, item, ctx.dialect))
            if found is not None:  # NULL support given to items since the table was made
                relax_not_null(ctx, found)
            for stmt in create_statements(db.analysis, ctx.desc, ctx.dialect)[1:]:
                backend.execute(stmt)  # the indexes (IF NOT EXISTS)
        except (ValueError, *backend.errors()) as exc:
            raise ctx.failure(exc, "HModifyStructure") from None
    return True
