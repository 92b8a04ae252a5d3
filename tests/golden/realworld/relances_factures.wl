// Relances clients : fichier de données décrit par programmation, factures échues,
// pénalités de retard (écart de dates en jours, monétaire arrondi), facture marquée payée
// (HLitRecherchePremier sur la rubrique), requête SQL de synthèse.
fd est une Description de Fichier
rub est une Description de Rubrique
fd..Nom = "Facture"
rub..Nom = "IDFacture" ; rub..Type = hRubriqueIdAuto
HDécritRubrique(fd, rub)
rub..Nom = "Client" ; rub..Type = hRubriqueTexte ; rub..Taille = 40 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, rub)
rub..Nom = "Montant" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fd, rub)
rub..Nom = "Echeance" ; rub..Type = hRubriqueDate ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fd, rub)
rub..Nom = "Payee" ; rub..Type = hRubriqueBooléen ; rub..TypeClé = hNonClé
HDécritRubrique(fd, rub)
HDécritFichier(fd)
HCréation(Facture)

tabDonnées est un tableau de chaînes = ["Dupuis;1250.00;20261015;0", "Moreau;480.50;20261120;0", ...
	"Dupuis;99.90;20261201;1", "Leroy;2300.00;20260930;0", "Moreau;75.00;20261210;0"]
POUR TOUT sL DE tabDonnées
	HRAZ(Facture)
	Facture.Client = ExtraitChaîne(sL, 1, ";")
	Facture.Montant = Val(ExtraitChaîne(sL, 2, ";"))
	Facture.Echeance = ExtraitChaîne(sL, 3, ";")
	Facture.Payee = (ExtraitChaîne(sL, 4, ";") = "1")
	HAjoute(Facture)
FIN
Trace("Factures : " + HNbEnr(Facture)) // expect: Factures : 5

dAujourdhui est une Date = "20261203"
mPénalités, mDû sont des monétaires
POUR TOUT Facture AVEC Payee = Faux
	SI Facture.Echeance < dAujourdhui ALORS
		nRetard est un entier = dAujourdhui - Facture.Echeance
		mPénalité est un monétaire = Arrondi(Facture.Montant * 0.10 * nRetard / 365, 2)
		mPénalités += mPénalité
		mDû += Facture.Montant
		Trace(Facture.Client + " : " + Facture.Montant + " EUR, " + nRetard + " jours, pénalité " + mPénalité)
	FIN
FIN
// expect: Dupuis : 1250 EUR, 49 jours, pénalité 16.78
// expect: Moreau : 480.5 EUR, 13 jours, pénalité 1.71
// expect: Leroy : 2300 EUR, 64 jours, pénalité 40.33
Trace("Dû échu : " + mDû + " / pénalités : " + mPénalités) // expect: Dû échu : 4030.5 / pénalités : 58.82

// marquer payée la facture Leroy
SI HLitRecherchePremier(Facture, Client, "Leroy") ALORS // wl: ignore[WL101] (rubrique d'un fichier décrit à l'exécution)
	Facture.Payee = Vrai
	HModifie(Facture)
FIN

REQ est une Source de Données
SI PAS HExécuteRequêteSQL(REQ, "SELECT Client, SUM(Montant) AS Total FROM Facture WHERE Payee = 0 GROUP BY Client ORDER BY Client") ALORS
	Erreur(HErreurInfo())
SINON
	POUR TOUT REQ
		Trace(REQ.Client + " doit " + REQ.Total)
	FIN
	// expect: Dupuis doit 1250
	// expect: Moreau doit 555.5
FIN
HAnnuleDéclaration(REQ)
