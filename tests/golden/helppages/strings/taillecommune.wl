// Page d'aide "TailleCommune (Fonction)" (doc.pcsoft.fr ?3024045) : son exemple, tel
// qu'il est écrit, avec une Trace de chaque résultat annoncé.
// Comparaison en partant du début
Trace(TailleCommune("ABCDE", "ABXYZ"))            // renvoie 2
// expect: 2
// Comparaison en partant de la fin
Trace(TailleCommune("VWXYZ", "ABXYZ", DepuisFin)) // renvoie 3
// expect: 3
// Comparaison caractère par caractère
Trace(TailleCommune("New York", "New Yorker"))  // renvoie 8
// expect: 8
// Comparaison par mot entier
Trace(TailleCommune("New York", "New York City", MotComplet))  // renvoie 8
// expect: 8
// Comparaison avec prise en compte de la casse
Trace(TailleCommune("ABCDE", "ABCdE"))            // renvoie 3
// expect: 3
// Comparaison sans prise en compte de la casse
Trace(TailleCommune("ABCDE", "ABCdE", SansCasse)) // renvoie 5
// expect: 5
