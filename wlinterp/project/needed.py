"""Beside a script without a project marker, the neighbours the script needs.

A folder without a `.wdp` or `wlproject.toml` is often a folder of scratch scripts,
examples or ported snippets: loading every procedure library, set and class beside the
script made a script stop on "declared twice" because a neighbour it never uses declares
a procedure of the same name as its own, and loaded code the script does not use.
*Decided* (docs/cli.md, "Which files a run loads"): without a marker a neighbour is loaded
only when it declares a name (procedure, global, constant, structure, class...) that the
script writes and does not declare itself, or that a neighbour loaded for it writes and
nobody loaded declares, and so on. A name counts when it is written in the code, not in
a comment. A string that holds only a name counts for a procedure (`ExecuteProcess("Total")`:
built-ins take procedure names as text), and for any name inside an indirection
(`{"gnCount"}`, `{"o.h"}`), but a string "x" alone does not load the neighbour declaring a
global x, nor do the words of a message like "Total due". A name only built
at run time (`ExecuteProcess("To" + "tal")`) does not load the file that declares it: a
project marker loads every file. `wl run`, `wl test` and `wl check` use this one rule.
A name a file declares for itself anywhere (a parameter, a local variable, a loop's
variable, a member of its own class or structure) does not count as written by it: a
parameter `x` or `p.x` of its class must not load the neighbour declaring a global `x`
(and run its declarations).
"""
from __future__ import annotations

__all__ = ["written_names", "local_names", "declared_keys", "needed", "needed_programs",
           "written_beside"]

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from ..lazy_regex import lazy_compile
from ..syntax.names import COMBINING_MARKS, fold

if TYPE_CHECKING:
    from ..syntax import nodes as N

# an indirection's string, a string, a comment (skipped) or a word, read from left to
# right so that `//` inside a string is not a comment and a quote inside a comment opens
# nothing; a string's characters are matched as one run between doubled quotes (a group
# repeated per character kept ~150 bytes of backtracking state each: a 10 MB literal took
# `wl run` to 1.2 GB)
_PIECES = lazy_compile(r'\{\s*"[^"\n]*(?:""[^"\n]*)*"?|"[^"\n]*(?:""[^"\n]*)*"?|//[^\n]*'
                       r'|/\*.*?(?:\*/|\Z)|[^\W\d][\w' + COMBINING_MARKS + ']*', re.S)
# (a name's accents may be decomposed, NFD: `{"Proce\u0301dure"}` names Procédure)
_WORD = lazy_compile(r"[^\W\d][\w" + COMBINING_MARKS + "]*")
# a text that is a name or a dotted path and nothing else (a message's words load nothing)
_NAMED = lazy_compile(r'"\s*[^\W\d][\w' + COMBINING_MARKS + r']*(?:\.[^\W\d][\w'
                      + COMBINING_MARKS + r']*)*\s*"')
# a FOR header up to a value (`FOR i = 1 `): the word after it is the range word TO / À / A,
# not a name (a neighbour declaring a global `a` was loaded by every loop `POUR i = 1 A 10`)
_FOR_HEAD = lazy_compile(r"[ \t]*(?:FOR|POUR)\b(?![ \t]+(?:EACH|TOUT)\b)[^\n]*[\w)\]][ \t]+",
                         re.I)
_RANGE_WORDS = frozenset({"to", "a"})
# the mark of a name read in a plain string: it matches only a procedure's declaration
TEXT = '"'


def written_names(text: str) -> frozenset[str]:
    """The folded words of `text`'s code and of its indirections' strings that are a name
    alone, and (marked TEXT) those of its other strings that are a name alone, which count
    for procedures only (declared_keys); never the words of its comments."""
    raw: set[str] = set()
    for m in _PIECES.finditer(text):
        piece = m.group()
        if piece[0] in '{"':
            string = piece[piece.index('"'):]
            if _NAMED.fullmatch(string):  # a name in a text: "Total", "gnCount", "o.h"
                mark = "" if piece[0] == "{" else TEXT
                raw.update(mark + w for w in _WORD.findall(string))
        elif not piece.startswith(("//", "/*")) and not _is_range_word(text, m.start(), piece):
            raw.add(piece)
    return frozenset(TEXT + fold(w[1:]) if w[0] == TEXT else fold(w) for w in raw)


def _is_range_word(text: str, at: int, word: str) -> bool:
    """`word` at `at` is a FOR loop's TO / À / A (after the start value on its line), a
    keyword there, never a name to look for in the neighbours."""
    if fold(word) not in _RANGE_WORDS:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return _FOR_HEAD.fullmatch(text, line_start, at) is not None


def declared_keys(program: "N.Program") -> frozenset[str]:
    """The folded names `program` declares, and its global procedures' names again marked
    TEXT: a plain string holding a name loads only the neighbour declaring a procedure of
    that name (ExecuteProcess("Total"), ThreadExecute(..., "Task")), not one declaring a
    global variable or constant of that name (decided, docs/cli.md)."""
    from .neighbours import declared
    names = declared(program)
    procedures = {fold(p.name) for p in program.procedures
                  if p.owner is None and not p.internal}
    return frozenset(names).union(TEXT + n for n in procedures).union(_enum_values(program))


def _enum_values(program: "N.Program") -> set[str]:
    """The values of the enumerations and combinations `program` declares (folded): code
    writes them bare (`m_eErreurType = errWindev`, a Firebase SDK's class, the
    enumeration declared in a set of the project), which must load the neighbour
    declaring them as the enumeration's name does. Not names the file declares for
    clashes: two enumerations may each have a value `Aucun`."""
    from ..syntax import nodes as N
    return {fold(item[0]) for s in program.main.stmts if isinstance(s, N.EnumDecl)
            for item in s.items}


def local_names(program: "N.Program") -> frozenset[str]:
    """The folded names `program` declares for itself inside its procedures and loops
    (parameters, local variables, FOR / FOR EACH variables): what it writes under those
    names is its own, not a neighbour's global. A procedure that reads a global of the
    same name as another procedure's local is the price (decided: rare, as globals carry
    their own prefix in real code; a project marker loads every file)."""
    from ..syntax import nodes as N
    from ..syntax.walk import body_stmts, walk_stmts
    names: set[str] = set(_member_names(program))
    blocks = [program.main.stmts]
    for proc in program.procedures:
        names.update(p.name for p in proc.params)
        blocks.append(body_stmts(proc.body))
    while blocks:
        block = blocks.pop()
        for s in walk_stmts(block):
            if isinstance(s, N.Procedure):  # an internal procedure: walk_stmts stops there
                names.update(p.name for p in s.params)
                blocks.append(body_stmts(s.body))
            elif isinstance(s, N.Decl) and block is not program.main.stmts:
                names.update(n if isinstance(n, str) else n[0] for n in s.names)
            elif isinstance(s, N.Let) and block is not program.main.stmts:
                names.update(s.names or [s.name])
            elif isinstance(s, (N.For, N.ForEach)):
                names.add(s.var)
                names.update(x for x in (getattr(s, "counter", None),
                                         getattr(s, "rank", None)) if x)
    return frozenset(fold(n) for n in names)


def _member_names(program: "N.Program") -> Iterable[str]:
    """The members (and class constants) of the classes and structures `program`
    declares: `p.x = 4`, `s.x`, `:x` write a member, and the neighbour declaring a global
    x was loaded and its declarations run (a division by zero there stopped the script)."""
    from ..syntax import nodes as N
    for s in program.main.stmts:
        if isinstance(s, N.StructDecl):
            for decl in s.members:
                yield from (n if isinstance(n, str) else n[0] for n in decl.names)
            for const in s.consts:
                yield from (item[0] for item in const.items)


def needed(script: tuple[Iterable[str], Iterable[str]],
           candidates: Sequence[tuple[Iterable[str], Iterable[str]]]) -> list[int]:
    """The indexes (in order) of the `candidates` a script needs. The script and each
    candidate are given as (its written names, the names it declares), folded: a
    candidate is needed when it declares a name that the script or a needed candidate
    writes and the script does not declare. Two candidates declaring one such name are
    both needed: the caller leaves the later one out with a warning naming both
    (neighbours.clashing) rather than choosing one in silence."""
    own = set(script[1])
    wanted = set(script[0]) - own
    taken: set[int] = set()
    grew = True
    while grew:
        grew = False
        for i, (writes, declares) in enumerate(candidates):
            if i not in taken and not wanted.isdisjoint(declares):
                taken.add(i)
                wanted |= set(writes) - own
                grew = True
    return sorted(taken)


def needed_programs(text: str, program: "N.Program",
                    others: list["N.Program"]) -> list["N.Program"]:
    """`wl check`'s side of the rule: of the `others` (the files beside the one checked,
    each read again from its file for its written names), those `program` (of `text`)
    needs."""
    chosen = needed((written_names(text) - local_names(program), declared_keys(program)),
                    [(_file_names(p.filename) - local_names(p), declared_keys(p))
                     for p in others])
    return [others[i] for i in chosen]


_READ: dict[tuple[str, int, int], frozenset[str]] = {}


def _file_names(path: str) -> frozenset[str]:
    """The names a file beside the one checked writes, kept while the file is unchanged
    (a folder's check reads each neighbour once, not once per file checked)."""
    import os
    from ..source_text import read_source
    from ..syntax.suffixes import is_windev_file
    try:
        st = os.stat(path)
        key = (path, st.st_mtime_ns, st.st_size)
        if key not in _READ:
            raw = read_source(path, quiet=True)  # (read for its names, not loaded)
            if is_windev_file(path):
                from .messages import windev_program as program_source
                raw = program_source(raw, path)
            _READ[key] = written_names(raw)
        return _READ[key]
    except (OSError, ValueError):
        return frozenset()


def written_beside(path: str) -> frozenset[str]:
    """The names the other code files of `path`'s project write (`wl check` of a file of
    globals: another file uses them): in a project (a marker) every code file of it,
    scripts too, in any folder; else the files of `path`'s folder."""
    import os
    from .sources import CODE_SUFFIXES, find_layout
    folder = os.path.dirname(os.path.abspath(path))
    real = os.path.realpath(path)
    try:
        layout = find_layout(folder)
        if layout.marked:
            paths = layout.code_files(path) + layout.left_scripts(path)
        else:
            paths = [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                     if n.lower().endswith(CODE_SUFFIXES)]
    except OSError:
        return frozenset()
    return frozenset().union(*(_file_names(p) for p in paths if os.path.realpath(p) != real))
