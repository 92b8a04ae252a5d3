// IF c a ; b without THEN (WINDEV 2025) reads as IF c THEN a ; b: every action after the
// condition (and after ELSE) belongs to its branch; the line's end closes the IF
// (docs/semantics.md, "One-line IF with ';'")
Check(0)
Check(3)
PROCEDURE Check(n is int)
IF n > 2 Trace("a") ; Trace("b") ELSE Trace("c") ; Trace("d")
IF n > 2 Trace("e") ; Trace("f")
if n > 2 trace("g") else trace("h") ; trace("i")
IF n > 2 Trace("j") ; Trace("k") ELSE Trace("l")
IF n = 0 Trace("zero") ; RETURN
Trace("end " + n)
// expect: c
// expect: d
// expect: h
// expect: i
// expect: l
// expect: zero
// expect: a
// expect: b
// expect: e
// expect: f
// expect: g
// expect: j
// expect: k
// expect: end 3
