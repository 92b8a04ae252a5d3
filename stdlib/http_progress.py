"""httpProgress (?1000021222, VERIFIED in English): the progress of an HTTP request
followed by a procedure of the script, `PROCEDURE <name>(<Total>, <Progress>)`, called as
the answer's body arrives (an httpRequest's DownloadProgress) or once the request's body
was sent (its UploadProgress). Its members: Frequency (bytes between two calls, 1000 by
default: "the specified frequency may not be respected"), Procedure (the procedure, by
name or as a procedure), ProgressBar (a Progress Bar control: no controls run outside
the IDE, so it is refused when it would be used, Procedure having priority as the page
says).

INFERRED (docs/builtins.md "HTTP progress"): the French names (httpProgression,
Fréquence, Procédure, Jauge; ProgressionTéléchargement, ProgressionEnvoi), UploadProgress
(the page's example shows DownloadProgress only), Total 0 when the server gives no
length (chunked), a last call at the end with Progress = Total (what was received), and
the upload called once, after its body was sent (the HTTP library sends it whole).
"""
from __future__ import annotations

__all__ = ["Progress", "progress_of"]

from typing import Any

from wlinterp.errors import WLRuntimeError
from wlinterp.runtime import values as V
from wlinterp.runtime.procrefs import call_with, procedure_arg

from .http_values import HTTPProgressValue

_OFFERED = "an httpProgress procedure gets 2: the total number of bytes and the number " \
    "already transferred"


class Progress:
    """Calls the script's procedure as bytes go: every `frequency` bytes at most once
    per piece, and once at the end with everything."""

    def __init__(self, ref: Any, frequency: int) -> None:
        self.ref, self.frequency = ref, frequency
        self.total = self.done = self.told = 0

    def start(self, total: int) -> None:
        """The body begins; `total` its announced length (0: not announced)."""
        self.total, self.done, self.told = total, 0, 0

    def advance(self, count: int) -> None:
        """`count` more bytes went; the procedure called when a step was crossed."""
        self.done += count
        if self.done - self.told >= self.frequency:
            self._tell()

    def finish(self) -> None:
        """The body is whole: the last call, Progress = Total, unless it was made."""
        if self.total == 0:
            self.total = self.done
        if self.told != self.done or self.done == 0:
            self._tell()

    def whole(self, count: int) -> None:
        """All `count` bytes went at once (a request's body): one call."""
        self.start(count)
        self.done = count
        self._tell()

    def _tell(self) -> None:
        self.told = self.done
        call_with(self.ref, self.total, self.done, offered=_OFFERED)


def progress_of(rt: Any, held: object, fname: str) -> Progress | None:
    """The Progress an httpRequest's DownloadProgress or UploadProgress asks for, or
    None when it names no procedure. A ProgressBar alone is refused in words."""
    if not isinstance(held, HTTPProgressValue):
        return None
    procedure, bar = held.values["procedure"], V.to_str(held.values["progressbar"])
    if procedure in ("", None):
        if bar:
            raise WLRuntimeError(f"{fname}: the request's progress names the Progress Bar "
                                 f"control '{bar}': controls are not available outside the "
                                 "IDE; give a Procedure instead.")
        return None
    frequency = V.to_int(held.values["frequency"])
    return Progress(procedure_arg(rt, procedure, fname),
                    frequency if frequency > 0 else HTTPProgressValue.DEFAULT_FREQUENCY)
