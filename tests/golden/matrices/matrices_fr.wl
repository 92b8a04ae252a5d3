// Les matrices en français
MatCrée("A")
MatEcrit("A", 1, 1, 1)
MatEcrit("A", 2, 1, 2)
MatÉcrit("A", 3, 2, 1)
MatEcrit("A", 4, 2, 2)
Trace(MatNbLigne("A"), MatNbColonne("A"), MatLit("A", 2, 1), MatDéterminant("A"))   // expect: 2, 2, 3, -2
Trace(MatLitLigne("A", 2, " "), MatLitColonne("A", 1, " "))   // expect: 3 4, 1 3
MatInverse("A", "Inv")
MatMultiplie("A", "Inv", "I")
Trace(MatLitLigne("I", 1, " "), MatLitLigne("I", 2, " "))   // expect: 1 0, 0 1
MatCopie("A", "B")
MatAdditionne("A", "B")
Trace(MatLitLigne("A", 1, " "))   // expect: 2 4
MatRéelMultiplie("A", 2)
MatReelAdditionne("A", 1)
Trace(MatLitLigne("A", 2, " "))   // expect: 13 17
MatTranspose("B", "T")
Trace(MatLitLigne("T", 1, " "))   // expect: 1 3
MatRemplit("B", 0)
Trace(MatLitLigne("B", 1, " "), MatExiste("B"))   // expect: 0 0, 1
MatSupprime("B")
Trace(MatExiste("B"), MatLit("B", 1, 1), MatErreur())   // expect: 0, 0, 1
