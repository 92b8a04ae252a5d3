"""HTTPSend's asynchronous syntax, `HTTPSend(request, procedure)` (?1000021183, and
`request.Send(procedure)`, ?1000021624): the answer is handed to a WLanguage procedure
instead of being returned.

The help marks that syntax Android, Android Widget and WEBDEV browser code; code ported
from there reaches wlinterp with it. wlinterp has no event loop for a main context to come
back to, so the request is made and the procedure called at once, before HTTPSend returns,
as ExecuteMainThreadAsynchronous and HExecuteSQLQueryAsynchronous do (decided, INFERRED:
docs/builtins.md "HTTPSend"). The procedure gets the httpResponse, its one parameter
(INFERRED: the page's "Parameters of the procedure" is not stored). A request that fails
still calls it, with an empty response (StatusCode 0) and ErrorOccurred/ErrorInfo saying
why, and HTTPSend then ends with that same failure: nothing the server or the network did
goes unreported.
"""
from __future__ import annotations

__all__ = ["send_then_call"]

from typing import Callable

from wlinterp.errors import BuiltinFailure
from wlinterp.runtime.procrefs import call_with, procedure_arg
from wlinterp.runtime.state import Runtime

from .http_values import HTTPResponseValue

_OFFERED = "HTTPSend gives it the httpResponse"


def send_then_call(rt: Runtime, procedure: object,
                   send: Callable[[], HTTPResponseValue]) -> None:
    """Make the request (`send`), then call `procedure` with its response; a failure is
    recorded before the call (the procedure reads it with ErrorOccurred) and raised again
    after it, as HTTPSend's own."""
    proc = procedure_arg(rt, procedure, "HTTPSend")
    try:
        response = send()
    except BuiltinFailure as failure:
        rt.set_error(failure.message, failure.code, failure.details, failure.subs)
        call_with(proc, HTTPResponseValue(), offered=_OFFERED)
        failure.value = None
        raise
    call_with(proc, response, offered=_OFFERED)
