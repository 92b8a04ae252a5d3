// une date plus des jours, ..Année/..Mois/..Jour, heure ..Heure/..Minute
dLivraison est une date = "20241230"
dLivraison = dLivraison + 5
Trace(dLivraison, dLivraison..Année, dLivraison..Mois) // expect: 20250104, 2025, 1
hRdv est une heure = "09304500"
Trace(hRdv..Heure, hRdv..Minute) // expect: 9, 30
hRdv..Minute = 5
Trace(hRdv) // expect: 09054500
Trace(DateDuJour() + 1 > DateDuJour()) // expect: 1
