"""The envelope line a capture writes at the top of each stored message.

The SMTP envelope (sender, recipients — Bcc included —, TLS mode, user, what the script
asked for) is not in the message itself, yet a 250 reply promises that everything about
the message is kept. Writing it into the message file, as one extra header line, makes
one file (one `fsync`, see delivery.py) hold all of it: the JSON record in `wl-index/`
becomes a cache that `list` reads for speed and rebuilds from this line when it is
missing or damaged (a crash between the two writes, a full disk, a stray edit).

The line is ``X-WL-Envelope: {json}`` + CRLF, ASCII only (JSON escapes everything else),
so mail tools reading the Maildir see one more header; `raw()` removes it again, so
`wl mailbox show --raw` still prints exactly what went over the wire.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["ENVELOPE_FIELDS", "HEADER", "MAX_LINE", "line", "split"]

HEADER = b"X-WL-Envelope: "
ENVELOPE_FIELDS = ("time", "mail_from", "rcpt_tos", "requested_host", "requested_port",
                   "requested_mode", "tls", "user", "size")
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))  # made once, not per message
MAX_LINE = 1 << 20
"""A longer first line is not an envelope line: the message is left as it is."""


def line(envelope: dict[str, Any]) -> bytes:
    """The header line for `envelope` (the ENVELOPE_FIELDS of a record)."""
    text = _ENCODER.encode({k: envelope[k] for k in ENVELOPE_FIELDS})
    return HEADER + text.encode("ascii") + b"\r\n"


def split(data: bytes) -> tuple[dict[str, Any] | None, bytes]:
    """(envelope, message as received) of a stored file; (None, data) for a file without
    a readable envelope line (mail another tool delivered, or a damaged line)."""
    if not data.startswith(HEADER):
        return None, data
    end = data.find(b"\r\n", 0, MAX_LINE)
    if end < 0:
        return None, data
    try:
        envelope = json.loads(data[len(HEADER):end])
    except ValueError:
        return None, data
    if not isinstance(envelope, dict) or any(k not in envelope for k in ENVELOPE_FIELDS):
        return None, data
    return envelope, data[end + 2:]
