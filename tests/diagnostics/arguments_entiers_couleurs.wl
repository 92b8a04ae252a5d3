// Une fonction de couleur reçoit un réel littéral là où l'aide attend un entier (une
// composante, une couleur) : l'exécution le tronque vers zéro, le contrôle dit que la
// partie décimale est perdue (WL206).
Trace(RVB(255, 127.5, 0)) // warning: WL206:16 RVB expects an integer as parameter 2: 127.5 is read as 127, its decimal part is lost
Trace(RVBRouge(255.9)) // warning: WL206:16 RVBRouge expects an integer as parameter 1: 255.9 is read as 255, its decimal part is lost
Trace(RVBVersHTML(RVB(255, 128, 0)))
