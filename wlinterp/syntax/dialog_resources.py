"""An element's dialog boxes: `<§?168A10AC010F39A7§>` in the code of a text-format file.

The IDE's wizard for `Dialog` / `Dialogue` ("Syntax using the wizard", ?3021015: the
call's first parameter is a message identifier) keeps the question and its buttons apart
from the code, under the element's `resources : dialogs :`, one entry per identifier:

    resources :
     dialogs :
      -
        identifier : 0x168a10ac010f39a7
        label :
         fr-FR : Voulez-vous vraiment supprimer cet enregistrement ?
         en-GB : Do you want to delete this record?
        cancel_button : 1
        buttons :
         -
           label :
            en-GB : "&Delete"
           value : 1

*Decided* (docs/semantics.md, "Dialog references"): `Dialog(<§?ID§>, p1...)` is read
as the help's other syntax, `Dialog(StringBuild("question", p1...), ["button",
...])` (the wizard's parameters fill the question's %1...); a reference anywhere else is
the question's text. The language is the one the file's own texts (`string_res`) use
when the dialog lists it, else the first listed. A reference the file does not hold
stays as written (string_resources.unread names it).
"""
from __future__ import annotations

__all__ = ["DialogText", "dialog_texts", "with_dialogs"]

import re

from ..lazy_regex import lazy_compile
from ..records import record
from .quoted_references import in_strings, literal

_DIALOG = lazy_compile(r"<§\?([0-9A-Fa-f]{16})§>")
# `Dialog(` / `Dialogue(` just before a reference: the wizard's call
_CALL = lazy_compile(r"(?:\bdialog|\bdialogue)\s*\(\s*$", re.IGNORECASE)
_KEY = re.compile(r"^( *)-?\s*([\w-]+) :(?: (.*))?$")
_LANGUAGE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


@record
class DialogText:
    """A dialog box the wizard described: its question and its buttons' captions, in
    the order of their values (the number Dialog returns)."""

    question: str
    buttons: list[str]


def dialog_texts(text: str) -> dict[int, DialogText]:
    """identifier -> the dialog of the file's `resources : dialogs :` list (none when
    the file has no such list)."""
    at = text.find("\nresources :")
    start = text.find("\n dialogs :", max(at, 0)) if at >= 0 else -1
    if start < 0:
        return {}
    texts_at = text.find("\n string_res :", at)
    preferred = _first_language(text[texts_at:]) if texts_at >= 0 else ""
    out: dict[int, DialogText] = {}
    ident: int | None = None
    asked: set[int] = set()
    lines = text[start + 1:].splitlines()[1:]
    k = 0
    while k < len(lines) and (not lines[k].strip() or lines[k].startswith("  ")):
        m = _KEY.match(lines[k])
        k += 1
        if m is None:
            continue
        indent, key, rest = len(m.group(1)), m.group(2), (m.group(3) or "").strip()
        if key == "identifier" and rest.lower().startswith("0x"):
            ident = int(rest, 16)
            out[ident] = DialogText("", [])
        elif key == "label" and not rest and ident is not None:
            texts, k = _languages(lines, k, indent)
            chosen = texts.get(preferred, next(iter(texts.values()), ""))
            if ident in asked:  # (the question's label comes first, then the buttons')
                out[ident] = DialogText(out[ident].question, [*out[ident].buttons, chosen])
            else:
                asked.add(ident)
                out[ident] = DialogText(chosen, [])
    return out


def _first_language(resources: str) -> str:
    """The language of the file's first text (`en-GB : ...` under `string_res`), "" when
    it holds none."""
    for line in resources.splitlines():
        m = _KEY.match(line)
        if m is not None and _LANGUAGE.match(m.group(2)):
            return m.group(2)
    return ""


def _languages(lines: list[str], k: int, indent: int) -> tuple[dict[str, str], int]:
    """The `xx-YY : text` lines below a `label :` key at `indent`; returns them and the
    index of the line after them."""
    from .string_resources import language_text
    texts: dict[str, str] = {}
    while k < len(lines):
        m = _KEY.match(lines[k])
        if m is None or len(m.group(1)) <= indent or not _LANGUAGE.match(m.group(2)):
            break
        value, k = language_text((m.group(3) or "").strip(), lines, k + 1, len(m.group(1)))
        texts[m.group(2)] = value
    return texts, k


def with_dialogs(code: str, dialogs: dict[int, DialogText]) -> str:
    """The code with each reference the file holds read as its dialog: the wizard's
    call as the help's array-of-buttons syntax, any other place as the question (inside
    a string literal, the question's characters: quoted_references.py)."""
    def question_of(m: re.Match[str]) -> str | None:
        found = dialogs.get(int(m.group(1), 16))
        return None if found is None else found.question
    code = in_strings(code, _DIALOG, question_of)
    out: list[str] = []
    done = 0
    for m in _DIALOG.finditer(code):
        found = dialogs.get(int(m.group(1), 16))
        if found is None or m.start() < done:
            continue
        out.append(code[done:m.start()])
        done = m.end()
        question = literal(found.question)
        close = _closing(code, m.end()) if _CALL.search(code, 0, m.start()) else -1
        if close < 0:
            out.append(question)
            continue
        buttons = "[" + ", ".join(literal(b) for b in found.buttons) + "]"
        extra = code[m.end():close]
        built = f"StringBuild({question}{extra})" if extra.strip() else question
        out.append(f"{built}, {buttons}" if found.buttons else built)
        out.append(code[close])
        done = close + 1
    out.append(code[done:])
    return "".join(out)


def _closing(code: str, at: int) -> int:
    """Where the parenthesis closing the call whose first argument ends at `at` is, on
    the same line; -1 when it is not there (the call goes on below)."""
    depth = 0
    quote = ""
    k = at
    while k < len(code) and code[k] != "\n":
        c = code[k]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"“":
            quote = '"' if c == '"' else "”"
        elif c == "/" and code.startswith("//", k):
            return -1
        elif c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                return k if c == ")" else -1
            depth -= 1
        k += 1
    return -1
