// Une rubrique Date à qui l'on donne un texte d'une autre forme que ses chiffres
// AAAAMMJJ ("05/01/2025", jour/mois/année) : la rubrique en garde ses 8 caractères,
// comme une rubrique texte de taille 8 : "05/01/20", date invalide, pareil sur SQLite
// et PostgreSQL (SQLite gardait les 10 caractères, PostgreSQL refusait le HAjoute).
// Décidé, INFERRED : docs/hfsql.md "Record buffer". Un texte ISO, une Date et une
// DateHeure sont lus comme une variable Date les lit ; ChaîneVersDate lit jour/mois/année.
HRAZ(Customer)
Customer.Name = "Dupont"
Customer.BirthDate = "05/01/2025"
Trace(Customer.BirthDate, DateValide(Customer.BirthDate))     // expect: 05/01/20, 0
Trace(HAjoute(Customer))                                       // expect: 1
HLitRecherchePremier(Customer, Name, "Dupont")
Trace(HTrouve(Customer), Customer.BirthDate)                   // expect: 1, 05/01/20
// le jour voulu, converti d'abord
Customer.BirthDate = ChaîneVersDate("05/01/2025", "JJ/MM/AAAA")
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
Trace(Customer.BirthDate)                                      // expect: 05/01/20
