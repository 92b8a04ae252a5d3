// Une matrice créée ou agrandie au-delà de la limite des tableaux (--max-array,
// 50 000 000 éléments par défaut : MatCrée("m", 3, 9999999999), MatEcrit loin après sa
// fin) donne « Array too large », une exception WLangage, comme un tableau ; elle
// allouait les éléments et l'exécution restait bloquée jusqu'à épuiser la mémoire.
MatCrée("m", 2, 2)
QUAND EXCEPTION DANS
	MatCrée("m", 3, 9999999999)
FAIRE
	Trace(ExceptionInfo()) // expect: MatCrée: Array too large: 29,999,999,997 elements (at most 50,000,000; see --max-array).
FIN
MatEcrit("m", 5, 3, 3)
Trace(MatLit("m", 3, 3), MatNbLigne("m")) // expect: 5, 3
MatRemplit("m", 1, 100000, 100000) // expect error: MatRemplit: Array too large: 10,000,000,000 elements
