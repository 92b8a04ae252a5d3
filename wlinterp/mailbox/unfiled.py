"""Messages a stopped capture acknowledged whose files it had not written yet.

A capture answers 250 once a message is in its write-ahead journal (journal.py); its
file in ``new/`` is written a moment later by the capture's keeper thread. A capture
killed in between (kill -9, a crash, a full disk that refused the file) leaves such
messages in its journal segments only, and the next capture into the folder writes
them out (`replay.replay`). Until then `list` and `show` read them from those segments
here, so that every acknowledged message is listed straight away, and reading still
changes nothing in DIR.

Only the segments of captures that are no longer running are read (a running capture
writes its files itself, and its segment may hold a record not yet acknowledged). The
segments are read through a descriptor of the real ``wl-journal/`` folder, never
following a link (safedir.py).
"""

from __future__ import annotations

import os

from . import safedir, segments

__all__ = ["unfiled_messages"]


def unfiled_messages(journal_fd: int | None) -> dict[str, tuple[str, bytes]]:
    """key -> (segment name, stored bytes) of the messages recorded in the segments of
    stopped captures (the caller keeps those whose file is not in new/ or cur/)."""
    found: dict[str, tuple[str, bytes]] = {}
    if journal_fd is None:
        return found
    for name in sorted(os.listdir(journal_fd)):
        if not segments.is_stale_segment(name):
            continue
        try:
            blob = safedir.read_file(journal_fd, name)
        except OSError:  # removed meanwhile (a capture replayed it), or a link: not read
            continue
        for key, data in segments.records(blob):
            found[key] = (name, data)
    return found
