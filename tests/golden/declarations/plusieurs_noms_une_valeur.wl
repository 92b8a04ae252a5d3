// Plusieurs variables déclarées et initialisées sur une ligne : seule la dernière prend
// la valeur, les autres ont la valeur par défaut de leur type. VERIFIED : les syntaxes
// des pages "Durée (Type de variable)" ?1514069 et "Caractère (Type de variable)"
// ?1000024442 (lues en anglais) le disent. Avant, toutes prenaient la valeur.
nPremier, nSecond sont des entiers = 5
Trace(nPremier, nSecond)
// expect: 0, 5
sA, sB, sC sont des chaînes = "x"
Trace("[" + sA + "]", "[" + sB + "]", sC)
// expect: [], [], x
c1, c2 sont des caractères = "Z"
Trace(c1 = Caract(0), c2)
// expect: 1, Z
Vérifie()

PROCÉDURE Vérifie()
bUn, bDeux sont des booléens = Vrai
Trace(bUn, bDeux)
// expect: 0, 1
