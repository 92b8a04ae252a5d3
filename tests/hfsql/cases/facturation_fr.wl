// Facturation des commandes, écrite comme un développeur WINDEV l'écrit (méthode (b),
// 5 décembre au soir, sur les deux bases). Une clé texte plus longue que la rubrique
// n'était jamais trouvée : elle est coupée à la taille de la rubrique, comme à
// l'écriture, et cherchée à l'identique.
CONSTANTE
	STATUT_NOUVELLE = 1
	STATUT_FACTUREE = 3
FIN

gnDerniereFacture est un entier = 1000

nEmile est un entier = NouveauClient("Émile Noël", "Évry")
nEric est un entier = NouveauClient("Eric", "evry")
nZoe est un entier = NouveauClient("zoé", "Lyon")
NouveauClient("Ève", "Lyon")
NouvelleCommande(nEmile, "20261201", 100.10)
NouvelleCommande(nEmile, "20261203", 20.20)
NouvelleCommande(nEric, "20261202", 5)
NouvelleCommande(nZoe, "20261201", 42)

// tri des clés accentuées : "É" se range avec les "E"
POUR TOUT Customer SUR Name
	Trace(Customer.Name)
FIN
SI HLitRecherchePremier(Customer, City, "EVRY") ALORS Trace("Évry trouvé : " + Customer.Name)

// une clé texte plus longue que la rubrique (City : 30 caractères)
sVilleLongue est une chaîne = "Évry" + Répète(" ", 40) + "-Courcouronnes"
Trace(HLitRecherchePremier(Customer, City, sVilleLongue), HTrouve(Customer))
Trace(HLitRecherchePremier(Customer, City, "Évry" + Répète("Z", 30)))

Trace("Factures : " + FactureTout())
POUR TOUT Orders SUR OrderID
	SI Orders.InvoiceNum..Null ALORS
		Trace(Orders.OrderID, "pas de facture")
	SINON
		Trace(Orders.OrderID, Orders.InvoiceNum, Orders.Status)
	FIN
FIN
ChiffreAffaires(STATUT_FACTUREE)
Trace(ChiffreAffaires(STATUT_NOUVELLE))
// expect: Émile Noël
// expect: Eric
// expect: Ève
// expect: zoé
// expect: Évry trouvé : Émile Noël
// expect: 1, 1
// expect: 0
// expect: Factures : 2
// expect: 1, 1001, 3
// expect: 2, 1001, 3
// expect: 3, 1002, 3
// expect: 4, pas de facture
// expect: Émile Noël : 2 commandes, 120.3
// expect: Eric : 1 commandes, 5
// expect: zoé : 1 commandes, 42
// expect: 1

PROCÉDURE NouveauClient(LOCAL sNom est une chaîne, LOCAL sVille est une chaîne = "Paris") : entier
	HRAZ(Customer)
	Customer.Name = sNom
	Customer.City = sVille
	Customer.Email = Null
	SI PAS HAjoute(Customer) ALORS
		Trace("Erreur : " + HErreurInfo())
		RENVOYER 0
	FIN
	RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nClient est un entier, dDate est une Date, mTotal est un monétaire)
	HRAZ(Orders)
	Orders.CustomerID = nClient
	Orders.OrderDate = dDate
	Orders.Total = mTotal
	Orders.Status = STATUT_NOUVELLE
	Orders.InvoiceNum..Null = Vrai
	HAjoute(Orders)

// une facture par client, pour ses commandes nouvelles sauf celles de Lyon (hors délai)
PROCÉDURE FactureTout() : entier
	nNb est un entier = 0
	POUR TOUT Customer SUR CustomerID
		SI Customer.City ~= "lyon" ALORS CONTINUER
		nFacture est un entier = 0
		// recherche générique sur la première partie de la clé composée
		HLitRecherche(Orders, CustomerDate, HConstruitValClé(Orders, CustomerDate, Customer.CustomerID))
		TANTQUE HTrouve(Orders) ET Orders.CustomerID = Customer.CustomerID
			SI Orders.Status = STATUT_NOUVELLE ALORS
				SI nFacture = 0 ALORS
					gnDerniereFacture++
					nFacture = gnDerniereFacture
					nNb++
				FIN
				nPos est un entier = HSauvePosition(Orders, CustomerDate)
				Facture(Orders.OrderID, nFacture)
				HRetourPosition(nPos)
			FIN
			HLitSuivant(Orders, CustomerDate)
			SI HEnDehors(Orders) ALORS SORTIR
		FIN
	FIN
	RENVOYER nNb

// écrit le numéro de facture (une autre lecture du fichier entre-temps)
PROCÉDURE Facture(nCommande est un entier, nFacture est un entier)
	SI HLitRecherchePremier(Orders, OrderID, nCommande) ALORS
		Orders.InvoiceNum = nFacture
		Orders.Status = STATUT_FACTUREE
		HModifie(Orders)
	FIN

PROCÉDURE ChiffreAffaires(nStatut est un entier) : entier
	sdReq est une Source de Données
	sdReq.pStatut = nStatut
	SI PAS HExécuteRequêteSQL(sdReq, hRequêteDéfaut, ...
			"SELECT c.Name AS Nom, COUNT(*) AS NbCommandes, SUM(o.Total) AS Total " + ...
			"FROM Orders o INNER JOIN Customer c ON c.CustomerID = o.CustomerID " + ...
			"WHERE o.Status = {pStatut} GROUP BY c.Name ORDER BY c.Name") ALORS
		Trace(HErreurInfo())
		RENVOYER -1
	FIN
	nLignes est un entier = 0
	pour tout sdReq
		Trace(sdReq.Nom + " : " + sdReq.NbCommandes + " commandes, " + sdReq.Total)
		nLignes++
	fin
	RENVOYER nLignes
