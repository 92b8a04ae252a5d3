"""The options of a run, shared by `wl run` (and the short form `wl [OPTIONS] FILE`), `wl
repl` and, for the data files and limits, `wl test`: the flags (`add_run_options`...) and
the run options they make (`run_options`: what `Runtime.options` holds).
"""
from __future__ import annotations

__all__ = ["add_data_options", "add_limit_options", "limit_options", "add_run_options",
           "run_options"]

import os
from typing import TYPE_CHECKING, Any

from .resources import call_depth, memory_limit, size_limit, timeout_seconds

if TYPE_CHECKING:
    import argparse


def add_data_options(p: argparse.ArgumentParser) -> None:
    """--db and --analysis: shared by `wl run` and `wl test` (same meaning in both)."""
    data = p.add_argument_group("data files (HFSQL)")
    data.add_argument("--db", metavar="URL",
                      help="database: sqlite:PATH (default: beside the analysis), sqlite::memory:"
                           " or postgresql://... (env WL_DB)")
    data.add_argument("--analysis", metavar="FILE.xdd",
                      help="the analysis export (default: the .xdd in the script's folder; "
                           "env WL_ANALYSIS)")


def add_limit_options(p: argparse.ArgumentParser) -> None:
    """--max-depth, --max-string, --max-array, --max-memory, --max-download: shared by `wl run` and `wl test`
    (docs/security.md, "Limits of a run")."""
    p.add_argument("--max-depth", type=call_depth, metavar="N",
                   help="how deep procedure calls may nest before the catchable 'Stack "
                        "overflow' error (default 6000)")
    p.add_argument("--max-string", type=size_limit, metavar="N",
                   help="longest string a script may build, in characters (K, M, G "
                        "suffixes; default 1G): past it, a catchable 'String too long' error")
    p.add_argument("--max-array", type=size_limit, metavar="N",
                   help="most elements an array may hold (default 50000000): past it, a "
                        "catchable 'Array too large' error")
    p.add_argument("--max-memory", type=memory_limit, metavar="N",
                   help="most memory the run may hold, in bytes (K, M, G suffixes; default "
                        "half the machine's memory, at most 8G; checked on Linux): past it, "
                        "a catchable 'Not enough memory' error")
    p.add_argument("--max-download", type=size_limit, metavar="N",
                   help="most bytes one HTTPDestination file may take (K, M, G suffixes; "
                        "default 16G): past it, the HTTPRequest fails and no file is left")


def limit_options(args: argparse.Namespace) -> dict[str, Any]:
    """The run options of add_limit_options' flags (None: the default)."""
    return {name: getattr(args, name, None)
            for name in ("max_depth", "max_string", "max_array", "max_memory",
                         "max_download")}


def add_run_options(p: argparse.ArgumentParser) -> None:
    """The options of `wl run`, also accepted before the script in the short form."""
    p.add_argument("--call", metavar="PROCEDURE",
                   help="after the main code, call PROCEDURE with the script arguments and "
                        "print its result")
    p.add_argument("--json", action="store_true",
                   help="with --call: print the result as JSON (arrays, structures...)")
    p.add_argument("-w", "--no-warnings", action="store_true",
                   help="do not print compile warnings (undeclared variables...)")
    p.add_argument("--strict", action="store_true",
                   help="refuse to run a program with any error 'wl check' reports "
                        "(undeclared variables, unknown functions, wrong argument counts)")
    p.add_argument("--timeout", type=timeout_seconds, metavar="SECONDS",
                   help="stop the script (exit 1) if it runs longer than SECONDS, naming "
                        "the line that was running")
    add_limit_options(p)
    p.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                   metavar="WHEN",
                   help="colour error labels: auto (a terminal without NO_COLOR), always or never")
    add_data_options(p)
    from ..project.determinism import add_determinism_arguments
    add_determinism_arguments(p)  # --now, --seed, --tz
    mail = p.add_argument_group("e-mail")
    mail.add_argument("--smtp-route", action="append", default=[], metavar="HOST[:PORT]=HOST:PORT",
                      help="send sessions opened for HOST[:PORT] to another address; TLS still "
                           "checks the certificate against the original host (env WL_SMTP_ROUTE)")
    mail.add_argument("--ca-file", metavar="PEM",
                      help="trust an extra CA certificate file (env WL_CA_FILE)")
    mail.add_argument("--allow-cleartext-auth", action="store_true",
                      help="allow SMTP AUTH without TLS to non-loopback servers")
    mail.add_argument("--capture", metavar="DIR",
                      help="send every SMTP session to an embedded capture server storing "
                           "messages in DIR (a Maildir); no network needed")
    mail.add_argument("--capture-fault", action="append", default=[], metavar="PHASE=REPLY",
                      help="with --capture: make the server answer e.g. RCPT=550, DATA=451, "
                           "AUTH=535, CONNECT=refuse")


def _check_ca_file(path: str) -> None:
    """A usage error when the CA file holds no certificate TLS can load: a file of
    something else (a key, a text) was taken, and the first HTTPS or TLS mail call
    stopped the run with an internal error (SSLError: no certificate or crl found). The
    words are the run's own (tls_contexts.ca_file_words)."""
    import ssl

    from ..tls_contexts import CAFileError, load_ca_file
    try:
        load_ca_file(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), path)
    except CAFileError as exc:
        raise ValueError(exc.message) from None


def run_options(args: argparse.Namespace) -> dict[str, Any]:
    """rt.options from the command line and the environment (WL_SMTP_ROUTE, WL_CA_FILE)."""
    routes: dict[str, tuple[str, int]] = {}
    env_routes = os.environ.get("WL_SMTP_ROUTE", "")
    given = getattr(args, "smtp_route", []) or []
    if env_routes.strip() or given:  # the mail package is imported only when needed
        from ..mail.routing import parse_route, parse_routes
        routes.update(parse_routes(env_routes) if env_routes.strip() else {})
        for text in given:
            key, target = parse_route(text)
            routes[key] = target
    ca_file = getattr(args, "ca_file", None) or os.environ.get("WL_CA_FILE") or None
    if ca_file and not os.path.isfile(ca_file):
        raise ValueError(f"CA file not found: {ca_file}")
    if ca_file:
        _check_ca_file(ca_file)
    from ..project.determinism import options_from_args
    return {"smtp_routes": routes, "ca_file": ca_file,
            "no_warnings": bool(getattr(args, "no_warnings", False)),
            **limit_options(args),
            "strict": bool(getattr(args, "strict", False)),
            "db": getattr(args, "db", None), "analysis": getattr(args, "analysis", None),
            "allow_cleartext_auth": bool(getattr(args, "allow_cleartext_auth", False)),
            "input_timeout": getattr(args, "timeout", None),  # the REPL's, per input
            **options_from_args(args)}
