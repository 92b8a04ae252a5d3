// Gestion des congés d'un service du personnel : des demandes (congés payés, RTT,
// maladie) en classes héritées d'une base, les jours ouvrés comptés sans les week-ends ni
// les jours fériés, les soldes dans un fichier de données décrit dans le code, un
// récapitulatif par salarié dans un tableau associatif, un export JSON écrit puis relu.
CDemande est une Classe
	PROTÉGÉ
	m_sMatricule est une chaîne
	m_dDébut est une Date
	m_dFin est une Date
	GLOBAL
	s_nDemandes est un entier
	s_tabFériés est un tableau de Dates
FIN

CCongéPayé est une Classe
	hérite de CDemande
FIN

CRTT est une Classe
	hérite de CDemande
	CONSTANTE MAX_JOURS = 2
FIN

CMaladie est une Classe
	hérite de CDemande
FIN

fdSal est une Description de Fichier
rub est une Description de Rubrique
fdSal..Nom = "Salarié"
rub..Nom = "Matricule" ; rub..Type = hRubriqueTexte ; rub..Taille = 8 ; rub..TypeClé = hCléUnique
HDécritRubrique(fdSal, rub)
rub..Nom = "Nom" ; rub..Type = hRubriqueTexte ; rub..Taille = 30 ; rub..TypeClé = hNonClé
HDécritRubrique(fdSal, rub)
rub..Nom = "SoldeCP" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdSal, rub)
rub..Nom = "SoldeRTT" ; rub..Type = hRubriqueEntier ; rub..TypeClé = hNonClé
HDécritRubrique(fdSal, rub)
HDécritFichier(fdSal)
HCréation(Salarié)
POUR TOUTE CHAÎNE sLigne DE "S001;Dupont;25;3|S002;Martin;10;2|S003;Durand;20;0" SÉPARÉE PAR "|"
	Salarié.Matricule = ExtraitChaîne(sLigne, 1, ";")
	Salarié.Nom = ExtraitChaîne(sLigne, 2, ";")
	Salarié.SoldeCP = Val(ExtraitChaîne(sLigne, 3, ";"))
	Salarié.SoldeRTT = Val(ExtraitChaîne(sLigne, 4, ";"))
	HAjoute(Salarié)
FIN

Ajoute(CDemande::s_tabFériés, "20251225")
Ajoute(CDemande::s_tabFériés, "20260101")

tabDemandes est un tableau de CDemande dynamique
Ajoute(tabDemandes, allouer un CCongéPayé("S001", "20251222", "20260102"))
Ajoute(tabDemandes, allouer un CRTT("S002", "20251205", "20251205"))
Ajoute(tabDemandes, allouer un CCongéPayé("S002", "20251210", "20251216"))
Ajoute(tabDemandes, allouer un CCongéPayé("S003", "20251215", "20251212"))
Ajoute(tabDemandes, allouer un CMaladie("S003", "20251201", "20251203"))
Ajoute(tabDemandes, allouer un CCongéPayé("S002", "20251217", "20251231"))

aaJours est un tableau associatif d'entiers
POUR TOUT d DE tabDemandes
	QUAND EXCEPTION DANS
		nJours est un entier = d.Valide()
		aaJours[d.Matricule] += nJours
		Trace(ChaîneConstruit("%1 %2 : %3 jour(s) accordé(s)", d.Matricule, d.Libellé(), nJours))
	FAIRE
		Trace(d.Matricule + " refusé : " + ExceptionInfo(errMessage))
	FIN
FIN
// expect: S001 congés payés : 8 jour(s) accordé(s)
// expect: S002 RTT : 1 jour(s) accordé(s)
// expect: S002 congés payés : 5 jour(s) accordé(s)
// expect: S003 refusé : le 15/12/2025 est après le 12/12/2025
// expect: S003 maladie : 3 jour(s) accordé(s)
// expect: S002 refusé : 10 jour(s) demandé(s), solde 5

Trace(CDemande::s_nDemandes + " demandes, " + aaJours..Occurrence + " salariés")
// expect: 6 demandes, 3 salariés

// les soldes après les demandes accordées, par nom
POUR TOUT Salarié SUR Nom
	Trace(Complète(Salarié.Nom, 8) + NumériqueVersChaîne(Salarié.SoldeCP, "3d") + NumériqueVersChaîne(Salarié.SoldeRTT, "3d") + " ; pris " + aaJours[Salarié.Matricule])
FIN
// expect: Dupont   17  3 ; pris 8
// expect: Durand   20  0 ; pris 3
// expect: Martin    5  1 ; pris 6

// l'export JSON du mois, écrit puis relu
jExport est un JSON
jExport.mois = "2025-12"
jExport.salariés = []
POUR TOUT nPris, sMatricule DE aaJours
	HLitRecherchePremier(Salarié, Matricule, sMatricule)
	nRang est un entier = jExport.salariés..Occurrence + 1
	jExport.salariés[nRang].matricule = sMatricule
	jExport.salariés[nRang].nom = Salarié.Nom
	jExport.salariés[nRang].pris = nPris
FIN
sFichier est une chaîne = fRepTemp() + fSép() + "conges_" + jExport.mois + ".json"
fSauveTexte(sFichier, VariantVersJSON(jExport))
vRelu est un Variant = JSONVersVariant(fChargeTexte(sFichier))
nTotal est un entier = 0
POUR TOUT s DE vRelu.salariés
	nTotal += s.pris
FIN
Trace(vRelu.mois + " : " + vRelu.salariés..Occurrence + " salariés, " + nTotal + " jours")
// expect: 2025-12 : 3 salariés, 17 jours
fSupprime(sFichier)

PROCÉDURE CDemande::Constructeur(sMatricule est une chaîne, dDébut est une Date, dFin est une Date)
	:m_sMatricule = sMatricule
	:m_dDébut = dDébut
	:m_dFin = dFin
	CDemande::s_nDemandes++

PROCÉDURE CDemande::Matricule() <lecture>
	RENVOYER :m_sMatricule

PROCÉDURE CDemande::Libellé() : chaîne
	RENVOYER "absence"

// les jours du lundi au vendredi entre les deux dates comprises, jours fériés exclus
PROCÉDURE CDemande::JoursOuvrés() : entier
	SI :m_dFin < :m_dDébut ALORS
		ExceptionDéclenche(1, ChaîneConstruit("le %1 est après le %2", DateVersChaîne(:m_dDébut, "JJ/MM/AAAA"), DateVersChaîne(:m_dFin, "JJ/MM/AAAA")))
	FIN
	n est un entier
	d est une Date = :m_dDébut
	TANTQUE d <= :m_dFin
		SELON DateVersJour(d)
			CAS 1 À 5 : SI TableauCherche(CDemande::s_tabFériés, tcLinéaire, d) = -1 ALORS n++
			AUTRE CAS
		FIN
		d..Jour++
	FIN
	RENVOYER n

// accorde la demande : le nombre de jours, après les contrôles du type de demande
PROCÉDURE CDemande::Valide() : entier
	RENVOYER :JoursOuvrés()

PROCÉDURE CCongéPayé::Libellé() : chaîne
	RENVOYER "congés payés"

PROCÉDURE CCongéPayé::Valide() : entier
	n est un entier = CDemande::Valide()
	SI PAS HLitRecherchePremier(Salarié, Matricule, :m_sMatricule) ALORS ExceptionDéclenche(2, "matricule inconnu")
	SI n > Salarié.SoldeCP ALORS ExceptionDéclenche(3, ChaîneConstruit("%1 jour(s) demandé(s), solde %2", n, Salarié.SoldeCP))
	Salarié.SoldeCP -= n
	HModifie(Salarié)
	RENVOYER n

PROCÉDURE CRTT::Libellé() : chaîne
	RENVOYER "RTT"

PROCÉDURE CRTT::Valide() : entier
	n est un entier = CDemande::Valide()
	SI n > MAX_JOURS ALORS ExceptionDéclenche(4, "au plus " + MAX_JOURS + " jours de RTT d'affilée")
	HLitRecherchePremier(Salarié, Matricule, :m_sMatricule)
	SI n > Salarié.SoldeRTT ALORS ExceptionDéclenche(3, "solde RTT insuffisant")
	Salarié.SoldeRTT -= n
	HModifie(Salarié)
	RENVOYER n

PROCÉDURE CMaladie::Libellé() : chaîne
	RENVOYER "maladie"
