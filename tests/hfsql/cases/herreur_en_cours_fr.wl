// HErreur(hErrEnCours) : l'erreur du dernier appel H*, comme HErreur() la donne (le code de
// PC SOFT l'écrit ainsi dans son client FTP pour WINDEV Mobile)
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.Email = "dupont@example.com"
Trace(HAjoute(Customer), HErreur(hErrEnCours))          // expect: 1, 0
HRAZ(Customer)
Customer.Name = "Durand"
Customer.Email = "DUPONT@example.com"
SI PAS HAjoute(Customer) ALORS
	SI HErreur(hErrEnCours) = hErrDoublon ALORS Trace("doublon")   // expect: doublon
	Trace(HErreur(HERRENCOURS) = HErreur(), herrencours = hErrCurrent)   // expect: 1, 1
FIN
