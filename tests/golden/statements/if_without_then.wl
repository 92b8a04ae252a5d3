// one-line IF without THEN (WINDEV 2025)
n is int = 3
IF n > 2 Trace("big") // expect: big
IF n > 5 Trace("huge") ELSE Trace("not huge") // expect: not huge
