"""Helpers shared by the capture-mailbox tests (a module, so tests can import it by name)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

TIMEOUT = 10.0


def build_message(subject: str = "Order 1042 confirmed", *, html: bool = False,
                  attachment: bool = False, sender: str = "shop@example.org",
                  to: str = "ann@example.org") -> EmailMessage:
    """A realistic message: text, optional HTML alternative and PDF attachment."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content("Thank you for your order.\nTotal: 42.00 EUR\n")
    if html:
        message.add_alternative("<html><body><p>Thank you for your <b>order</b>.</p></body></html>\n",
                                subtype="html")
    if attachment:
        message.add_attachment(b"%PDF-1.4 fake invoice", maintype="application", subtype="pdf",
                               filename="invoice-1042.pdf")
    return message


def index_records(directory: Path) -> list[dict]:
    """Every record of DIR/wl-index, sorted by id: the batch files a capture writes
    (<name>.jsonl, one record a line) and one-message files (<id>.json)."""
    index = Path(directory) / "wl-index"
    records = [json.loads(p.read_text()) for p in index.glob("*.json")]
    records += [json.loads(line) for p in index.glob("*.jsonl") for line in p.read_text().splitlines()]
    return sorted(records, key=lambda record: record["id"])
