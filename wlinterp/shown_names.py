"""Names in run-time error messages as the source writes them.

Compiled code looks members, properties and methods up by their folded names (lower
case, accents stripped: `..visible`, `bebe`), so the run-time helpers that refuse one
(`A string has no property 'epaisseur'`, `'..visible' on the window control EDT_Name`,
`'bebe' is not a member of the structure ST`) only know that form. When the error is
positioned at its statement (run_errors._locate, for an uncaught error and for one WHEN
EXCEPTION catches), each quoted folded name of such a message is given back the spelling
the statement's line writes (`'..Visible'`, `'Épaisseur'`, `'Bébé'`). One place for every
message builder (runtime, stdlib), and nothing added to the code that runs when no error
happens.
"""
from __future__ import annotations

__all__ = ["as_written", "builtin_as_written", "name_on_line"]

import re

from .errors import source_lines
from .syntax.names import fold
from .lazy_regex import lazy_compile

_QUOTED = lazy_compile(r"(')(\.{0,2}|:)([^\W\d]\w*)((?:\(\))?')")
_METHOD = lazy_compile(r"(\bmethod )()([^\W\d]\w*)()")  # "The method faisca of the class CL"
# "The method .Upper() is Upper, ...": the catalogue's spelling (runtime/method_args.py
# method_spelled), which the line may write otherwise (`v.UPPER(1, 2)`)
_DOT_METHOD = lazy_compile(r"(\bmethod \.)([^\W\d]\w*)(?=\(\))")
_WORD = re.compile(r"[^\W\d]\w*")
# "Count: ...", "Root expects a number...", "FTPConnect failed (530 ...)", an H* function's
# "HAdd on Customer: ..." (HAjoute in French code)
_LEAD = lazy_compile(r"([^\W\d]\w*)(?:: | expects | failed | on [^\W\d]\w*: )")
# a value's method called on the line (`f.Ouvre(`): the built-in it stands for
_METHOD_CALL = lazy_compile(r"\.\s*([^\W\d]\w*)\s*\(")
_STRING = lazy_compile(r'"[^"]*(?:""[^"]*)*"')  # a string literal: its words are no names  # "Count: give the searched string..."
# the messages that name a member, a property, a method or a data file's item (not a
# value: 'k2' in "The element 'k2' does not exist" is data, and keeps its case)
_ABOUT_NAMES = ("property", "member", "method", "window control", "item of")
# a date's or time's part named in an error about its value (`The Date is empty (""): it
# has no Annee`, `...: its Annee cannot be changed`): the folded name, capitalized
_PART = lazy_compile(r"(: it has no |: its )([A-Z][a-z]*)\b(?! of the week)")
_ABOUT_PARTS = (": it has no ", ": its ")
# an Image's refusal (image_limits.py), which names the property or method it was asked
# for: "Image..width = ...: the Image type's ...", "Image.savejpeg(): ..."
_IMAGE = lazy_compile(r"^(Image\.{1,2})([^\W\d]\w*)")


def as_written(message: str, source: str | None, line: int) -> str:
    """`message` with its quoted folded names spelled as on line `line` of `source` (the
    statement that failed); unchanged when the line has no such word."""
    if not source or line <= 0 or not any(word in message for word in _ABOUT_NAMES) \
            and not any(words in message for words in _ABOUT_PARTS) \
            and not message.startswith("Image."):
        return message
    lines = source_lines(source)
    if line > len(lines):
        return message
    spelled: dict[str, str] = {}
    for word in _WORD.findall(lines[line - 1]):
        spelled.setdefault(fold(word), word)

    def shown(m: re.Match[str]) -> str:
        name = m.group(3)
        word = spelled.get(name)
        if word is None or word == name or fold(name) != name:
            return m.group(0)  # not on the line, or already as written
        return m.group(1) + m.group(2) + word + m.group(4)

    def part(m: re.Match[str]) -> str:
        word = spelled.get(m.group(2).lower())
        return m.group(0) if word is None else m.group(1) + word

    def dotted(m: re.Match[str]) -> str:
        return m.group(1) + spelled.get(fold(m.group(2)), m.group(2))

    message = _IMAGE.sub(dotted, _DOT_METHOD.sub(dotted, message))
    return _PART.sub(part, _METHOD.sub(shown, _QUOTED.sub(shown, message)))


def builtin_as_written(message: str, source: str | None, line: int) -> str:
    """`message`, when it starts with a built-in's name ("Count: ..."), with that name
    as line `line` of `source` calls it, in its canonical spelling (`Occurrence(42)` fails
    with "Occurrence: ...", `httpenvoie(r)` with "HTTPEnvoie: ...": a French script reads
    its own name, as WINDEV's editor shows it); unchanged when the line calls it by no
    name."""
    lead = _LEAD.match(message)
    if lead is None or not source or line <= 0:
        return message
    from .registry import load_stdlib
    functions = load_stdlib().functions
    builtin = functions.get(fold(lead.group(1)))
    lines = source_lines(source)
    if builtin is None or line > len(lines):
        return message
    for word in _WORD.findall(lines[line - 1]):
        if functions.get(fold(word)) is builtin:
            return builtin.spelled(word) + message[len(lead.group(1)):]
    word = _method_for(builtin, lines[line - 1])
    return message if word is None else word + message[len(lead.group(1)):]


def _method_for(builtin: object, text: str) -> str | None:
    """The method the line calls on a value that stands for `builtin`, in the catalogue's
    spelling (`f.ouvre(...)` is fOpen on a DiskFile: "Ouvre"), None when there is none:
    the line names no built-in, so the error names the method it wrote (docs/builtins.md
    "A built-in's error names it as the script calls it")."""
    from .runtime.value_methods import candidate_builtins, method_spelled
    for m in _METHOD_CALL.finditer(_STRING.sub(lambda s: " " * len(s.group(0)), text)):
        if any(b is builtin for b in candidate_builtins(fold(m.group(1)))):
            return method_spelled(builtin, fold(m.group(1)))
    return None


def name_on_line(folded: str, source: str | None, line: int) -> tuple[str, int] | None:
    """The first word outside string literals on line `line` of `source` that folds to
    `folded`, as written, with its column (1-based); None when the line has none. A
    variable the run knows only by its folded name ("used before its declaration") is
    shown as the statement writes it, the caret on it."""
    lines = source_lines(source) if source and line > 0 else []
    if line > len(lines):
        return None
    text = _STRING.sub(lambda m: " " * len(m.group(0)), lines[line - 1])
    for m in _WORD.finditer(text):
        if fold(m.group(0)) == folded:
            return m.group(0), m.start() + 1
    return None
