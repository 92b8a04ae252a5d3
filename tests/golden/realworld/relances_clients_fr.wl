// Relances : les factures échues lues dans un fichier décrit par le code, regroupées par
// client, un e-mail de relance construit par client (non envoyé), un niveau par retard.
fdFac est une Description de Fichier
rub est une Description de Rubrique
fdFac..Nom = "Facture"
rub..Nom = "IDFacture" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdFac, rub)
rub..Nom = "Client" ; rub..Type = hRubriqueTexte ; rub..Taille = 40 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdFac, rub)
rub..Nom = "Email" ; rub..Type = hRubriqueTexte ; rub..Taille = 80 ; rub..TypeClé = hNonClé
HDécritRubrique(fdFac, rub)
rub..Nom = "Echeance" ; rub..Type = hRubriqueDate ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdFac, rub)
rub..Nom = "Montant" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fdFac, rub)
rub..Nom = "Payee" ; rub..Type = hRubriqueBooléen ; rub..TypeClé = hNonClé
HDécritRubrique(fdFac, rub)
HDécritFichier(fdFac)
HCréation(Facture)

CONSTANTE
	NIVEAU_AIMABLE = 1
	NIVEAU_FERME = 2
	NIVEAU_DERNIER = 3
FIN

dAujourdhui est une Date = "20251215"
sDonnées est une chaîne = [
	Dupont SA;compta@dupont.test;20251201;1200.00;0
	Dupont SA;compta@dupont.test;20251020;300.50;0
	Martin SARL;fournisseurs@martin.test;20251110;99.99;0
	Martin SARL;fournisseurs@martin.test;20251105;450.00;1
	Leroy & Fils;factures@leroy.test;20260110;75.00;0
]
POUR TOUTE CHAÎNE sLigne DE sDonnées SÉPARÉE PAR RC
	SI SansEspace(sLigne) = "" ALORS CONTINUER
	HRAZ(Facture)
	Facture.Client = ExtraitChaîne(sLigne, 1, ";")
	Facture.Email = ExtraitChaîne(sLigne, 2, ";")
	Facture.Echeance = ExtraitChaîne(sLigne, 3, ";")
	Facture.Montant = Val(ExtraitChaîne(sLigne, 4, ";"))
	Facture.Payee = (ExtraitChaîne(sLigne, 5, ";") = "1")
	HAjoute(Facture)
FIN
Trace(HNbEnr(Facture) + " factures")
// expect: 5 factures

CRelance est une Classe
	PUBLIC
	m_sClient est une chaîne
	m_sEmail est une chaîne
	m_moTotal est un monétaire
	m_nRetardMax est un entier
	m_tabLignes est un tableau de chaînes
	GLOBAL PRIVÉ
	s_nNombre est un entier
FIN

taRelances est un tableau associatif de CRelance dynamique
HFiltre(Facture, "Payee = 0")
HLitPremier(Facture, Client)
TANTQUE PAS HEnDehors(Facture)
	nRetard est un entier = DateDifférence(Facture.Echeance, dAujourdhui)
	SI nRetard > 0 ALORS
		SI PAS taRelances[Facture.Client]..Existe ALORS
			taRelances[Facture.Client] = allouer un CRelance(Facture.Client, Facture.Email)
		FIN
		taRelances[Facture.Client]:AjouteLigne(Facture.IDFacture, Facture.Echeance, Facture.Montant, nRetard)
	FIN
	HLitSuivant(Facture, Client)
FIN
HDésactiveFiltre(Facture)
Trace(CRelance::Nombre() + " relances")
// expect: 2 relances

POUR TOUT r DE taRelances
	m est un Email
	m.Expéditeur = "recouvrement@notresociete.test"
	Ajoute(m.Destinataire, r:m_sEmail)
	m.Sujet = r:Sujet()
	m.Message = r:Corps()
	Trace(m.Sujet)
	Trace(Remplace(m.Message, RC, " | "))
FIN
// expect: [Relance 3] Dupont SA : 1 500.50 échus
// expect: Madame, Monsieur (Dupont SA), | n°1 échue le 01/12/2025 (14 jours) : 1 200.00 | n°2 échue le 20/10/2025 (56 jours) : 300.50 | Total : 1 500.50
// expect: [Relance 2] Martin SARL : 99.99 échus
// expect: Madame, Monsieur (Martin SARL), | n°3 échue le 10/11/2025 (35 jours) : 99.99 | Total : 99.99

PROCÉDURE CRelance::Constructeur(sClient est une chaîne, sEmail est une chaîne)
	:m_sClient = sClient
	:m_sEmail = sEmail
	CRelance::s_nNombre++

PROCÉDURE GLOBALE CRelance::Nombre() : entier
	RENVOYER CRelance::s_nNombre

PROCÉDURE CRelance::AjouteLigne(nID est un entier, dEchéance est une Date, moMontant est un monétaire, nJours est un entier)
	:m_moTotal += moMontant
	:m_nRetardMax = Max(:m_nRetardMax, nJours)
	TableauAjoute(:m_tabLignes, ChaîneConstruit("n°%1 échue le %2 (%3 jours) : %4", nID, DateVersChaîne(dEchéance, "JJ/MM/AAAA"), nJours, Argent(moMontant)))
	TableauTrie(:m_tabLignes, ttCroissant)

PROCÉDURE CRelance::Niveau() : entier
	SELON :m_nRetardMax
		CAS <= 30 : RENVOYER NIVEAU_AIMABLE
		CAS 31 À 45 : RENVOYER NIVEAU_FERME
		AUTRE CAS : RENVOYER NIVEAU_DERNIER
	FIN

PROCÉDURE CRelance::Sujet() : chaîne
	RENVOYER "[Relance " + :Niveau() + "] " + :m_sClient + " : " + Argent(:m_moTotal) + " échus"

PROCÉDURE CRelance::Corps() : chaîne
	sCorps est une chaîne = "Madame, Monsieur (" + :m_sClient + "),"
	POUR TOUT sL DE :m_tabLignes
		sCorps += RC + sL
	FIN
	RENVOYER sCorps + RC + "Total : " + Argent(:m_moTotal)

PROCÉDURE Argent(mo est un monétaire) : chaîne
	RENVOYER NumériqueVersChaîne(mo, ".2fS")
