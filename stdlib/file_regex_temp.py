"""fReadLineRegularExpression/fLitLigneExpressionRégulière and fOpenTempFile/
fOuvreFichierTemp, the two names of the files family (PC SOFT's French list) that had no
implementation. No stored help page for either (searched 2026-12-02): behaviour *decided*
from the family's other functions, English names INFERRED from fReadLine and
MatchRegularExpression, fOpen and fTempFile (docs/builtins.md, "Lines by regular
expression, temporary files").

- fReadLineRegularExpression(handle, expression [, groups or variables]) reads the next
  line as fReadLine does and checks it as MatchRegularExpression does (the whole line
  must match; the groups' sub-strings go into the array given third, or into the
  variables given from the third on): True when the line
  matches, False when it does not (the line is read all the same: a loop reads the file
  line by line), False at the end of the file. A handle that is not open: False and a
  non-fatal error, as fReadLine's.
- fOpenTempFile() creates an empty file of a name no other file has in the temporary
  folder (fTempPath), opens it for reading and writing, and returns its handle (-1 and a
  non-fatal error when it cannot); the file is deleted when fClose closes it or the
  program ends, as a temporary file of the C library is. A program that wants to keep
  the file uses fTempFile (a name) and fOpen.
"""
from __future__ import annotations

import os
import tempfile
from typing import Any, BinaryIO, cast

from wlinterp.errors import BuiltinFailure
from wlinterp.registry import Family, OutArg
from wlinterp.runtime.state import Runtime

from . import file_handles as H
from .handle_reads import f_read_line
from .paths import failure
from .regular_expressions import match_regular_expression

family = Family("Lines by regular expression, temporary files")


@family.function("fReadLineRegularExpression", "fLitLigneExpressionRégulière",
                 can_fail=True)
def f_read_line_regex(rt: Runtime, handle: object, expression: object, v1: OutArg = None,
                      v2: OutArg = None, v3: OutArg = None, v4: OutArg = None,
                      v5: OutArg = None, v6: OutArg = None, v7: OutArg = None,
                      v8: OutArg = None, v9: OutArg = None, v10: OutArg = None
                      ) -> tuple[object, ...]:
    """Read the next line; True when the whole of it matches the expression. The groups'
    sub-strings go into an array given third, or into the variables given from the third
    on, as MatchRegularExpression's (a log line cut into its date, time, verb...: that
    form was refused, "expects 2 to 3 parameter(s)"); nothing matched, the end of the
    file and a handle not open empty them."""
    outs = (v1, v2, v3, v4, v5, v6, v7, v8, v9, v10)
    try:
        line = f_read_line(rt, handle)
    except BuiltinFailure as failed:
        failed.value = (False, *match_regular_expression(rt, "", "(?!)", *outs)[1:])
        raise
    if line == H.EOT:
        return (False, *match_regular_expression(rt, "", "(?!)", *outs)[1:])
    return match_regular_expression(rt, line, expression, *outs)


class _TempStream:
    """The binary stream of a file deleted once closed (fClose, or the program's end)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.raw = open(path, "w+b")  # noqa: SIM115 (closed by close())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            try:
                os.remove(self.path)
            except OSError:
                pass


@family.function("fOpenTempFile", "fOuvreFichierTemp", can_fail=True)
def f_open_temp_file(rt: Runtime) -> int:
    """Create and open a temporary file deleted when closed; its handle, -1 on failure."""
    H.make_room(rt, "fOpenTempFile")
    where = tempfile.gettempdir()
    try:
        fd, path = tempfile.mkstemp(prefix="wl", suffix=".tmp", dir=where)
        os.close(fd)
        stream = _TempStream(path)
    except OSError as exc:
        raise failure("fOpenTempFile", "create a file in", where, exc, -1) from None
    return H._register(rt, path, cast(BinaryIO, stream), "")  # noqa: SLF001
