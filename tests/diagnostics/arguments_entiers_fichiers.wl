// Une fonction de fichier reçoit un réel littéral là où l'aide attend un entier (une
// taille ou une constante) : l'exécution le tronque vers zéro, le contrôle
// dit que la partie décimale est perdue (WL206).
sFichier est une chaîne = fRepTemp() + "/facture_taille.txt"
fSauveTexte(sFichier, "0123456789")
Trace(fChangeTaille(sFichier, 4.5)) // warning: WL206:31 fChangeTaille expects an integer as parameter 2: 4.5 is read as 4, its decimal part is lost
Trace(fTaille(sFichier))
// et les positions et comptes d'un fichier ouvert (fPositionne, fLit, fBloque, fCherche)
nFic est un entier = fOuvre(sFichier, foLectureEcriture)
Trace(fPositionne(nFic, 2.9)) // warning: WL206:25 fPositionne expects an integer as parameter 2: 2.9 is read as 2, its decimal part is lost
Trace(fLit(nFic, 1.5)) // warning: WL206:18 fLit expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
Trace(fBloque(nFic, 0, 1.5)) // warning: WL206:24 fBloque expects an integer as parameter 3: 1.5 is read as 1, its decimal part is lost
Trace(fDébloque(nFic, 0, 1.5)) // warning: WL206:26 fDébloque expects an integer as parameter 3: 1.5 is read as 1, its decimal part is lost
Trace(fCherche(nFic, "3", Vrai, 0, 0.5)) // warning: WL206:36 fCherche expects an integer as parameter 5: 0.5 is read as 0, its decimal part is lost
fFerme(nFic)
fSupprime(sFichier)
