// Page d'aide "MesParamètres" (?1511018) : son tableau des deux propriétés des
// paramètres d'une procédure PROCÉDURE Proc(p1, po2 = "Y", po3 = "Z") ; le paramètre
// "*" (garder la valeur par défaut) compte comme un paramètre reçu.
Proc("A")                       // expect: 1, 3
Proc("A", "B")                  // expect: 2, 3
Proc("A", "B", "C")             // expect: 3, 3
Proc("A", *, "C")               // expect: 3, 3
Décale(5)                       // expect: 15

PROCÉDURE Proc(p1, po2 = "Y", po3 = "Z")
Trace(MesParamètres..NbReçu, MesParamètres..Occurrence)

PROCÉDURE Décale(n)
MesParamètres[1] += 10
Trace(n)
