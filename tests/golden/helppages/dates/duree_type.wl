// Page d'aide "Durée (Type de variable)" : https://doc.pcsoft.fr/?1514069
// Une Durée reçoit la différence de deux heures, une durée lisible ou un entier
// (en millisecondes).
HeureDébut est une Heure = "1330"
HeureFin est une Heure = "1730"
DuréeConférence est une Durée = HeureFin - HeureDébut
Trace(DuréeConférence..EnMinutes) // expect: 240
DuréeTâche est une Durée = 3 min 30 s
Trace(DuréeTâche..EnSecondes) // expect: 210
DepuisEntier est une Durée = 7200000
Trace(DepuisEntier..EnHeures) // expect: 2
SI DepuisEntier > DuréeTâche ALORS
	Trace("plus longue") // expect: plus longue
FIN
