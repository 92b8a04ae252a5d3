"""A run with threads always ends (issue 8): a fatal error in a thread ends the program
with that error, and at the end of the run a thread that waits for something no thread
is left to give is stopped instead of waited for forever. Each case runs the real `wl`
in a subprocess with a bound (RUN_TIMEOUT): before, every one of them hung.
"""
from __future__ import annotations


_PAGE = """\
// Page SignalOuvre (?1000021271) as it writes it: the signal is opened once, so one of
// the two threads is still waiting when the main code ends
gnCount is int
GoAhead is AutomaticSignal
ThreadExecute("Thread1", threadNormal, "Thread_First")
ThreadWaitSignal()
ThreadExecute("Thread2", threadNormal, "Thread_Second")
ThreadWaitSignal()
SignalOpen(GoAhead)

PROCEDURE Thread_First()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
SignalWait(GoAhead)
Trace(dbgInfo(dbgProcess) + " - Signal received")

PROCEDURE Thread_Second()
Trace(dbgInfo(dbgProcess) + " - ThreadSendSignal(threadMain)")
ThreadSendSignal(threadMain)
SignalWait(GoAhead)
Trace(dbgInfo(dbgProcess) + " - Signal received")
"""


def test_the_signalopen_example_as_its_page_writes_it_ends(wl_cli, script):
    path = script(_PAGE, "page.wl")
    ran = wl_cli("run", path, timeout=120)  # it ends: a hang is TimeoutExpired
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert lines[:2] == ["Thread_First - ThreadSendSignal(threadMain)",
                         "Thread_Second - ThreadSendSignal(threadMain)"], ran
    assert len(lines) == 3 and lines[2].endswith(" - Signal received"), ran
    assert ran.err.count("warning:") == 1 and "still waited (SignalWait)" in ran.err, ran


def test_a_thread_error_ends_a_main_code_waiting_for_its_signal(wl_cli, script):
    """The page's example with the first thread failing before it signals: the main code
    waited forever in ThreadWaitSignal()."""
    failing = _PAGE.replace('ThreadSendSignal(threadMain)\nSignalWait(GoAhead)\nTrace(dbgInfo(dbgProcess) + " - Signal received")\n\nPROCEDURE Thread_Second',
                            'x is int = 1 / gnCount\nThreadSendSignal(threadMain)\n\nPROCEDURE Thread_Second', 1)
    assert failing != _PAGE
    path = script(failing, "failing.wl")
    ran = wl_cli("run", path)
    assert ran.code == 1, ran
    assert ran.out == "Thread_First - ThreadSendSignal(threadMain)\n", ran
    first = ran.err.splitlines()[0]
    assert first == "failing.wl:13:14: error: in thread 'Thread1': Division by zero.", ran
    assert "x is int = 1 / gnCount" in ran.err, ran


def test_a_thread_error_after_the_main_code_ends_the_run_too(wl_cli, script):
    """The main code is over; a thread fails while another waits for an event nobody
    will open: the run ends with the error (exit 1), the waiting thread is stopped."""
    path = script('EventCreate("never", eventManual)\n'
                  'ThreadExecute("Waiter", threadNormal, Waiter)\n'
                  'ThreadExecute("Worker", threadNormal, Worker)\n'
                  'Trace("main code over")\n'
                  "\n"
                  "PROCEDURE Worker()\n"
                  "ThreadPause(20)\n"
                  't is array of int\n'
                  "Trace(t[2])\n"
                  "\n"
                  "PROCEDURE Waiter()\n"
                  'EventWait("never")\n'
                  'Trace("never")\n', "after.wl")
    ran = wl_cli("run", path)
    assert (ran.code, ran.out) == (1, "main code over\n"), ran
    assert ran.err.startswith("after.wl:9:") and "in thread 'Worker'" in ran.err, ran


def test_a_busy_main_code_is_stopped_by_a_thread_error(wl_cli, script):
    path = script('ThreadExecute("Worker", threadNormal, Worker)\n'
                  "n is int\n"
                  "LOOP\n"
                  "    n++\n"
                  "END\n"
                  "\n"
                  "PROCEDURE Worker()\n"
                  "ThreadPause(5)\n"
                  'ExceptionThrow(3, "gave up")\n', "busy.wl")
    ran = wl_cli("run", path)
    assert ran.code == 1, ran
    assert ran.err.startswith("busy.wl:9:1: error: in thread 'Worker': gave up"), ran


def test_between_repl_inputs_a_thread_error_is_printed_and_the_session_goes_on():
    """In the REPL the main code is the prompt: a thread failing between two inputs has
    its error printed at once (nothing else would report it), the session goes on."""
    import argparse
    import io

    from wlinterp.commands.run_options import add_run_options, run_options
    from wlinterp.repl import ReplSession, run_lines
    parser = argparse.ArgumentParser(prog="wl repl")
    add_run_options(parser)
    out, err = io.StringIO(), io.StringIO()
    session = ReplSession(out, err, options=run_options(parser.parse_args([])))
    run_lines(["PROCEDURE Bad()", "t is array of int", "Trace(t[2])", "",
               'ThreadExecute("b", threadNormal, "Bad")', 'ThreadWait("b")'], session)
    run_lines(['"still here"'], session)
    assert out.getvalue().endswith("still here\n"), (out.getvalue(), err.getvalue())
    assert "error: in thread 'b': Index 2 is out of range" in err.getvalue(), err.getvalue()


def test_a_thread_error_ends_a_called_procedure_waiting_for_it(wl_cli, script):
    """`wl run x.wl --call P`: the procedure runs after the main code, as main code; a
    thread failing while it waits for the thread's signal ends the run (it hung: the
    error waited for the end of the run, which waited for the procedure)."""
    path = script("Trace(\"main code\")\n"
                  "\n"
                  "PROCEDURE P()\n"
                  'ThreadExecute("w", threadNormal, W)\n'
                  "ThreadWaitSignal()\n"
                  "RESULT 1\n"
                  "\n"
                  "PROCEDURE W()\n"
                  "t is array of int\n"
                  "Trace(t[2])\n"
                  "ThreadSendSignal(threadMain)\n", "called.wl")
    ran = wl_cli("run", "--call", "P", path)
    assert (ran.code, ran.out) == (1, "main code\n"), ran
    assert ran.err.startswith("called.wl:10:7: error: in thread 'w'"), ran


def _free_port(kind: int) -> int:
    import socket
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_thread_error_ends_a_main_code_blocked_on_a_socket(wl_cli, script):
    """The main code waits with no time limit for a message the failing thread was to
    send, for a client, for a datagram: each socket wait is cut in slices, so the thread's
    error reaches it (it hung: a blocked recv/accept never ran Python code again)."""
    import socket
    tcp, udp, idle = (_free_port(socket.SOCK_STREAM), _free_port(socket.SOCK_DGRAM),
                      _free_port(socket.SOCK_STREAM))
    waits = {"read": f'SocketConnect("cli", {tcp}, "127.0.0.1")\nTrace(SocketRead("cli"))\n',
             "accept": f'SocketCreate("idle", {idle})\nTrace(SocketWaitForConnection("idle"))\n',
             "udp": f'SocketCreateUDP("u", {udp})\nTrace(SocketRead("u"))\n'}
    for what, wait in waits.items():
        path = script(f'SocketCreate("srv", {tcp})\n'
                      'ThreadExecute("server", threadNormal, Serve)\n'
                      f'{wait}'
                      'Trace("never")\n'
                      "\n"
                      "PROCEDURE Serve()\n"
                      'ThreadPause(30)\n'
                      't is array of int\n'
                      "Trace(t[3])\n", f"{what}.wl")
        ran = wl_cli("run", path, timeout=30)
        assert (ran.code, ran.out) == (1, ""), (what, ran)
        assert ran.err.startswith(f"{what}.wl:10:7: error: in thread 'server': Index 3"), ran


def test_a_thread_error_ends_a_main_code_pausing(wl_cli, script):
    """ThreadPause, Multitask and Delay pause in slices: a main code pausing for ten
    minutes ends as soon as a thread fails (the error waited for the whole pause), EN and
    FR. The run's 120 s bound is what a pause not cut short would hit (TimeoutExpired):
    no wall-clock assertion of our own (one of 30 s flaked under load)."""
    for pause in ("ThreadPause(60000)", "Multitask(60000)", "Temporisation(60000)"):
        path = script('ThreadExecute("w", threadNormal, W)\n'
                      f"{pause}\n"
                      'Trace("never")\n'
                      "\n"
                      "PROCEDURE W()\n"
                      "ThreadPause(20)\n"
                      'ExceptionThrow(3, "gave up")\n', "pause.wl")
        ran = wl_cli("run", path, timeout=120)
        assert (ran.code, ran.out) == (1, ""), (pause, ran)
        assert ran.err.startswith("pause.wl:7:1: error: in thread 'w': gave up"), ran


def test_the_end_of_the_run_waits_for_the_threads_before_closing_what_they_use(wl_cli, script):
    """A socket a thread creates after the first ThreadExecute (its table's closing hook
    registered after the threads' one) stays open until the threads have ended: the end of
    the run waits for the threads first (the socket was closed under the thread, whose
    read then failed: 'Bad file descriptor', the run's error)."""
    path = script('ThreadExecute("w", threadNormal, W)\n'
                  'Trace("main done")\n'
                  "\n"
                  "PROCEDURE W()\n"
                  'SocketCreateUDP("u", 0)\n'
                  "ThreadPause(30)\n"
                  'Trace(SocketRead("u", True, 10), ErrorOccurred, ErrorInfo())\n'
                  'Trace(SocketExist("u"))\n', "order.wl")
    ran = wl_cli("run", path)
    assert (ran.code, ran.err) == (0, ""), ran
    assert ran.out.splitlines() == [
        "main done", ", 1, SocketRead: no message within 10 ms (the read's timeout).",
        "1"], ran
