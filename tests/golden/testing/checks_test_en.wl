// The Test* checks of automated tests (no stored page: docs/testing.md, "The Test*
// functions", INFERRED). Outside `wl test` a failed check warns on stderr and the code
// goes on; each check answers whether it held; TestOnError's procedure hears failures.
TestOnError(Heard)
Trace(TestCheck(1 + 1 = 2), TestCheckEqual(2 + 2, 4), TestCheckDifferent("a", "b"))   // expect: 1, 1, 1
Trace(TestCheckTrue(True), TestCheckFalse(False), TestCheckNull(Null), TestCheckNotNull(0))   // expect: 1, 1, 1, 1
arr is array of int = [1, 2, 3]
Trace(TestCheckEqual(arr, [1, 2, 3]))   // expect: 1
// expect: heard: 2 + 2 is not 5
Trace(TestCheckEqual(2 + 2, 5, "%1 is not %2", "2 + 2", 5))   // expect: 0
// expect: heard: TestCheck failed: expected True, got 0
Trace(TestCheck(False))   // expect: 0
// expect: heard: stopped at 3
TestError("stopped at %1", 3)
Trace(TestAddIteration(1, 1), TestAddIteration(2, 4))   // expect: 1, 2
TestOnError("")
Trace(TestCheckNull(1))   // expect: 0

PROCEDURE Heard(message)
Trace("heard: " + message)
