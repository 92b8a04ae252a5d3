// (méthode b) Numérotation des factures sans trou, comme l'écrit un développeur WINDEV :
// un enregistrement compteur lu bloqué dans une transaction, le numéro écrit sur la
// commande ; une panne au milieu (exception) annule tout, compteur compris, et la
// facture suivante reprend le numéro qui n'a pas servi.
CONSTANTE
	CPT_FACTURE = "FACTURE"
	ETAT_FACTUREE = 2
FIN
gsDernièreErreur est une chaîne

DécrireCompteur()
HCréationSiInexistant(Compteur)
HRAZ(Compteur)
Compteur.Code = CPT_FACTURE
Compteur.Dernier_Numéro = 2024117
HAjoute(Compteur)
nClient est un entier = NouveauClient("Boulangerie Martin")
tabCommandes est un tableau d'entiers
POUR i = 1 À 4
	TableauAjoute(tabCommandes, NouvelleCommande(nClient, 100 * i))
FIN

Trace(FacturerCommande(tabCommandes[1]))                      // expect: 2024118
Trace(FacturerCommande(tabCommandes[2], Vrai), gsDernièreErreur)  // expect: 0, imprimante hors ligne
Trace(HTransactionEnCours())                                  // expect: 0
Trace(FacturerCommande(tabCommandes[3]))                      // expect: 2024119
Trace(FacturerCommande(99999), gsDernièreErreur)             // expect: 0, commande 99999 introuvable
trace(facturercommande(tabCommandes[4]))                      // expect: 2024120
HLitRecherchePremier(Compteur, Code, CPT_FACTURE)
Trace(Compteur.Dernier_Numéro)                                // expect: 2024120
POUR TOUT Orders AVEC CustomerID = nClient
	Trace(Orders.Total, Orders.InvoiceNum, Orders.Status)
FIN
// expect: 100, 2024118, 2
// expect: 200, , 1
// expect: 300, 2024119, 2
// expect: 400, 2024120, 2

PROCÉDURE FacturerCommande(LOCAL nCommande est un entier, LOCAL bPanne est un booléen = Faux) : entier
nNuméro est un entier
gsDernièreErreur = ""
SI PAS HTransactionDébut() ALORS
	gsDernièreErreur = HErreurInfo()
	RENVOYER 0
FIN
// le compteur, bloqué le temps de la transaction
SI PAS HLitRecherchePremier(Compteur, Code, CPT_FACTURE, hBlocageÉcriture) ALORS
	gsDernièreErreur = "compteur " + CPT_FACTURE + " absent"
	HTransactionAnnule()
	RENVOYER 0
FIN
nNuméro = Compteur.Dernier_Numéro + 1
Compteur.Dernier_Numéro = nNuméro
HModifie(Compteur)
SI PAS HLitRecherchePremier(Orders, OrderID, nCommande) ALORS
	gsDernièreErreur = ChaîneConstruit("commande %1 introuvable", nCommande)
	HTransactionAnnule()
	RENVOYER 0
FIN
Orders.InvoiceNum = nNuméro
Orders.Status = ETAT_FACTUREE
SI bPanne ALORS ExceptionDéclenche(1, "imprimante hors ligne")
HModifie(Orders)
HTransactionFin()
RENVOYER nNuméro
CAS EXCEPTION:
	gsDernièreErreur = ExceptionInfo(errMessage)
	HTransactionAnnule()
	RENVOYER 0

PROCÉDURE DécrireCompteur()
fdCompteur est une Description de Fichier
rub est une Description de Rubrique
fdCompteur..Nom = "Compteur"
rub..Nom = "Code"
rub..Type = hRubriqueTexte
rub..Taille = 20
rub..TypeClé = hCléUnique
HDécritRubrique(fdCompteur, rub)
rub..Nom = "Dernier_Numéro"
rub..Type = hRubriqueEntier
rub..TypeClé = hNonCle
HDécritRubrique(fdCompteur, rub)
HDécritFichier(fdCompteur)

PROCÉDURE NouveauClient(sNom)
HRAZ(Customer)
Customer.Name = sNom
Customer.City = "Lyon"
HAjoute(Customer)
RENVOYER Customer.CustomerID

PROCÉDURE NouvelleCommande(nClient, mTotal)
HRAZ(Orders)
Orders.CustomerID = nClient
Orders.OrderDate = DateDuJour()
Orders.Total = mTotal
Orders.Status = 1
HAjoute(Orders)
RENVOYER Orders.OrderID
