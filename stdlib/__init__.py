"""The WLanguage built-in library (installed as `wlinterp.stdlib`), one module per family.

Importing this package registers every family in `wlinterp.registry.REGISTRY`; the order
below is the order families are listed in help output.
"""
from . import (console, errors, strings, text, numbers, arrays, dates, dates_calc,  # noqa: F401
               typevar,
               maths, files, paths, file_handles, file_ops, program, variants, email)
from . import (hfsql_base, hfsql_read, hfsql_write, hfsql_errors, hfsql_query,  # noqa: F401
               hfsql_position, hfsql_connection)

FAMILIES: tuple[str, ...] = ("console", "errors", "strings", "text", "numbers", "arrays", "dates", "dates_calc",
            "typevar",
            "maths", "files", "paths", "file_handles", "file_ops", "program", "variants", "email",
            "hfsql_base", "hfsql_read", "hfsql_write", "hfsql_errors", "hfsql_query",
            "hfsql_position", "hfsql_connection")

from . import debug  # noqa: E402,F401  (dbg* checks, InTestMode: docs/testing.md)
FAMILIES += ("debug",)

from . import encoding, hashing  # noqa: E402,F401  (docs/builtins.md, "Encoding and hashing")
FAMILIES += ("encoding", "hashing")

from . import ini_files, system  # noqa: E402,F401  (docs/builtins.md, "System and environment")
FAMILIES += ("ini_files", "system")

from . import string_more, dates_more  # noqa: E402,F401  (docs/builtins.md, "Strings and dates, completed")
FAMILIES += ("string_more", "dates_more")
