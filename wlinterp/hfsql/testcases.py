"""`wl test` and data files: every test case gets a fresh database, filled from CSV/JSON
fixtures beside the test (`Customer.csv` fills the data file `Customer`).

Fresh means: an in-memory SQLite database by default; with `WL_DB=sqlite:FILE`, a copy of
that fixture database; with `WL_DB=postgresql://...`, a schema of its own, dropped after
the case. The analysis is the usual one (WL_ANALYSIS, or the .xdd beside the test).
"""
from __future__ import annotations

__all__ = ["case_setup", "case_teardown"]

import os
import shutil
import tempfile
import uuid
from typing import Any

from ..errors import WLRuntimeError
from .names import analysis_path


def _fixtures(folder: str) -> dict[str, str]:
    """Folded data file name -> fixture path (.csv or .json) in `folder`."""
    from ..syntax.names import fold
    out = {}
    for name in sorted(os.listdir(folder)):
        stem, ext = os.path.splitext(name)
        if ext.lower() in (".csv", ".json"):
            out[fold(stem)] = os.path.join(folder, name)
    return out


def case_setup(rt: Any, case: Any) -> None:
    """Before a case: its own database, then its fixtures."""
    if not analysis_path(rt):
        return
    from .database import session
    url = rt.options.get("db") or os.environ.get("WL_DB") or "sqlite::memory:"
    if url.startswith(("postgresql:", "postgres:")):
        schema = f"wl_case_{uuid.uuid4().hex[:12]}"
        rt.state["hfsql_case"] = ("schema", url, schema)
        rt.options["db"] = url
        session(rt).schema = schema
    elif url not in ("sqlite::memory:", "sqlite:", ":memory:"):
        source = url[len("sqlite:"):] if url.startswith("sqlite:") else url
        fd, copy = tempfile.mkstemp(suffix=".db", prefix="wl-case-")
        os.close(fd)
        if os.path.exists(source):
            shutil.copyfile(source, copy)
        rt.state["hfsql_case"] = ("file", copy, "")
        rt.options["db"] = "sqlite:" + copy
    else:
        rt.options["db"] = "sqlite::memory:"
    db = session(rt)
    from .transfer import load_file, read_rows
    for key, path in _fixtures(os.path.dirname(os.path.abspath(case.file))).items():
        ctx = db.context(key)
        if ctx is None:
            continue  # a CSV that is not a data file of the analysis
        try:
            load_file(ctx, read_rows(path), path)
        except (ValueError, OSError) as exc:
            raise WLRuntimeError(f"fixture {path}: {exc}") from None


def case_teardown(rt: Any, case: Any) -> None:
    """After a case: its database goes away."""
    kind, where, schema = rt.state.pop("hfsql_case", ("", "", ""))
    if kind == "file":
        try:
            os.remove(where)
        except OSError:
            pass
    elif kind == "schema":
        from .backends import open_backend
        backend = open_backend(where)
        try:
            backend.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            backend.close()
