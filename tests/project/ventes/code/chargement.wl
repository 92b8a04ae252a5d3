// Procédures de chargement et de calcul du projet Ventes
PROCÉDURE ChargeJeuDEssai() : entier
// les clients et leurs commandes, en une transaction : tout ou rien
tabClients est un tableau de chaînes = ["Dupont;Lyon;5", "Martin;Paris;0", "Bernard;Lyon;2.5", "Petit;Nantes;0"]
tabCommandes est un tableau de chaînes = [
	"1;20261102;1200.00;LIVREE", "1;20261115;830.50;LIVREE", "2;20261103;99.90;ANNULEE",
	"2;20261120;2400.00;SAISIE", "3;20261105;450.00;LIVREE", "3;20261201;75.00;SAISIE",
	"1;20261028;300.00;LIVREE"]
HTransactionDébut()
QUAND EXCEPTION DANS
	POUR TOUT sClient DE tabClients
		HRAZ(Client)
		Client.Nom = ExtraitChaîne(sClient, 1, ";")
		Client.Ville = ExtraitChaîne(sClient, 2, ";")
		Client.TauxRemise = Val(ExtraitChaîne(sClient, 3, ";"))
		SI PAS HAjoute(Client) ALORS ExceptionDéclenche(1, "client refusé : " + HErreurInfo())
	FIN
	POUR TOUT sCde DE tabCommandes
		HRAZ(Commande)
		(Commande.IDClient, Commande.DateCommande, Commande.MontantHT, Commande.Statut) = ChaîneDécoupe(sCde, ";")
		SI PAS HAjoute(Commande) ALORS ExceptionDéclenche(2, "commande refusée : " + HErreurInfo(hErrMessage))
	FIN
FAIRE
	HTransactionAnnule()
	Trace("chargement annulé : " + ExceptionInfo(errMessage))
	RENVOYER 0
FIN
HTransactionFin()
RENVOYER HNbEnr(Commande)

PROCÉDURE TotalClient(nIDClient est un entier, bAvecRemise est un booléen = Faux) : monétaire
mTotal est un monétaire
POUR TOUT Commande AVEC IDClient = nIDClient
	SI Commande.Statut = "ANNULEE" ALORS CONTINUER
	mTotal += Commande.MontantHT
FIN
SI bAvecRemise ET HLitRecherchePremier(Client, IDClient, nIDClient) ALORS
	mTotal = Arrondi(mTotal * (1 - Client.TauxRemise / 100), 2)
FIN
RENVOYER mTotal
