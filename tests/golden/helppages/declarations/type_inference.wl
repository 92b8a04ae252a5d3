// Type inference ?3087003: its examples as written (the multiple inference's procedure
// is ours, returning the page's values), its remark that the variable keeps its type,
// its dynamic case (`let MyVar = Param1` in a procedure whose parameter has no type:
// the type is the argument's), and its assignment by reference (`let x <- v`: the stored
// copy names the section without its example; the form is INFERRED, docs/semantics.md
// "let / soit").
let Amount = 1500.69 // real type
let City = "Montpellier" // string type
// Multiple inference
let (x, y) = (1, "A")
Trace(Amount, City, x, y) // expect: 1500.69, Montpellier, 1, A
// Multiple inference via a procedure returning multiple values
let (a, b) = MyProcedureWithMultipleReturns()
Trace(a, b) // expect: 2, B
// the variable keeps its type even if a value of another type is assigned to it
Amount = "12.5"
City = 42
Trace(Amount + 1, TypeVar(Amount) = wlReal, City + 1) // expect: 13.5, 1, 421
MyProc(5)
MyProc("five")
// expect: 6
// expect: five1
arrValues is array of int = [1, 2, 3]
let arrRef <- arrValues
arrRef[1] = 10
Trace(arrValues[1], arrRef[1]) // expect: 10, 10
PROCEDURE MyProc(Param1)
let MyVar = Param1
Trace(MyVar + 1)
PROCEDURE MyProcedureWithMultipleReturns()
RESULT (2, "B")
