"""More kinds of hostile input for the `wl` commands (issue 8, area F, 2026-12-03):
expressions nested deep in mixed ways, huge literals, WINDEV text files (.wdg) whose code
holds an unterminated string, comment or multi-line string, and hostile `wl test` files.

Each strategy gives (file name, bytes); the property is wl_mutations.commands_on's (a
WLanguage outcome whatever the input). `run_fuzz.py --only kinds` runs them with fresh
draws at full size (inputs of megabytes, 3,000 test cases: minutes); CI runs them at the
small sizes of `SMALL` with fixed draws (test_hostile_kinds.py). Each defect they found
has its own regression test in test_fuzz_regressions.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from windev_text import class_file, procedure_set  # noqa: E402

# A deep expression: (prefix repeated, innermost, suffix repeated), mixing what nests.
_MIXED = {
    "calls and subscripts": ("Abs(t[", "1", "])"),
    "members and calls": ("o.m(", "1", ").n"),
    "unary chains": ("-NOT +", "1", ""),
    "interpolation": ('"[%', "1", '%]"'),
    "indirection": ("{", '"x"', "}"),
    "lambdas": ("(x) => ", "x", ""),
    "ternaries": ("1 ? ", "2", " ELSE 3"),
    "comparisons": ("(1 < ", "2", ")"),
    "ranges": ("s[[", "1", " TO]]"),
    "concatenated parentheses": ('("a" + ', '"b"', ")"),
}


def _deep(kind: str, depth: int) -> str:
    prefix, inner, suffix = _MIXED[kind]
    return f"x = {prefix * depth}{inner}{suffix * depth}\nTrace(x)\n"


def nested_expressions(depths: tuple[int, ...] = (100, 1000, 5000, 20_000)
                       ) -> st.SearchStrategy[tuple[str, bytes]]:
    return st.tuples(st.sampled_from(sorted(_MIXED)), st.sampled_from(depths)).map(
        lambda t: ("test_deep.wl", _deep(*t).encode()))


_HUGE = {
    "string": lambda n: f's is string = "{"x" * n}"\nTrace(Length(s))\n',
    "multi-line string": lambda n: "s is string = [\n" + "line\n" * (n // 5) + "]\nTrace(1)\n",
    "array literal": lambda n: "t is array of int = [" + ",".join(["1"] * (n // 2)) + "]\n",
    "many statements on a line": lambda n: "x = 1;" * (n // 6) + "\nTrace(x)\n",
    "many arguments": lambda n: "Trace(" + ",".join(["1"] * (n // 2)) + ")\n",
    "date": lambda n: f'd is Date = "{"9" * (n // 1000 + 8)}"\nTrace(d)\n',
    "digit groups": lambda n: "n is int = 1" + " 000" * (n // 4) + "\nTrace(n)\n",
}


def huge_literals(sizes: tuple[int, ...] = (10_000, 200_000, 2_000_000)
                  ) -> st.SearchStrategy[tuple[str, bytes]]:
    return st.tuples(st.sampled_from(sorted(_HUGE)), st.sampled_from(sizes)).map(
        lambda t: ("test_huge.wl", _HUGE[t[0]](t[1]).encode()))


_OPEN_CODE = [
    'Trace("never closed', "/* never closed\nTrace(1)", 's is string = [\nno end',
    's is string = "\nno end', "Trace(", "IF 1 THEN\nTrace(1)", 'x = "a" + ...',
    "PROCEDURE Inner(", "|1+", "code : |1-", "  -\n   name : X", "\x00", "\ufeff",
    "END\nEND", "x is Class", "<IF TargetConfiguration=x>", "[%", '"[%1', "CONSTANT\nA =",
]


def wdg_texts() -> st.SearchStrategy[tuple[str, bytes]]:
    """A procedure set or a class whose declarations or one element hold unfinished code
    (the element's text block ends while a string, comment or bracket is open)."""
    def build(code: str, where: str, kind: str) -> tuple[str, bytes]:
        body = f"Trace(1)\n{code}" if where == "after" else f"{code}\nTrace(1)"
        if kind == "wdc":
            text = class_file("CBad", "CBad is Class\nm is int\nEND" if where != "declaration"
                              else body, {"M": body if where != "declaration" else "RESULT 1"})
            return "CBad.wdc", text.encode("utf-8", "surrogatepass")
        procs = {"P": body, "Q": "RESULT P()"} if where != "declaration" else {"Q": "RESULT 1"}
        text = procedure_set("Set", body if where == "declaration" else "", procs)
        return "test_set.wdg", text.encode("utf-8", "surrogatepass")
    return st.tuples(st.sampled_from(_OPEN_CODE),
                     st.sampled_from(["declaration", "before", "after"]),
                     st.sampled_from(["wdg", "wdc"])).map(lambda t: build(*t))


def _test_files(cases: int, message: int, name: int) -> list[str]:
    return [
        # a test that recurses for ever, one that loops (cut by --timeout), one that ends
        # the program, one that throws, and one that passes: each gets its own outcome
        "PROCEDURE test_deep()\ntest_deep()\n",
        "PROCEDURE test_loop()\nLOOP\nEND\n",
        "PROCEDURE test_end()\nEndProgram(3)\n",
        'PROCEDURE test_throw()\nExceptionThrow(1, "boom")\n',
        "PROCEDURE test_ok()\ndbgCheckEqual(1, 1)\n",
        # thousands of cases, a huge assertion message, a case named at length
        "".join(f"PROCEDURE test_{n}()\ndbgCheckEqual({n}, {n})\n" for n in range(cases)),
        f'PROCEDURE test_big()\ndbgCheckEqual(RepeatString("x", {message}), "y")\n',
        f"PROCEDURE test_{'n' * name}()\ndbgCheckEqual(1, 2)\n",
        # an `// expect` the file cannot meet, a case with parameters, a test set's
        # procedure that never ends its own block
        'Trace("a") // expect: b\n',
        "PROCEDURE test_args(a, b)\ndbgCheckEqual(a, b)\n",
        "PROCEDURE test_open()\nIF 1 THEN\n",
        "PROCEDURE test_()\n",
        "PROCEDURE TEST_UPPER()\ndbgAssert(False)\nPROCEDURE test_lower()\ndbgAssert(True)\n",
    ]


def hostile_tests(cases: int = 3000, message: int = 1_000_000, name: int = 100_000
                  ) -> st.SearchStrategy[tuple[str, bytes]]:
    """`wl test` files that misbehave: a case recursing or looping for ever, ending the
    program, thousands of cases, huge messages and names."""
    return st.lists(st.sampled_from(_test_files(cases, message, name)), min_size=1,
                    max_size=3).map(lambda parts: ("test_cases.wl", "".join(parts).encode()))
