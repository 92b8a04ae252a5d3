// POUR TOUT sur une clé composée (la "syntaxe 5" de l'instruction, que la page de
// HConstruitValClé ?3044258 nomme) : `AVEC CustomerDate = [n, d]` parcourt les
// enregistrements dont les composantes valent ces valeurs, `= [n]` ceux dont la première
// composante la vaut, dans l'ordre de la clé composée ; une valeur de HConstruitValClé
// de même. Il s'arrêtait sur "'CustomerDate' is not an item of the data file Orders.".
// Décidé, INFERRED (la page de l'instruction n'est pas stockée) : les composantes
// comparées comme HLitRecherchePremier les cherche ; docs/hfsql.md "Reading and browsing".
nDupont est un entier = NouveauClient("Dupont")
nMartin est un entier = NouveauClient("Martin")
NouvelleCommande(nDupont, "20250110", 30)
NouvelleCommande(nMartin, "20250105", 99)
NouvelleCommande(nDupont, "20250102", 10)
NouvelleCommande(nDupont, "20250105", 20)
NouvelleCommande(nDupont, "20250105", 25)
POUR TOUT Orders AVEC CustomerDate = [nDupont, "20250105"]
	Trace(Orders.OrderDate, Orders.Total)
FIN
// expect: 20250105, 20
// expect: 20250105, 25
// la première composante seule : les commandes du client dans l'ordre des dates
pour tout Orders où CustomerDate = [nDupont]
	Trace(Orders.OrderDate, Orders.Total)
fin
// expect: 20250102, 10
// expect: 20250105, 20
// expect: 20250105, 25
// expect: 20250110, 30
mTotal est un monétaire
POUR TOUT Orders AVEC CustomerDate = HConstruitValClé(Orders, CustomerDate, nMartin, "20250105")
	mTotal += Orders.Total
FIN
Trace(mTotal)                                                   // expect: 99
// avec une autre condition
POUR TOUT Orders AVEC CustomerDate = [nDupont] ET Total > 15
	Trace(Orders.Total)
FIN
// expect: 20
// expect: 25
// expect: 30
// seul = compare une clé composée
POUR TOUT Orders AVEC CustomerDate < [nDupont, "20250105"]
	Trace(Orders.Total)
FIN
// expect error: FOR EACH Orders: the composite key CustomerDate is compared with '=' and its components' values ([v1, v2]), not with '<'.

PROCÉDURE NouveauClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nClient, sDate, mTotal)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = sDate
Orders.Total = mTotal
HAjoute(Orders)
