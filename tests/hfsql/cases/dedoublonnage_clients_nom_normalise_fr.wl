// (méthode b) Dédoublonnage des clients par nom normalisé (SansAccent, Majuscule, tirets
// et espaces ramenés à un), comme l'écrit un développeur WINDEV : le premier client d'un
// nom est gardé, les suivants lui sont fusionnés (commandes déplacées, solde ajouté,
// ville reprise si vide) puis supprimés, le tout dans une transaction ; un tableau
// associatif mémorise le client gardé par nom normalisé. Jumeau anglais :
// customer_dedup_normalised_en.wl.
AjouteClient("Élodie Müller", "Lyon", 100)
AjouteClient("ELODIE MULLER", "", 50)
AjouteClient("élodie  müller ", "Paris", 25)
AjouteClient("Jean-Marc Dupré", "Nice", 10)
AjouteClient("Jean Marc DUPRE", "Nice", 5)
AjouteClient("Zoé", "Agen", 0)
tabGardé est un tableau associatif d'entiers
tabFusions est un tableau de chaînes
nFusionnés est un entier
HTransactionDébut()
POUR TOUT Customer SUR CustomerID
	sClé est une chaîne = NomNormalisé(Customer.Name)
	SI tabGardé[sClé]..Existe ALORS
		nGardé est un entier = tabGardé[sClé]
		mSolde est un monétaire = Customer.Balance
		sVille est une chaîne = Customer.City
		nDoublon est un entier = Customer.CustomerID
		// les commandes passent au client gardé
		POUR TOUT Orders AVEC CustomerID = nDoublon
			Orders.CustomerID = nGardé
			HModifie(Orders)
		FIN
		HSupprime(Customer)
		SI HLitRecherchePremier(Customer, CustomerID, nGardé) ALORS
			Customer.Balance += mSolde
			SI Customer.City = "" ALORS Customer.City = sVille
			HModifie(Customer)
		FIN
		HLitRecherchePremier(Customer, CustomerID, nDoublon)
		TableauAjoute(tabFusions, nDoublon + " -> " + nGardé)
		nFusionnés++
	SINON
		tabGardé[sClé] = Customer.CustomerID
	FIN
FIN
HTransactionFin()
Trace(nFusionnés, HNbEnr(Customer))                  // expect: 3, 3
Trace(TableauVersChaîne(tabFusions, ";"))            // expect: 2 -> 1;3 -> 1;5 -> 4
POUR TOUT Customer SUR CustomerID
	Trace(Customer.CustomerID, Customer.Name, Customer.City, Customer.Balance, NomNormalisé(Customer.Name))
FIN
// expect: 1, Élodie Müller, Lyon, 175, ELODIE MULLER
// expect: 4, Jean-Marc Dupré, Nice, 15, JEAN MARC DUPRE
// expect: 6, Zoé, Agen, 0, ZOE
// les commandes des doublons sont au client gardé
POUR TOUT Customer SUR CustomerID
	nCommandes est un entier = 0
	POUR TOUT Orders AVEC CustomerID = Customer.CustomerID
		nCommandes++
	FIN
	Trace(Customer.CustomerID, nCommandes)
FIN
// expect: 1, 3
// expect: 4, 2
// expect: 6, 1
PROCÉDURE NomNormalisé(LOCAL sNom est une chaîne) : chaîne
sRes est une chaîne = Majuscule(SansEspace(SansAccent(sNom)))
sRes = Remplace(sRes, "-", " ")
TANTQUE Position(sRes, "  ") > 0
	sRes = Remplace(sRes, "  ", " ")
FIN
RENVOYER sRes

PROCÉDURE AjouteClient(sNom, sVille, mSolde est un monétaire)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
Customer.Balance = mSolde
HAjoute(Customer)
HRAZ(Orders)
Orders.CustomerID = Customer.CustomerID
Orders.Total = mSolde
HAjoute(Orders)
