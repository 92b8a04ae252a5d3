// Page d'aide "DateHeure (Type de variable)" (doc.pcsoft.fr) : une DateHeure affectée
// par sa chaîne "AAAAMMJJHHMMSSCCC" donne ses parties.
dh est une DateHeure = "20240229235900"
Trace(dh..Date) // expect: 20240229
Trace(dh..Année, dh..Mois, dh..Jour, dh..Minute) // expect: 2024, 2, 29, 59
dh..Minute += 2
Trace(dh..Date, dh..Heure, dh..Minute) // expect: 20240301, 0, 1
Trace(DateHeureVersChaîne(dh, "JJ/MM/AAAA HH:MM")) // expect: 01/03/2024 00:01
