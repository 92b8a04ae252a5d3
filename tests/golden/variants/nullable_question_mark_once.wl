// `int ?` (the `?` apart) is the nullable int `int?` of "Allowing nullable types"
// ?1511031: blanks separate no words there (docs/semantics.md "The null operators").
nSpaced is int ?
Trace(nSpaced = Null) // expect: 1
nSpaced = 4
Trace(nSpaced ?? 9) // expect: 4
