"""Showing diagnostics: text for people, JSON for tools, GitHub annotations for CI.

The JSON document's schema is `JSON_SCHEMA` (documented in docs/check.md; tests validate
real output against it). Version 1 only ever gains optional fields.
"""
from __future__ import annotations

__all__ = ["format_text", "format_github", "json_document", "JSON_SCHEMA"]

from typing import Any

from ..errors import excerpt_window, shown_name
from .diagnostics import KINDS, Diagnostic


def _shown_line(line: str) -> str:
    """The source line with the literals that may hold a secret as stars (same length, so
    spans and carets stay right): check output lands in CI logs and annotations, so it
    follows the run-time errors' rule (secret_args.py, docs/security.md)."""
    from ..secret_args import masked_line
    return masked_line(line) if line.strip() else line


def _excerpt(d: Diagnostic) -> str:
    """The source line and a caret under the exact span (`^~~~` for a name); a blank
    line (a file-level problem at 1:1, an end of file) is shown too, blank, with its
    caret, as run-time errors show it (it was left out: a place without its line)."""
    text, col = excerpt_window(_shown_line(d.source_line), d.column)
    width = max(1, min(d.length, len(text) - col)) if col < len(text) else 1
    return f"\n    {text}\n    {' ' * col}^{'~' * (width - 1)}"


def format_text(d: Diagnostic) -> str:
    """`file:line:col: error[WL101]: message`, the source line, the caret, the hint."""
    head = (f"{shown_name(d.filename)}:{d.line}:{d.column}: {d.severity.value}[{d.code}]: "
            f"{d.message}")
    hint = f"\n    hint: {d.hint}" if d.hint else ""
    return head + _excerpt(d) + hint


def _escape(text: str, prop: bool = False) -> str:
    """GitHub workflow-command escaping (properties also escape `:` and `,`)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def format_github(d: Diagnostic) -> str:
    """A GitHub Actions annotation: `::error file=...,line=...,col=...::message`."""
    level = "error" if d.severity.value == "error" else "warning"
    props = (f"file={_escape(d.filename, True)},line={d.line},col={d.column},"
             f"endColumn={d.column + d.length},title={d.code}")
    message = d.message + (f" (hint: {d.hint})" if d.hint else "")
    return f"::{level} {props}::{_escape(message)}"


def json_document(diags: list[Diagnostic], files: int, encoding: int = 0) -> dict[str, Any]:
    """The `--format json` document (see JSON_SCHEMA). `encoding`: the files read as
    ANSI, whose warning went to stderr (no line of code: no diagnostic); the summary's
    warnings count them, as the text summary does, and `encoding_warnings` says how many
    (the JSON summary said fewer warnings than the text one)."""
    errors = sum(1 for d in diags if d.severity.value == "error")
    return {"version": 1, "files": files,
            "summary": {"errors": errors, "warnings": len(diags) - errors + encoding,
                        "encoding_warnings": encoding},
            "diagnostics": [_masked_dict(d) for d in diags]}


def _masked_dict(d: Diagnostic) -> dict[str, Any]:
    """A diagnostic's JSON object, its `source_line` masked as the text excerpt is."""
    out: dict[str, Any] = d.as_dict()
    out["source_line"] = _shown_line(d.source_line or "")
    return out


_DIAGNOSTIC = {
    "type": "object",
    "required": ["code", "kind", "severity", "message", "file", "line", "column",
                 "end_column", "hint", "source_line"],
    "properties": {
        "code": {"enum": sorted(KINDS)},  # every code there is (docs/check.md, "Codes")
        "kind": {"enum": sorted(k.slug for k in KINDS.values())},
        "severity": {"enum": ["error", "warning"]},
        "message": {"type": "string"},
        "file": {"type": "string"},
        "line": {"type": "integer", "minimum": 0},
        "column": {"type": "integer", "minimum": 0},
        "end_column": {"type": "integer", "minimum": 1},
        "hint": {"type": ["string", "null"]},
        "source_line": {"type": "string"},
    },
    "additionalProperties": False,
}

JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "wl check --format json",
    "type": "object",
    "required": ["version", "files", "summary", "diagnostics"],
    "properties": {
        "version": {"const": 1},
        "files": {"type": "integer", "minimum": 0},
        "summary": {
            "type": "object",
            "required": ["errors", "warnings"],
            "properties": {"errors": {"type": "integer", "minimum": 0},
                           "warnings": {"type": "integer", "minimum": 0},
                           "encoding_warnings": {"type": "integer", "minimum": 0}},
            "additionalProperties": False,
        },
        "diagnostics": {"type": "array", "items": _DIAGNOSTIC},
    },
    "additionalProperties": False,
}
