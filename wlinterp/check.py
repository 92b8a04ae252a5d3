"""`wl check PATH...`: the semantic pass over WLanguage scripts and WINDEV text files.

A `.wl` file, a procedure set (.wdg) or a class (.wdc) is parsed whole and analysed
(semantics/): every problem is reported at once with its stable code. Other WINDEV text
files (windows, pages, reports...) are cut into their code blocks, each analysed on its
own, with the names the file declares (its controls, its procedures) taken as known. The
procedures and classes of the .wdg/.wdc files checked together are visible to each other.
Exit code 65 when any error remains after filtering, 66 when a file is unreadable, else 0.
"""
from __future__ import annotations

__all__ = ["check_paths", "CheckOptions", "main"]

import argparse
import os
import sys
from typing import Iterator, Sequence, TextIO

from .commands.exits import EXIT_NOINPUT, EXIT_OK, EXIT_SYNTAX
from .engine import compile_source
from .source_text import encoding_warnings_printed, read_source, read_stdin_source, \
    report_encoding
from .errors import WLError, WLSyntaxError, shown_name, source_lines
from .registry import Registry, load_stdlib
from .compiler.program import compile_program
from .check_options import CheckOptions, add_check_options, options_from
from .check_elements import check_blocks, name_blocks, syntax_diagnostic, unread_messages
from .check_clashes import left_out_hints, sibling_clash, without_clashes
from .check_hints import NeighbourHints
from .check_projects import Projects
from .check_shared import with_shared_constants
from .semantics.analysis import Analysis, analyze
from .semantics.diagnostics import Diagnostic, select
from .semantics.report import format_github, format_text, json_document
from .syntax import nodes as N
from .syntax.names import fold
from .project.elements import elements_beside
from .project.includes import include_externs, included_paths, relocate_diagnostics
from .project.needed import written_beside
from .project.sources import only_declares
from .syntax.nesting import too_deep
from .syntax.file_class import as_file_class
from .syntax.parser import parse
from .syntax.winfile import NotTextFormatError, is_windev_file, project_declarations

_WHOLE = (".wdg", ".wdc")


def _program(text: str, path: str) -> str:
    """A set's or class's runnable text, its project's messages read (project/messages.py)."""
    from .project.messages import windev_program
    return windev_program(text, path)


def _dangling(path: str) -> bool:
    """A symbolic link to nothing: checked, so that it is said unreadable (it was skipped
    without a word); a FIFO or a device stays skipped (a FIFO blocked the check)."""
    return os.path.islink(path) and not os.path.exists(path)


def _files(paths: list[str]) -> Iterator[str]:
    """The code files of `paths`, folders walked; each once, however often it is named
    (`wl check a.wl ./a.wl $PWD/a.wl`, `wl check src src/main.wl`: its errors were reported and
    counted twice), as `wl test` collects them (testing/collect.py)."""
    seen: set[str] = set()
    for path in paths:
        key = os.path.abspath(path)
        if key in seen:
            continue
        seen.add(key)
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if (name.lower().endswith(".wl") or is_windev_file(name)) \
                            and (os.path.isfile(full) or _dangling(full)) \
                            and os.path.abspath(full) not in seen:
                        seen.add(os.path.abspath(full))
                        yield os.path.normpath(full)  # `a.wl`, not `./a.wl`, as warnings
        else:
            yield path


def _check_program(text: str, filename: str, registry: Registry, shared: list[N.Program],
                   analysis_file: str | None = None, beside: bool = False
                   ) -> tuple[list[Diagnostic], N.Program | None]:
    """Diagnostics of one whole program (a script, a set, a class); `beside` (no project
    marker): of the `shared` files, those it needs, as `wl run` loads them
    (project/needed.py)."""
    try:
        program = as_file_class(parse(text, filename), filename)
    except WLSyntaxError as exc:
        return [syntax_diagnostic(exc, filename, text)], None
    try:  # EXTERN "file": its text inserted at the line
        program, included = include_externs(program, text, filename)
    except WLSyntaxError as exc:  # (at the included file's own line)
        return [syntax_diagnostic(exc, exc.filename, exc.source or text)], None
    if included:  # (not also a file of the project: its names would be declared twice)
        inside = included_paths(included)
        shared = [p for p in shared if os.path.realpath(p.filename) not in inside]
    left: list = []
    if beside:
        from .project.needed import needed_programs
        shared, left = without_clashes(needed_programs(text, program, shared))
    for loaded in shared:  # a file's check reports the files it loads, as `wl run`
        report_encoding(loaded.filename)
    from .hfsql.names import data_beside, described_names, int_items_beside, items_beside, \
        number_items_beside
    from .project.linker import resolve_set_names, set_names
    data, described = data_beside(filename, analysis_file)  # analysis's, queries' names
    in_code = described_names(program)  # and those of the files described in code
    data |= in_code
    items = _items(items_beside(filename, analysis_file), in_code) if described else None
    numbers = {k: names for k, names in number_items_beside(filename, analysis_file).items()
               if k not in in_code} if described else None
    item_ints = {k: sizes for k, sizes in int_items_beside(filename, analysis_file).items()
                 if k not in in_code} if described else None
    data |= elements_beside(filename)  # windows, pages, reports: names, as run
    try:
        program = resolve_set_names(program, set_names(shared + [program]))  # as run
        analysis = analyze(program, registry, shared=shared, known=set(data),
                           infer_data=not described, items=items, item_ints=item_ints,
                           item_numbers=numbers)
    except RecursionError:
        return [syntax_diagnostic(too_deep([program], filename, text), filename, text)], program
    diags = list(analysis.diagnostics)
    if left:  # what only a file left out declares: say why it is unknown
        left_out_hints(diags, left)
    if filename.lower().endswith(".wdg"):  # a set's declarations: the project's globals
        diags = _set_globals_kept(program, diags)
    elif filename.lower().endswith(".wl") and only_declares(program):
        diags = _set_globals_kept(program, diags, written_beside(filename))
    if not analysis.errors():  # the compiler must agree: anything it refuses is shown
        try:
            _compile(with_shared_constants(program, shared), registry, data,
                     analysis.for_compiler(), text)
        except WLError as exc:
            diags.append(syntax_diagnostic(exc, filename, program.source or text))
    relocate_diagnostics(diags, included)  # (an included file's lines: its own)
    return diags, program


def _items(items: dict[str, tuple[str, dict[str, str]]], in_code: frozenset[str]
           ) -> dict[str, tuple[str, dict[str, str]]]:
    """The analysis's items of each data file, and on each the names the program
    describes in code (HDescribeItem adds an item to a file at run time: *decided*, such
    a name is never said unknown, docs/check.md WL109); a file described in code is
    not checked (its items are the run's)."""
    return {k: (shown, {**names, **{n: n for n in in_code}})
            for k, (shown, names) in items.items() if k not in in_code}


def _set_globals_kept(program: N.Program, diags: list[Diagnostic],
                      used: frozenset[str] | None = None) -> list[Diagnostic]:
    """A procedure set's declarations are global variables of the whole project: what
    one file does not read or assign, another may (docs/check.md "Files"), so "never
    used" (WL201) and "never assigned" (WL204) are not said at their declarations; in a
    `.wl` file that only declares (a file of globals, a library), at those whose name
    another file beside it writes (`used`, folded)."""
    lines = {line for s in program.main.stmts if isinstance(s, N.Decl)
             for name, line, _ in s.names if used is None or fold(name) in used}
    return [d for d in diags if not (d.code in _PROJECT_WIDE and d.line in lines)]


_PROJECT_WIDE = ("WL201", "WL204")


def _compile(program: N.Program, registry: Registry, data: frozenset[str],
             analysis: Analysis | None, text: str) -> None:
    """Compile the program as `wl run` would (compile_source), from the tree the check
    parsed and, when it can stand for the compiler's own (Analysis.for_compiler), the
    check's analysis: the parse and the pass are not made twice."""
    try:
        compile_program(program, registry, data_names=data, analysis=analysis, defer=False)
    except RecursionError:
        raise too_deep([program], program.filename, text) from None


def _shared_programs(files: list[str]) -> tuple[list[N.Program], list[Diagnostic]]:
    """The procedure sets and classes checked together, and those of each file's project
    (found as `wl run` finds it: a .wdp or wlproject.toml above, else the file's folder):
    their procedures, classes and global variables are visible to every file checked.
    Also what `wl run` would say of a file of a project that cannot be read as code and
    is not itself checked: left out with a warning beside the script, an error in a
    project (_left_out)."""
    from .project.sources import find_layout, is_project_file
    from .project.sources import is_test_file
    checked = {os.path.realpath(p) for p in files if p != "-"}
    candidates: list[tuple[str, bool | None]] = [
        (p, None) for p in files if p.lower().endswith(_WHOLE)]
    for path in sorted({p for p in files if p != "-" and is_test_file(p)}):
        from .testing.collect import conftests_for  # (only for a test file: `wl test`'s
        # collection imports dataclasses, inspect and ast, which no other check needs)
        candidates += [(c, None) for c in conftests_for(path)]  # its mocks and globals
    for folder in sorted({os.path.dirname(os.path.abspath(p)) for p in files if p != "-"}):
        try:
            layout = find_layout(folder)
            candidates += [(p, layout.marked) for p in layout.code_files()]
            candidates += [(os.path.join(layout.root, n), None) for n in
                           sorted(os.listdir(layout.root)) if is_project_file(n)]
        except OSError:
            continue
    out: list[N.Program] = []
    left_out: list[Diagnostic] = []
    seen: set[str] = set()
    for path, marked in candidates:
        real = os.path.realpath(path)
        if real in seen:
            continue
        seen.add(real)
        try:
            text = read_source(path, quiet=True)  # (its encoding: if a file loads it)
            source = project_declarations(text) if is_project_file(path) \
                else _program(text, path) if is_windev_file(path) else text
            parsed = as_file_class(parse(source, path), path)
            out.append(include_externs(parsed, source, path)[0])
        except (OSError, WLError, ValueError):
            if marked is not None and real not in checked:
                left_out += _left_out(path, marked)
            continue
    return out, left_out


def _left_out(path: str, marked: bool) -> list[Diagnostic]:
    """The run's verdict on a project file that does not parse, where `wl run` gives it:
    WL211 with the run's warning text for a file beside the script (no project marker:
    the run leaves it out, project/program.py), WL100 in a project (the run stops)."""
    from .project.linker import parse_file
    from .project.sources import read_file
    try:
        parse_file(read_file(path), 0, "<project>")
    except WLSyntaxError as err:
        where = err.filename if err.filename and not err.filename.startswith("<") else path
        line, column = max(err.line, 1), max(err.column, 1)
        try:
            lines = source_lines(read_source(path))
        except (OSError, ValueError):
            lines = []
        text = lines[line - 1] if line <= len(lines) else ""
        message = err.message if marked else \
            f"not loaded (beside the script, not part of it): {err.message}"
        return [Diagnostic("WL100" if marked else "WL211", message, where, line, column, 1,
                           None, text)]
    except (OSError, WLError, ValueError):
        return []
    return []


def _elsewhere(shared: list[N.Program], path: str, projects: Projects) -> list[N.Program]:
    """The programs of the run in another folder than `path`, which it does not see
    because it is outside a project (check_hints: WL101 / WL102 say where they are)."""
    if path == "-" or projects.marked(path):
        return []
    return [p for p in shared if not projects.visible(p, path)]


def _checked(path: str, registry: Registry, shared: list[N.Program], opts: CheckOptions,
             out: TextIO, projects: Projects | None = None
             ) -> tuple[list[Diagnostic], str, int]:
    """(diagnostics, text, code blocks) of one file checked (OSError: unreadable)."""
    text = read_stdin_source() if path == "-" else read_source(path)
    name = "<stdin>" if path == "-" else path
    real_path = projects.real if projects is not None else os.path.realpath
    real = real_path(path)  # (the shared programs hold this file too: left out,
    others = [p for p in shared if real_path(p.filename) != real  # it is checked)
              and (projects is None or path == "-" or projects.visible(p, path))]
    if is_windev_file(path) and not path.lower().endswith(_WHOLE):
        diags, n = check_blocks(text, name, registry, shared, others, opts.analysis)
        return diags, text, n
    try:
        source = _program(text, path) if is_windev_file(path) else text
    except NotTextFormatError as exc:  # a binary or junk .wdg/.wdc: WL100, then the others
        return [Diagnostic("WL100", str(exc).split(": ", 1)[-1], name, 1, 1, 1, None,
                           source_lines(text)[0])], text, 1
    beside = projects is not None and path != "-" and not projects.marked(path)
    diags, program = _check_program(source, name, registry, others, opts.analysis, beside)
    if beside and program is not None and (path.lower().endswith(_WHOLE) or path.lower(
            ).endswith(".wl") and only_declares(program)):  # a set, a class, a library:
        # as `wl run` leaves it out
        diags += sibling_clash(program, name, others, source_lines(text))
    if is_windev_file(path):
        diags += unread_messages(source, text, name)
        name_blocks(diags, text, name)
    if opts.python and program is not None and not any(
            d.severity.value == "error" for d in diags):
        print(compile_source(source, name, defer=False).source_py, file=out, end="")
    return diags, text, 1


def check_paths(paths: list[str], quiet_warnings: bool = False, err: TextIO | None = None,
                options: CheckOptions | None = None, out: TextIO | None = None) -> int:
    """Check every file; returns the exit code (0, 65 on any error, 66 unreadable). Each
    folder's project and data names are looked up once for the run (run_memo.py)."""
    from .project.run_memo import lookups_cached
    with lookups_cached():
        return _check_paths(paths, quiet_warnings, err, options, out)


def _check_paths(paths: list[str], quiet_warnings: bool, err: TextIO | None,
                 options: CheckOptions | None, out: TextIO | None) -> int:
    """check_paths's work."""
    err = err if err is not None else sys.stderr
    out = out if out is not None else sys.stdout
    opts = options or CheckOptions(warnings=not quiet_warnings)
    registry = load_stdlib()
    encoding_before = encoding_warnings_printed()  # (the project's files are read too)
    files = list(_files(paths))
    shared, left_out = _shared_programs(files)
    projects = Projects({os.path.realpath(p) for p in paths
                          if p != "-" and not os.path.isdir(p)})
    hints = NeighbourHints()  # (one per run: each neighbour read once)
    shown: list[Diagnostic] = []
    blocks = unreadable = 0
    for path in [None, *files]:
        if path is None:  # the project's files left out first, as `wl run` warns first
            diags, text = left_out, ""
        else:
            try:
                diags, text, n = _checked(path, registry, shared, opts, out, projects)
                diags = hints.add(diags, path, _elsewhere(shared, path, projects))
            except OSError as exc:
                print(f"wl: error: cannot read {shown_name(path)}: {exc.strerror or exc}",
                      file=err)
                unreadable += 1
                continue
            blocks += n
        kept = select(diags, text, opts.select, opts.ignore)
        if not opts.warnings:
            kept = [d for d in kept if d.severity.value == "error"]
        shown += kept
        if opts.format == "text":
            for d in kept:
                print(format_text(d), file=err)
        elif opts.format == "github":
            for d in kept:
                print(format_github(d), file=out)
    errors = sum(1 for d in shown if d.severity.value == "error")
    encoding = encoding_warnings_printed() - encoding_before
    warnings = len(shown) - errors + encoding
    if opts.format == "json":
        import json  # (only here: json's modules are a few per cent of a text check)
        print(json.dumps(json_document(shown, len(files), encoding), ensure_ascii=False,
                         indent=1), file=out)
    elif opts.format == "text" and (errors or warnings or len(files) > 1
                                    or blocks > len(files)):
        print(f"wl check: {len(files)} file(s), {blocks} code block(s), {errors} error(s), "
              f"{warnings} warning(s)", file=err)
    elif opts.format == "text" and not files:  # (a mistyped folder said nothing)
        print(f"wl check: no code file under {', '.join(map(shown_name, paths))} (.wl files "
              f"and WINDEV text files are checked): nothing was checked", file=err)
    if unreadable:
        return EXIT_NOINPUT
    return EXIT_SYNTAX if errors else EXIT_OK


def main(argv: Sequence[str]) -> int:
    """`wl check [OPTIONS] PATH...` (options in docs/check.md)."""
    parser = argparse.ArgumentParser(
        prog="wl check", description="Check scripts and WINDEV text files (.wdg, .wdc, "
                                     ".wdw...) without running them; folders recurse. "
                                     "Codes and formats: docs/check.md.")
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-w", "--no-warnings", action="store_true",
                        help="errors only")
    add_check_options(parser)
    args = parser.parse_args(list(argv))
    return check_paths(args.paths, options=options_from(args))
