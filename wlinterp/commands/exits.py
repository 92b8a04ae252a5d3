"""The exit codes of `wl`, with the meaning `wl --help` and `wl help exit-codes` print.

One table so that the help text can never forget a code the program uses.
"""
from __future__ import annotations

__all__ = ["EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_SYNTAX", "EXIT_NOINPUT",
           "EXIT_INTERNAL", "EXIT_INTERRUPTED", "EXIT_BROKEN_PIPE", "EXIT_TERMINATED",
           "EXIT_CODES",
           "EXIT_TESTS_FAILED", "EXIT_NO_TESTS", "TEST_EXIT_CODES", "exit_codes_text",
           "wl_test_exit_codes_text"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_SYNTAX = 65
EXIT_NOINPUT = 66
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a process killed by it
EXIT_TERMINATED = 143  # 128 + SIGTERM: `wl run` stopped by kill, timeout, a service manager
# `wl test` keeps pytest's values, which CI scripts already know
EXIT_TESTS_FAILED = 1
EXIT_NO_TESTS = 5

EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success (or the code given to EndProgram/FinProgramme)"),
    (EXIT_ERROR, "an uncaught WLanguage error, --timeout expired, or the output could "
                 "not be written (a full disk)"),
    (EXIT_USAGE, "wrong command line (unknown option or command, missing file)"),
    (EXIT_SYNTAX, "syntax error: the code did not parse"),
    (EXIT_NOINPUT, "the script or an input file could not be read"),
    (EXIT_INTERNAL, "internal error: a bug in wlinterp (WL_DEBUG=1 shows the traceback)"),
    (EXIT_INTERRUPTED, "interrupted by Ctrl-C"),
    (EXIT_BROKEN_PIPE, "the output pipe was closed (e.g. `wl run x.wl | head`)"),
    (EXIT_TERMINATED, "wl run stopped by SIGTERM (kill, timeout, a service manager)"),
)


TEST_EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "all cases passed"),
    (EXIT_TESTS_FAILED, "some cases failed"),
    (EXIT_USAGE, "wrong command line"),
    (EXIT_NO_TESTS, "no test case found"),
    (EXIT_SYNTAX, "a test file (or the project) does not compile"),
    (EXIT_INTERRUPTED, "interrupted by Ctrl-C (the cases that ran are reported)"),
    (EXIT_TERMINATED, "stopped by SIGTERM, a CI job's timeout (the cases that ran are reported)"),
)
"""The codes of `wl test` (pytest's values for failed / no tests)."""


def exit_codes_text(table: tuple[tuple[int, str], ...] = EXIT_CODES) -> str:
    """A table as help text, one code a line."""
    return "exit codes:\n" + "".join(f"  {code:<4} {meaning}\n" for code, meaning in table)


def wl_test_exit_codes_text() -> str:
    return exit_codes_text(TEST_EXIT_CODES)
