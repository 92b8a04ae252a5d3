// (méthode b) Journal d'audit écrit à chaque HModifie, comme l'écrit un développeur
// WINDEV : un trigger avant HModifie sur Customer (HDécritTrigger) relit l'ancienne
// version par un alias (HAlias, HLit sur le même numéro d'enregistrement), compare
// rubrique par rubrique (HListeRubrique, indirection { }) et écrit une ligne par valeur
// changée dans un fichier Audit décrit par programme (ancienne et nouvelle valeur).
DécrireAudit()
HCréationSiInexistant(Audit)
HAlias(Customer, "Customer_Avant")
HDécritTrigger("Customer", "HModifie", "TriggerAudit", hTriggerAvant)

HRAZ(Customer)
Customer.Name = "Dupont"
Customer.City = "Lyon"
Customer.Balance = 100
HAjoute(Customer)

HLitRecherchePremier(Customer, Name, "Dupont")
Customer.City = "Villeurbanne"
Customer.Balance = 150.5
HModifie(Customer)
// une modification qui ne change rien n'écrit rien
HModifie(Customer)
Customer.Name = "DUPONT"
HModifie(Customer)
Trace(Customer.Name, Customer.City)                            // expect: DUPONT, Villeurbanne

POUR TOUT Audit SUR AuditID
	Trace(Audit.Fichier, Audit.NumEnr, Audit.Rubrique, Audit.Avant, Audit.Après)
FIN
// expect: Customer, 1, City, Lyon, Villeurbanne
// expect: Customer, 1, Balance, 100, 150.5
// expect: Customer, 1, Name, Dupont, DUPONT
Trace(HNbEnr(Audit))                                           // expect: 3
HDétruitTrigger("Customer", "HModifie", hTriggerAvant)
Customer.City = "Lyon"
HModifie(Customer)
Trace(HNbEnr(Audit))                                           // expect: 3

PROCÉDURE TriggerAudit()
sFichier est une chaîne = H.NomFichier
nEnr est un entier = HNumEnr(sFichier)
SI PAS HLit("Customer_Avant", nEnr) ALORS RETOUR
POUR TOUTE CHAÎNE sRub DE HListeRubrique(sFichier) SÉPARÉE PAR RC
	sAvant est une chaîne = {"Customer_Avant." + sRub}
	sAprès est une chaîne = {sFichier + "." + sRub}
	SI sAvant <> sAprès ALORS
		Audit.Fichier = sFichier
		Audit.NumEnr = nEnr
		Audit.Rubrique = sRub
		Audit.Avant = sAvant
		Audit.Après = sAprès
		Audit.Quand = DateHeureSys()
		HAjoute(Audit)
	FIN
FIN

PROCÉDURE DécrireAudit()
fd est une Description de Fichier
r est une Description de Rubrique
fd..Nom = "Audit"
r..Nom = "AuditID"
r..Type = hRubIdAuto
r..TypeClé = hCléUnique
HDécritRubrique(fd, r)
POUR TOUT CHAÎNE sNom DE "Fichier,Rubrique,Avant,Après" SÉPARÉE PAR ","
	r..Nom = sNom
	r..Type = hRubriqueTexte
	r..Taille = 50
	r..TypeClé = hNonClé
	HDécritRubrique(fd, r)
FIN
r..Nom = "NumEnr"
r..Type = hRubriqueEntier
HDécritRubrique(fd, r)
r..Nom = "Quand"
r..Type = hRubriqueDateHeure
HDécritRubrique(fd, r)
HDécritFichier(fd)
