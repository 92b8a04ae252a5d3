// Une fonction de hasard sûr ou de lecture d'un buffer reçoit un réel littéral là où
// l'aide attend un entier (une borne, une taille, une position) : l'exécution le tronque
// vers zéro, le contrôle dit que la partie décimale est perdue (WL206).
Trace(HasardCryptoEntier(1, 1.5)) // warning: WL206:29 HasardCryptoEntier expects an integer as parameter 2: 1.5 is read as 1, its decimal part is lost
Trace(Taille(GénèreMotDePasse(8.7))) // warning: WL206:31 GénèreMotDePasse expects an integer as parameter 1: 8.7 is read as 8, its decimal part is lost
Trace(Taille(HasardCryptoBuffer(4)))
