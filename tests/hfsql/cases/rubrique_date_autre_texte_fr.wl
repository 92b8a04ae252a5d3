// Une rubrique Date à qui l'on donne un texte d'une autre forme que ses chiffres
// AAAAMMJJ ("05/01/2025", jour/mois/année) le garde entier, comme une variable Date le
// garde : "05/01/2025", date invalide, enregistrée et relue telle quelle sur SQLite et
// PostgreSQL, qu'un traitement ultérieur peut encore convertir (elle était coupée à ses
// 8 caractères, "05/01/20" : l'année perdue). Décidé, INFERRED : docs/hfsql.md
// "Record buffer". Un texte ISO, une Date et une DateHeure sont lus comme une variable
// Date les lit ; ChaîneVersDate lit jour/mois/année.
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "05/01/2025"
Trace(Customer.BirthDate, DateValide(Customer.BirthDate))     // expect: 05/01/2025, 0
Trace(HAjoute(Customer))                                       // expect: 1
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(HTrouve(Customer), Customer.BirthDate)                   // expect: 1, 05/01/2025
// le jour voulu, converti depuis ce qui fut enregistré
Customer.BirthDate = ChaîneVersDate(Customer.BirthDate, "JJ/MM/AAAA")
Trace(Customer.BirthDate, DateValide(Customer.BirthDate))     // expect: 20250105, 1
HModifie(Customer)
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(Customer.BirthDate, Customer.BirthDate..Mois)           // expect: 20250105, 1
// les formes qu'une variable Date lit
Customer.BirthDate = "2025-01-06"
Trace(Customer.BirthDate)                                      // expect: 20250106
dh est une DateHeure = "20250107101500"
Customer.BirthDate = dh
Trace(Customer.BirthDate)                                      // expect: 20250107
d est une Date = "05/01/2025"
Trace(d)                                                       // expect: 05/01/2025
Customer.BirthDate = d
Trace(Customer.BirthDate, Customer.BirthDate = d)              // expect: 05/01/2025, 1
// une date de forme française dans un parcours du fichier : retrouvée telle qu'enregistrée
HRAZ(Customer)
Customer.Name = "Martin"
Customer.BirthDate = "31/12/1999 "
HAjoute(Customer)
POUR TOUT Customer OÙ Name = "Martin"
	Trace("[" + Customer.BirthDate + "]")                     // expect: [31/12/1999 ]
FIN
