// `v is variant <- value` declares and assigns; the lines after it run (they were
// swallowed up to the next `>`), whatever the case, the value Null included
v IS A VARIANT <- 1
Trace(v, TypeVar(v) = wlInt) // expect: 1, 1
w is Variant <- "x"
Trace(w) // expect: x
nothing is variant <- Null
Trace(nothing = Null) // expect: 1
n is int = 2
IF n > 1 THEN Trace("runs") // expect: runs
w <- 3
Trace(w + v) // expect: 4
