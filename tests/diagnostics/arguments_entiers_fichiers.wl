// Une fonction de fichier reçoit un réel littéral là où l'aide attend un entier (une
// taille ou une constante) : l'exécution le tronque vers zéro, le contrôle
// dit que la partie décimale est perdue (WL206).
sFichier est une chaîne = fRepTemp() + "/facture_taille.txt"
fSauveTexte(sFichier, "0123456789")
Trace(fChangeTaille(sFichier, 4.5)) // warning: WL206:31 fChangeTaille expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
Trace(fTaille(sFichier))
fSupprime(sFichier)
