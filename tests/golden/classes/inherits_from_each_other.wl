// Two classes inheriting from each other (the second through `inherits from A`) are
// refused at the cycle; the second's line was a syntax error instead.
A is Class // expect error: the class A inherits from itself
    inherits from B
END
B is Class // wl: ignore[WL111] (the same cycle, seen from B: wl check names both)
    inherits from A
END
o is A
Trace("never runs") // (a statement: a script, never loaded beside another golden)
