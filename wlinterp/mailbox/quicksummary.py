"""The record's summary of a simple message (subject, size, no attachment) without the
mail parser.

Why: the capture makes a record for every message it stores (backlog.py), and the mail
parser took about 0.12 ms of processor time a message on this project's machine (the
compat32 parser reading just the header block), more than all the capture's other
Python work for a message together. Most captured mail is a single text part with a
plain ASCII subject: for that, the three headers that matter are read here with plain
string operations. Anything else — a multipart message, a subject with encoded words,
a Content-Disposition or a file name, 8-bit bytes, a header line the parser would read
differently (a lone CR, a line that is not a header, a leading "From ") — returns None,
and the caller uses the mail parser (messages.summarize), which stays the reference:
`tests/mailbox/test_mailbox_quick_summary.py` checks both give the same answer.
"""

from __future__ import annotations

import re

__all__ = ["quick_summary"]

_FIELD = re.compile(rb"[\x21-\x39\x3b-\x7e]+:")  # a header name and its colon (RFC 5322)
_END = re.compile(rb"\r?\n\r?\n")


def quick_summary(raw: bytes) -> dict[str, object] | None:
    """{"subject", "size", "attachments": 0} of a simple message; None: use the parser."""
    end = _END.search(raw)
    block = raw if end is None else raw[: end.start()]
    if not block.isascii() or b"\r" in block.replace(b"\r\n", b""):
        return None
    fields: dict[bytes, list[bytes]] = {}  # the first of each name: its value's lines
    current: list[bytes] | None = None
    for line in block.split(b"\n"):
        line = line[:-1] if line.endswith(b"\r") else line
        if line[:1] in (b" ", b"\t"):  # a folded line continues the header above it
            if current is None:
                return None
            current.append(line)
            continue
        match = _FIELD.match(line)
        if match is None or line.startswith(b"From "):
            return None
        current = [line[match.end():].lstrip(b" \t")]
        fields.setdefault(line[: match.end() - 1].lower(), current)
    subject = b"".join(fields.get(b"subject", ())).lstrip(b" \t")  # (folded after its colon)
    content_type = b"".join(fields.get(b"content-type", ())).lower()
    if (b"content-disposition" in fields or b"multipart" in content_type
            or b"name" in content_type or b"=?" in subject):
        return None
    return {"subject": subject.decode("ascii"), "size": len(raw), "attachments": 0}
