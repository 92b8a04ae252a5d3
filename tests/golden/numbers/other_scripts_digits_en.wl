// Only 0-9 are digits (decided, docs/semantics.md "Digits of other scripts"): a string
// of Arabic-Indic digits is no number, as Val reads it; it was read as 12
s is string = "١٢"
n is int = s
Trace(n, Val(s), Val("12"), Val("7 apples"))   // expect: 0, 0, 12, 7
Trace("٣" = 3, "3" = 3)                        // expect: 0, 1
x is real = "٣.٥"
Trace(x, Val("3.5"))                           // expect: 0, 3.5
