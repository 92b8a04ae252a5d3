// HSécurité ?3044135, son exemple tel quel, et ce que dit sa syntaxe : le résultat est
// l'ancien niveau de sécurité ; « 0 ou Faux (par défaut) » (il valait 1 avant tout
// appel) ; sans fichier, tous les fichiers de données de l'analyse.
Trace(HSécurité(Faux)) // Désactive le mécanisme de protection   // expect: 0
Trace(HSécurité(Vrai)) // Active le mécanisme de protection      // expect: 0
Trace(HSécurité(Customer, 2))                                     // expect: 1
Trace(HSécurité(Customer, 0))                                     // expect: 2
Trace(HSécurité(Orders, 1))                                       // expect: 1
