// Reduce: the help page's examples (doc.windev.com ?1000024744, "Reduce (Function)"):
// a sum of 1..5 gives 15; counting the strings that contain "e" gives 3
arrValue is array of int = [1, 2, 3, 4, 5]
TheSum is int
TheSum = Reduce(arrValue, (Value, SumCalculationVariable) => { RESULT Value + SumCalculationVariable }, 0)
Trace(TheSum) // expect: 15
arr3 is array of strings = ["a", "one", "some", "our", "their"]
Cpt is int = Reduce(arr3, (Source, Total) => { RESULT Total + (Source [=] "e" ? 1 ELSE 0) }, 0)
Trace(Cpt) // expect: 3
Trace(Reduce(arrValue, AddUp, 100)) // expect: 115
Trace(Reduce(arrValue, "AddUp")) // expect: 15
e is array of int
Trace(Reduce(e, AddUp, 7)) // expect: 7

PROCEDURE AddUp(v, total)
RESULT v + total
