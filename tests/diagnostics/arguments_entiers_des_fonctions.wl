// Un nombre littéral passé là où une fonction attend un entier (un nombre, une position) :
// l'exécution tronque un réel vers zéro, le contrôle dit que la partie décimale est perdue
// (WL206), et s'arrête sur un nombre hors de la plage des entiers, que le contrôle dit
// dans ses mots (WL110). Un paramètre entier d'une procédure aussi.
sNom est une chaîne = "Facture"
Trace(Gauche(sNom, 2.5)) // warning: WL206:20 Gauche expects an integer as parameter 2: 2.5 is read as 2, its decimal part is lost
Trace(Milieu(sNom, 1.9, 3)) // warning: WL206:20 Milieu expects an integer as parameter 2: 1.9 is read as 1, its decimal part is lost
Trace(DROITE(sNom, -2.5)) // warning: WL206:20 Droite expects an integer as parameter 2: -2.5 is read as -2, its decimal part is lost
Trace(Milieu(sNom, 2, 1e19)) // error: WL110:23 Milieu: parameter 3 is 1e+19, too large for an integer (a position, a count: at most 9,223,372,036,854,775,807).
Trace(Répète("-", 3.0))
Trace(Gauche(sNom, 3))
Payer(2.75) // warning: WL206:7 the parameter 'nMontant' of Payer is an integer: the decimal part of this value is lost
Payer(12)

PROCÉDURE Payer(nMontant est un entier)
Trace(nMontant)
