// `arr += x` (and -=, *=, /=) on an array stops the run with `wl check`'s WL113 words
// and hint, ArrayAdd (decided: no stored help page gives `+=` on arrays,
// docs/semantics.md "`+=` on an array"); it said "A value of type array cannot be used
// as a number". An element's `+=` is arithmetic as before.
arrQty is array of int = [1, 2]
arrQty[2] += 5
Trace(arrQty[2]) // expect: 7
ArrayAdd(arrQty, 3)
Trace(ArrayCount(arrQty)) // expect: 3
arrQty += 4 // expect error: 'arrQty' is an array: it cannot be an operand of '+='
