// Matrices named by a string (docs/builtins.md "Matrices"): MatWrite(name, value, row,
// column) grows the matrix; results go to a third matrix or replace the first; errors
// return False or 0 and MatError tells.
MatCreate("A")
MatWrite("A", 1, 1, 1)
MatWrite("A", 2, 1, 2)
MatWrite("A", 3, 2, 1)
MatWrite("A", 4, 2, 2)
Trace(MatNbLine("A"), MatNbColumn("A"), MatRead("A", 2, 1), MatDeterminant("A"))   // expect: 2, 2, 3, -2
Trace(MatReadLine("A", 1, " "), MatReadColumn("A", 2, ";"))   // expect: 1 2, 2;4
Trace(Length(MatReadLine("A", 1)), Position(MatReadLine("A", 1), TAB))   // expect: 3, 2
MatInverse("A", "Inv")
Trace(MatReadLine("Inv", 1, " "), MatReadLine("Inv", 2, " "))   // expect: -2 1, 1.5 -0.5
MatMultiply("A", "Inv", "I")
Trace(MatReadLine("I", 1, " "), MatReadLine("I", 2, " "))   // expect: 1 0, 0 1
MatTranspose("A", "T")
Trace(MatReadLine("T", 1, " "), MatReadLine("T", 2, " "))   // expect: 1 3, 2 4
MatCopy("A", "B")
MatAdd("A", "B", "S")
Trace(MatReadLine("S", 2, " "))   // expect: 6 8
MatRealMultiply("S", 0.5)
Trace(MatReadLine("S", 2, " "))   // expect: 3 4
MatRealAdd("S", 1.5, "S2")
Trace(MatReadLine("S2", 1, " "))   // expect: 2.5 3.5
Trace(MatExist("S2"), MatExist("nothing"))   // expect: 1, 0
MatDelete("S2")
Trace(MatExist("s2"))   // expect: 0
// a 3x3 determinant, exact with decimals
MatCreate("M", 3, 3)
MatWrite("M", 2, 1, 1); MatWrite("M", 0, 1, 2); MatWrite("M", 1, 1, 3)
MatWrite("M", 1, 2, 1); MatWrite("M", 3, 2, 2); MatWrite("M", 2, 2, 3)
MatWrite("M", 1, 3, 1); MatWrite("M", 1, 3, 2); MatWrite("M", 2, 3, 3)
Trace(MatDeterminant("M"))   // expect: 6
MatCreate("D")
MatWrite("D", 0.1, 1, 1); MatWrite("D", 0.2, 1, 2); MatWrite("D", 0.3, 2, 1); MatWrite("D", 0.4, 2, 2)
Trace(MatDeterminant("D"))   // expect: -0.02
// fill, sizes
MatCreate("Z", 2, 3)
MatFill("Z", 7)
Trace(MatReadLine("Z", 2, ","), MatNbColumn("Z"))   // expect: 7,7,7, 3
MatFill("Z", 1, 1, 2)
Trace(MatNbLine("Z"), MatReadLine("Z", 1, ","))   // expect: 1, 1,1
// errors: False or 0, ErrorOccurred, MatError's number
Trace(MatError())   // expect: 0
Trace(MatRead("A", 3, 1), MatError(), ErrorOccurred)   // expect: 0, 2, 1
Trace(MatRead("nothing", 1, 1), MatError())   // expect: 0, 1
MatCreate("R", 2, 3)
Trace(MatDeterminant("R"), MatError())   // expect: 0, 4
Trace(MatMultiply("R", "A"), MatError())   // expect: 0, 3
Trace(MatAdd("A", "R"), MatError())   // expect: 0, 3
MatFill("R", 2, 2, 2)
Trace(MatInverse("R"), MatError())   // expect: 0, 5
Trace(MatMultiply("A", "M"), MatError())   // expect: 0, 3
// the financial functions read a matrix's column (help 3050053)
MatCreate("Flows")
MatWrite("Flows", -1000, 1, 1); MatWrite("Flows", 300, 2, 1); MatWrite("Flows", 400, 3, 1); MatWrite("Flows", 500, 4, 1)
Trace(Round(FinNetCurrentVal(8, "Flows"), 2))   // expect: 17.63
MatTranspose("Flows", "Row")
Trace(Round(FinNetCurrentVal(8, "Row", 1, False), 2), FinNetCurrentVal(8, "Row", 2, False), FinError())   // expect: 17.63, 0, 1
