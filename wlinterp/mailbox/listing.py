"""Text the mailbox commands print: the list table, `show` views, one-line summaries.

Pure formatting, no I/O except writing to the given stream, so the CLI glue
stays small and the output can be tested without a terminal. Everything that
comes from a captured message goes through `printable` (no escape sequences
reach the terminal), except the views the user asks for raw (--raw, --headers,
--html), which are meant for pipes.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from .messages import attachments, body_text, header, parse
from .summaryline import cut as _cut, format_size, plural as _plural, printable, summary_line
from .store import Entry

__all__ = ["format_size", "list_json", "list_table", "show_text", "summary_line"]

_SUBJECT_WIDTH = 40
_ADDRESS_WIDTH = 30


def _recipients(record: dict[str, Any]) -> str:
    tos = [str(a) for a in record.get("rcpt_tos") or []]
    if len(tos) <= 1:
        return tos[0] if tos else ""
    return f"{tos[0]} (+{len(tos) - 1})"


def list_table(entries: list[Entry], out: TextIO) -> None:
    """The table of `wl mailbox list`: id, time, from, to, subject, size, attachments."""
    heads = ("ID", "TIME", "FROM", "TO", "SUBJECT", "SIZE", "ATT")
    rows = [heads] + [_row(entry.record) for entry in entries]
    widths = [max(len(row[i]) for row in rows) for i in range(len(heads))]
    for row in rows:
        cells = [cell.rjust(w) if i >= 5 else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths))]
        out.write("  ".join(cells).rstrip() + "\n")


def _row(record: dict[str, Any]) -> tuple[str, ...]:
    return (
        printable(str(record["id"])),
        printable(str(record.get("time") or "")),
        _cut(str(record.get("mail_from") or ""), _ADDRESS_WIDTH),
        _cut(_recipients(record), _ADDRESS_WIDTH),
        _cut(str(record.get("subject") or ""), _SUBJECT_WIDTH),
        format_size(int(record.get("size") or 0)),
        str(record.get("attachments") or 0),
    )


def list_json(entries: list[Entry], out: TextIO) -> None:
    """`list --json`: the index records, one JSON array, for scripts and tests."""
    json.dump([entry.record for entry in entries], out, ensure_ascii=False, indent=2)
    out.write("\n")


def show_text(entry: Entry, raw: bytes, out: TextIO) -> None:
    """The default `show` view: envelope, main headers, plain-text body, attachment list."""
    record = entry.record
    message = parse(raw)
    lines = [f"Id:        {record['id']}", f"Received:  {record.get('time') or 'unknown'}"]
    if entry.indexed:
        lines.append(f"Envelope:  from {printable(str(record.get('mail_from') or '<>'))} "
                     f"to {printable(', '.join(record.get('rcpt_tos') or []))}")
        lines.append(f"Session:   {_session_text(record)}")
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date"):
        value = header(message, name)
        if value:
            lines.append(f"{name + ':':<10} {printable(value)}")
    out.write("\n".join(lines) + "\n\n")
    out.write(_body_view(message) + "\n")
    found = attachments(message)
    if found:
        out.write(f"\n{_plural(len(found), 'attachment')}:\n")
        for item in found:
            out.write(f"  {printable(item.filename)}  {item.content_type}  {format_size(item.size)}\n")


def _session_text(record: dict[str, Any]) -> str:
    text = str(record.get("tls") or "plain")
    text += f", user {printable(str(record['user']))}" if record.get("user") else ", no AUTH"
    if record.get("requested_host"):
        text += f", script asked for {printable(str(record['requested_host']))}:{record.get('requested_port')}"
        if record.get("requested_mode"):
            text += f" ({printable(str(record['requested_mode']))})"
    return text


def _body_view(message: Any) -> str:
    """The plain-text body, or a pointer to --html when the message has only HTML."""
    text = body_text(message, "plain")
    if text is not None:
        return printable(text.rstrip("\n"), single_line=False)
    if body_text(message, "html") is not None:
        return "(no plain-text part; see the HTML part with --html)"
    return "(no text body)"
