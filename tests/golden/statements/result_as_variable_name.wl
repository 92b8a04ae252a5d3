// `Result` (RESULT's word) names a variable where the keyword cannot stand: assigned,
// declared or read inside an expression; at a statement's start with a value after it,
// it is still the keyword (docs/semantics.md, decided)
Result is string = "a"
Result += "b"
Trace(Result) // expect: ab
Trace(Length(Result) + 1) // expect: 3
Trace(Twice(4)) // expect: 8
Trace(Label()) // expect: ok

PROCEDURE Twice(n)
RESULT n * 2

PROCEDURE Label()
Result is string = "ok"
IF Result <> "" THEN RESULT Result
RESULT "none"
