// let infers a variable's type from its value (?3087003): the page's own examples (a
// real, a string, a multiple inference), then what TypeVar answers for each literal: an
// integer is an int (wlInt), an integer past 4 bytes an 8-byte int (wlInt_8), a real a
// real, a string a string, a boolean a boolean (INFERRED for the literals:
// docs/semantics.md "let / soit").
let Amount = 1500.69 // real type
let City = "Montpellier" // string type
let (x, y) = (1, "A")
Trace(Amount, City, x, y) // expect: 1500.69, Montpellier, 1, A
Trace(TypeVar(Amount) = wlReal, TypeVar(City) = wlString) // expect: 1, 1
let n = 5
let m = -7
let big = 5000000000
let ok = True
Trace(TypeVar(n) = wlInt, n..Type = wlInt, TypeVar(m) = wlInt) // expect: 1, 1, 1
Trace(TypeVar(big) = wlInt_8, TypeVar(ok) = wlBoolean) // expect: 1, 1
n = 3.9
Trace(n, TypeVar(n) = wlInt) // expect: 3, 1
