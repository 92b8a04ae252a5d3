// InternetConnected (no help page, INFERRED: docs/builtins.md "Introspection without a
// help page"): a boolean, from the system's route, without sending anything (whether
// it is True depends on the machine: tests/stdlib/test_internet_state.py pins both)
b is boolean = InternetConnected()
Trace(TypeVar(InternetConnected()) = wlBoolean) // expect: 1
IF InternetConnected() = b THEN Trace("same answer") // expect: same answer
