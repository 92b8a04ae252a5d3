// no syntax takes three arguments: the call fails when it runs (WL104 in wl check)
Trace("before")  // expect: before
Show(1, 2, 3)  // expect error: no syntax of Show takes 3 parameter(s); its syntaxes: Show(s is string), Show(n is int)

PROCEDURE Show(s is string)
Trace(s)

PROCEDURE Show(n is int)
Trace(n)
