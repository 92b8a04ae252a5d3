// (méthode b) Fusion de deux fiches client en double, comme l'écrit un développeur
// WINDEV : les commandes du doublon passent au client gardé (POUR TOUT ... AVEC sur la
// clé que l'on modifie), son solde et ses notes sont repris, puis le doublon est
// supprimé ; le tout dans une transaction. Supprimer le doublon avant d'avoir déplacé
// ses commandes est refusé par l'intégrité (la liaison Orders.CustomerID).
nGardé est un entier = NouveauClient("DUPONT Jean", 150.5, "client fidèle")
nDoublon est un entier = NouveauClient("Dupont jean", 20, "saisi en double au salon")
nAutre est un entier = NouveauClient("Martin", 0, "")
POUR i = 1 À 3
	NouvelleCommande(nDoublon, "2025010" + i, 10 * i)
FIN
NouvelleCommande(nGardé, "20241220", 99)
NouvelleCommande(nAutre, "20250102", 5)

// l'intégrité refuse de supprimer un client qui a des commandes
HLitRecherchePremier(Customer, CustomerID, nDoublon)
SI PAS HSupprime(Customer) ALORS
	Trace("refusé", HErreurIntégrité())                      // expect: refusé, 1
FIN

SI FusionnerClients(nGardé, nDoublon) ALORS Trace("fusion faite")  // expect: fusion faite
Trace(FusionnerClients(nGardé, nGardé))                       // expect: 0

HLitRecherchePremier(Customer, CustomerID, nGardé)
Trace(Customer.Name, Customer.Balance)                        // expect: DUPONT Jean, 170.5
Trace(Customer.Notes)
// expect: client fidèle
// expect: saisi en double au salon
Trace(HLitRecherchePremier(Customer, CustomerID, nDoublon))   // expect: 0
nCommandes est un entier
mTotal est un monétaire
POUR TOUT Orders AVEC CustomerID = nGardé
	nCommandes++
	mTotal += Orders.Total
FIN
Trace(nCommandes, mTotal)                                     // expect: 4, 159
Trace(HNbEnr(Customer), HNbEnr(Orders))                       // expect: 2, 5

PROCÉDURE FusionnerClients(LOCAL nGarde est un entier, LOCAL nDouble est un entier) : booléen
SI nGarde = nDouble ALORS RENVOYER Faux
SI PAS HLitRecherchePremier(Customer, CustomerID, nDouble) ALORS RENVOYER Faux
mSolde est un monétaire = Customer.Balance
sNotes est une chaîne = Customer.Notes
HTransactionDébut()
// les commandes du doublon passent au client gardé
POUR TOUT Orders AVEC CustomerID = nDouble
	Orders.CustomerID = nGarde
	SI PAS HModifie(Orders) ALORS
		HTransactionAnnule()
		RENVOYER Faux
	FIN
FIN
HLitRecherchePremier(Customer, CustomerID, nDouble)
HSupprime(Customer)
HLitRecherchePremier(Customer, CustomerID, nGarde)
Customer.Balance += mSolde
SI sNotes <> "" ALORS Customer.Notes += RC + sNotes
HModifie(Customer)
HTransactionFin()
RENVOYER Vrai
CAS ERREUR:
	HTransactionAnnule()
	RENVOYER Faux

PROCÉDURE NouveauClient(sNom, mSolde, sNotes)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = "Lyon"
Customer.Balance = mSolde
Customer.Notes = sNotes
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nClient, sDate, mTotal)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = sDate
Orders.Total = mTotal
HAjoute(Orders)
