// An array declared with a negative dimension is refused where it is declared, as
// `new array of n int` with n negative is at run time: `array of -5 int` was an
// "unknown type" warning and the variable a variant, the program running on with it.
// Decided (INFERRED: WINDEV's compiler refuses a type it cannot read).
t is array of -5 int // expect error: an array's dimension must be a whole number, 0 or more, not -5
Trace(ArrayCount(t))
