"""Resource limits of a run are flags with sane defaults (issue 12, docs/security.md)."""
from __future__ import annotations

import pytest

DEEP = """n is int = 0
WHEN EXCEPTION IN
    Down()
DO
    Trace("caught: " + ExceptionInfo())
END
Trace(n)
PROCEDURE Down()
    n++
    Down()
"""


def test_max_depth_bounds_recursion_with_a_catchable_error(wl_cli, script):
    ran = wl_cli("run", "--max-depth", "300", script(DEEP))
    assert ran.code == 0, ran
    caught, depth = ran.out.splitlines()
    assert caught == "caught: Stack overflow: too many nested procedure calls."
    assert 50 < int(depth) < 300


def test_the_default_depth_allows_deep_but_bounded_recursion(wl_cli, script):
    ran = wl_cli("run", script(DEEP))
    assert ran.code == 0 and ran.out.startswith("caught: Stack overflow"), ran
    assert 1000 < int(ran.out.splitlines()[1]) < 6000


@pytest.mark.parametrize("value", ["5", "1000000", "x", "-3"])
def test_bad_depths_are_usage_errors(wl_cli, script, value):
    ran = wl_cli("run", "--max-depth", value, script('Trace("x")'))
    assert ran.code == 2 and "--max-depth" in ran.err and ran.out == "", ran


def _chain(count: int, french: bool) -> str:
    """`count` distinct procedures, each called once, each calling the next: every call
    is a first call (through its stub, compiler/lazy.py)."""
    words = (("n est un entier = 0\nQUAND EXCEPTION DANS\n    P1()\nFAIRE\n"
              "    Trace(\"interceptée : \" + ExceptionInfo())\nFIN\nTrace(n)\n", "PROCÉDURE")
             if french else
             ("n is int = 0\nWHEN EXCEPTION IN\n    P1()\nDO\n"
              "    Trace(\"caught: \" + ExceptionInfo())\nEND\nTrace(n)\n", "PROCEDURE"))
    head, keyword = words
    return head + "".join(f"{keyword} P{i}()\n    n++\n    P{i + 1}()\n"
                          for i in range(1, count + 1))


@pytest.mark.parametrize("french", [False, True])
def test_a_chain_of_distinct_procedures_goes_as_deep_as_a_recursion(wl_cli, script, french):
    """--max-depth counts WLanguage calls: a chain of procedures each called for the
    first time (a stub's frame under each) stopped at half the depth a recursion
    reached (a chain of 3,000 overflowed under the default 6000)."""
    recursion = wl_cli("run", "--max-depth", "1000", script(DEEP))
    chain = wl_cli("run", "--max-depth", "1000", script(_chain(1200, french), "chain.wl"))
    assert chain.code == 0, chain
    caught, depth = chain.out.splitlines()
    assert caught.endswith("Stack overflow: too many nested procedure calls."), chain
    # (within 10: the generation at the chain's end takes a few frames of its own)
    assert abs(int(depth) - int(recursion.out.splitlines()[1])) <= 10, (chain, recursion)


def _in_thread(french: bool, nested: int) -> str:
    """DEEP's recursion run in a thread started `nested` calls deep in the main code."""
    if french:
        return ("n est un entier = 0\nk est un entier = 0\nR()\n"
                "PROCÉDURE R()\nk++\nSI k < " + str(nested) + " ALORS\n    R()\n    RETOUR\nFIN\n"
                "ThreadExécute(\"t\", threadNormal, Départ)\nThreadAttend(\"t\")\n"
                "PROCÉDURE Départ()\nQUAND EXCEPTION DANS\n    Descend()\nFAIRE\n"
                "    Trace(\"interceptée : \" + ExceptionInfo())\nFIN\nTrace(n)\n"
                "PROCÉDURE Descend()\n    n++\n    Descend()\n")
    return ("n is int = 0\nk is int = 0\nR()\n"
            "PROCEDURE R()\nk++\nIF k < " + str(nested) + " THEN\n    R()\n    RETURN\nEND\n"
            "ThreadExecute(\"t\", threadNormal, Start)\nThreadWait(\"t\")\n"
            "PROCEDURE Start()\nWHEN EXCEPTION IN\n    Down()\nDO\n"
            "    Trace(\"caught: \" + ExceptionInfo())\nEND\nTrace(n)\n"
            "PROCEDURE Down()\n    n++\n    Down()\n")


@pytest.mark.parametrize("french", [False, True])
def test_a_thread_counts_its_depth_from_its_own_start(wl_cli, script, french):
    """--max-depth in a thread counts the thread's calls from its start (each thread has
    its own stack), wherever ThreadExecute was called: 500 calls deep in the main code,
    the thread still recurses as deep as the main code does (docs/security.md)."""
    recursion = wl_cli("run", "--max-depth", "1000", script(DEEP))
    threaded = wl_cli("run", "--max-depth", "1000", script(_in_thread(french, 500)))
    assert threaded.code == 0, threaded
    caught, depth = threaded.out.splitlines()
    assert caught.endswith("Stack overflow: too many nested procedure calls."), threaded
    assert abs(int(depth) - int(recursion.out.splitlines()[1])) <= 10, (threaded, recursion)


def _workers(count: int) -> str:
    """`count` threads, each in the first call of a procedure of its own (a stub's frame
    under it) until told to stop, while the main code recurses as DEEP does."""
    starts = "".join(f'ThreadExecute("w{i}", threadNormal, W{i})\n' for i in range(count))
    workers = "".join(f"PROCEDURE W{i}()\n    gtReady[{i + 1}] = 1\n    WHILE NOT gbStop\n"
                      f"        ThreadPause(1)\n    END\n" for i in range(count))
    return (f"n is int = 0\ngbStop is boolean = False\ngtReady is array of {count} int\n"
            f"{starts}nReady is int = 0\nnWaits is int = 0\n"
            f"WHILE nReady < {count} AND nWaits < 3000\n    nWaits++\n    ThreadPause(1)\n"
            f"    nReady = 0\n    FOR EACH x OF gtReady\n        nReady += x\n    END\nEND\n"
            "Trace(nReady)\nWHEN EXCEPTION IN\n    Down()\nDO\n"
            "    Trace(\"caught: \" + ExceptionInfo())\nEND\nTrace(n)\ngbStop = True\n"
            "PROCEDURE Down()\n    n++\n    Down()\n" + workers)


def test_threads_in_their_first_call_do_not_deepen_the_others(wl_cli, script):
    """A stub's first call allows its thread one more frame (Python's limit is one for
    the process): 30 threads in the first call of their worker procedure let the main
    code recurse 28 calls deeper than --max-depth, and the limit could be left moved by
    two threads interleaving. Now allowances are per thread (compiler/stub_depth.py)."""
    recursion = wl_cli("run", "--max-depth", "1000", script(DEEP))
    ran = wl_cli("run", "--max-depth", "1000", script(_workers(30)), timeout=120)
    assert ran.code == 0, ran
    ready, caught, depth = ran.out.splitlines()
    assert ready == "30" and caught.endswith("too many nested procedure calls."), ran
    assert abs(int(depth) - int(recursion.out.splitlines()[1])) <= 5, (ran, recursion)
