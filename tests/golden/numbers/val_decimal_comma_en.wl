// Val reads a comma right after the leading digits as the decimal point, as a French
// user types a number: "0,15" was 0 and "1234,50" 1234, the decimals silently lost.
// INFERRED (Val's help page is not among the stored pages): docs/builtins.md "Val".
Trace(Val("0,15")) // expect: 0.15
Trace(Val("1234,50")) // expect: 1234.5
Trace(Val("-3,5 kg")) // expect: -3.5
Trace(Val(" +2,25")) // expect: 2.25
Trace(Val(",5")) // expect: 0.5
Trace(Val("12,")) // expect: 12
Trace(Val("abc,5")) // expect: 0
// one decimal separator: the number stops at the second one
Trace(Val("1.5,3")) // expect: 1.5
Trace(Val("1,234,567")) // expect: 1.234
Trace(Val("12,5", "d")) // expect: 12.5
Trace(Val("0,1") + Val("0,2")) // expect: 0.3
// a base other than decimal has no decimals: the comma ends the digits
Trace(Val("1F,8", "x")) // expect: 31
// a second argument that is no base is an error in words, not a silent 0
Trace(Val("0,15", "q")) // expect error: Val: unknown format 'q'
