// Page d'aide « Autres opérateurs » ?1512004 (doc.pcsoft.fr), avec les noms français :
// parenthèses, crochets, virgule et point-virgule.
I, J sont des entiers; MaChaîne est une chaîne
I = 2; J = 3; MaChaîne = "x"
Trace(I + J, MaChaîne)
// expect: 5, x
MonExemple1, MonExemple2 sont des chaînes
MonExemple1 = "a"; MonExemple2 = "b"
Trace(MonExemple1 + MonExemple2)
// expect: ab
MonTableau est un tableau de 5 chaînes
MonTableau[1] = "Dupont"
Trace(MonTableau[1], MonTableau.Occurrence)
// expect: Dupont, 5
A1, B1 sont des entiers
A1 = 3; B1 = 1
SI (A1-B1)*5 ALORS Trace("(A1-B1)*5 n'est pas nul")
// expect: (A1-B1)*5 n'est pas nul
