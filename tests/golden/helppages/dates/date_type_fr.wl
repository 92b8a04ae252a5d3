// Page d'aide "Date (Type de variable)" (doc.pcsoft.fr ?1514066) : son exemple tel qu'il
// est écrit ; la page annonce 31/12/2001 pour DateFin (tracée avec DateVersChaîne) et ne
// dit pas ce que devient l'entier 1205 (pas de trace).
DateDébut est une Date = 1205
DateFin est une Date = "20011231"     // 31/12/2001
DateJour est une Date = DateSys()
Trace(DateVersChaîne(DateFin))          // expect: 31/12/2001
Trace(DateFin)                          // expect: 20011231
Trace(DateJour = DateSys())             // expect: 1
Trace(DateFin.Jour, DateFin.Mois, DateFin.Année) // expect: 31, 12, 2001
