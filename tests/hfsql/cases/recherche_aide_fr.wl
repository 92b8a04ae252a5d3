// Jumeau français de seek_help_en.wl : HSauvePosition ?3044136, HRetourPosition
// ?3044137, <Source>.SauvePosition ?1000025062 (une variable Name à côté de la rubrique
// Name), HLitRecherchePremier ?3044036, HLitRecherche ?3044050, HLitRechercheDernier
// ?3044034, HRecherchePremier ?3044125, <Source>.Recherche ?1000025053, <Source>.Filtre
// ?1000024960, HExécuteRequêteSQL ?3044084, HTransactionFin ?3044032.
AjouteClient("MOORE", "Paris", 100)
AjouteClient("Moore", "MONTPELLIER", 50)
AjouteClient("Dupont", "Lyon", 10)
Name est une chaîne = "Moore"
Nom2 est une chaîne = "Dupont"
Compteur est un entier
nPos est un entier
// Recherche d'un enregistrement
HLitRecherchePremier(Customer, Name, Name)
TANTQUE HTrouve(Customer) = Vrai
	// Sauve le contexte en cours
	nPos = HSauvePosition(Customer, Name)
	// Vérification d'un client d'un autre nom
	HLitRecherche(Customer, Name, Nom2)
	SI HTrouve() = Vrai ALORS Compteur = Compteur + 1
	// Restaure le contexte
	HRetourPosition(nPos)
	HLitSuivant(Customer, Name)
FIN
Trace(Compteur)                                        // expect: 2
Compteur = 0
Customer.LitRecherchePremier(Name, Name)
TANTQUE Customer.Trouve() = Vrai
	nPos = Customer.SauvePosition(Name)
	Customer.LitRecherche(Name, Nom2)
	SI Customer.Trouve() = Vrai ALORS Compteur = Compteur + 1
	HRetourPosition(nPos)
	Customer.LitSuivant(Name)
FIN
Trace(Compteur)                                        // expect: 2
// Recherche du dernier enregistrement dont le nom est MOORE
HLitRechercheDernier(CUSTOMER, NAME, "MOORE")
Trace(CUSTOMER.City)                                   // expect: MONTPELLIER
// Recherche des clients dont le solde est inférieur à une valeur
X est un monétaire = 60
HLitRechercheDernier(CUSTOMER, Balance, X)
TANTQUE PAS HEnDehors(CUSTOMER)
	Trace(CUSTOMER.Name)
	HLitPrécédent(CUSTOMER, Balance)
FIN
// expect: Moore
// expect: Dupont
HRecherchePremier(Customer, Name, "Moore")
HSupprime(Customer, HNumEnr())
Trace(HNbEnr(Customer))                                // expect: 2
Customer.Recherche(Name, "Moo")
Trace(Customer.Trouve())                               // expect: 1
Customer.Recherche(Name, "Moo" + Caract(0))
Trace(Customer.Trouve())                               // expect: 0
Customer.Recherche(Name, Complète("Moo", 40))
Trace(Customer.Trouve())                               // expect: 0
Customer.Recherche(Name, Complète("Moore", 40))
Trace(Customer.Trouve())                               // expect: 1
CléRecherche est une chaîne
maville est une chaîne = "MONTPELLIER"
CléRecherche = Customer.Filtre("CITY='" + maville + "'")
Customer.LitPremier(CléRecherche)
TANTQUE Customer.EnDehors() = Faux
	Trace(Customer.Name)                               // expect: Moore
	Customer.LitSuivant(CléRecherche)
FIN
Customer.DésactiveFiltre()
REQ_Client est une Source de Données
HExécuteRequêteSQL(REQ_Client, "SELECT NAME FROM CUSTOMER ORDER BY NAME")
POUR TOUT REQ_Client
	Trace(REQ_Client.NAME)
FIN
// expect: Dupont
// expect: Moore
HTransactionDébut(fRepTemp() + "\Transaction.trs", "Orders")
QUAND EXCEPTION DANS
	HRAZ(Orders)
	Orders.CustomerID = Customer.CustomerID
	HAjoute(Orders)
	HTransactionFin()
FAIRE
	HTransactionAnnule()
FIN
Trace(HNbEnr(Orders))                                  // expect: 1
Trace(HTransactionDébut(fRepTemp() + "\Transaction.trs", "Orders,-Customer"))   // expect: 0

PROCÉDURE AjouteClient(sNom, sVille, mSolde)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = sVille
Customer.Balance = mSolde
HAjoute(Customer)
