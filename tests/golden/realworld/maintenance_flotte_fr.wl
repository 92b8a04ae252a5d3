// Le planning d'entretien d'une flotte : les véhicules en classes (une camionnette et un
// camion redéfinissent l'intervalle d'entretien), les relevés kilométriques d'un boîtier
// télématique en JSON, les entretiens dus au kilomètre ou à la date, un fichier d'ordres
// de travail écrit ligne à ligne puis relu, l'e-mail à l'atelier construit à partir des
// ordres et un récapitulatif SQL de l'historique des entretiens.
CVéhicule est une Classe
	PUBLIC
	m_sImmat est une chaîne
	m_nCompteur est un entier
	m_nDernierKm est un entier
	m_dDernierEntretien est une Date
FIN

CCamionnette est une Classe
	hérite de CVéhicule
FIN

CCamion est une Classe
	hérite de CVéhicule
	m_nEssieux est un entier
FIN

STOrdre est une Structure
	sImmat est une chaîne
	sMotif est une chaîne
	nPriorité est un entier
FIN

fdHisto est une Description de Fichier
rub est une Description de Rubrique
fdHisto..Nom = "Historique"
rub..Nom = "IDEntretien" ; rub..Type = hRubriqueIdAuto ; rub..TypeClé = hCléUnique
HDécritRubrique(fdHisto, rub)
rub..Nom = "Immat" ; rub..Type = hRubriqueTexte ; rub..Taille = 10 ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdHisto, rub)
rub..Nom = "DateEntretien" ; rub..Type = hRubriqueDate ; rub..TypeClé = hCléAvecDoublon
HDécritRubrique(fdHisto, rub)
rub..Nom = "Coût" ; rub..Type = hRubriqueMonétaire ; rub..TypeClé = hNonClé
HDécritRubrique(fdHisto, rub)
HDécritFichier(fdHisto)
HCréation(Historique)
POUR TOUTE CHAÎNE s DE "AB-123-CD,20250115,320.50;AB-123-CD,20250610,180;TR-900-XY,20250301,1250.75;TR-900-XY,20240905,990;VN-555-ZZ,20250720,210" SÉPARÉE PAR ";"
	Historique.Immat = ExtraitChaîne(s, 1, ",")
	Historique.DateEntretien = ExtraitChaîne(s, 2, ",")
	Historique.Coût = Val(ExtraitChaîne(s, 3, ","))
	HAjoute(Historique)
FIN

tabFlotte est un tableau de CVéhicule dynamique
Ajoute(tabFlotte, allouer un CCamionnette("AB-123-CD", 48200))
Ajoute(tabFlotte, allouer un CCamion("TR-900-XY", 3))
Ajoute(tabFlotte, allouer un CCamionnette("VN-555-ZZ", 12000))

// le dernier entretien de chaque véhicule, d'après l'historique
POUR TOUT v DE tabFlotte
	POUR TOUT Historique AVEC Immat = v.m_sImmat
		SI Historique.DateEntretien > v.m_dDernierEntretien ALORS v.m_dDernierEntretien = Historique.DateEntretien
	FIN
FIN

// les relevés de cette nuit
sFlux est une chaîne = [
	{"releves": [
		{"immat": "AB-123-CD", "km": 61250},
		{"immat": "TR-900-XY", "km": 402000},
		{"immat": "VN-555-ZZ", "km": 15900}
	]}
]
vFlux est un Variant = JSONVersVariant(sFlux)
POUR TOUT r DE vFlux.releves
	POUR TOUT v DE tabFlotte
		SI v.m_sImmat = r.immat ALORS v.m_nCompteur = r.km
	FIN
FIN
tabFlotte[2].m_nDernierKm = 341500

dAujourdhui est une Date = "20251204"
tabOrdres est un tableau de STOrdre
POUR TOUT v DE tabFlotte
	sMotif est une chaîne = v.MotifEntretien(dAujourdhui)
	SI sMotif <> "" ALORS
		o est un STOrdre
		o.sImmat = v.m_sImmat
		o.sMotif = sMotif
		o.nPriorité = v.Priorité(dAujourdhui)
		Ajoute(tabOrdres, o)
	FIN
FIN
TableauTrie(tabOrdres, ttMembre, "-nPriorité;+sImmat")
POUR TOUT o DE tabOrdres
	Trace(o.nPriorité + " " + o.sImmat + " : " + o.sMotif)
FIN
// expect: 3 TR-900-XY : 60500 km depuis le dernier entretien (intervalle 60000)
// expect: 2 AB-123-CD : 13050 km depuis le dernier entretien (intervalle 12000)
// expect: 1 VN-555-ZZ : entretien dû le 20/01/2026

// les ordres de travail, un par ligne, pour l'import de l'atelier
sFichier est une chaîne = fRepTemp() + fSep() + "ordres_travail.txt"
nFic est un entier = fOuvre(sFichier, foCréation)
POUR TOUT o DE tabOrdres
	fÉcritLigne(nFic, o.sImmat + TAB + o.nPriorité + TAB + o.sMotif)
FIN
fFerme(nFic)
nFic = fOuvre(sFichier, foLecture)
sLigne est une chaîne = fLitLigne(nFic)
nLignes est un entier
TANTQUE sLigne <> EOT
	nLignes++
	SI nLignes = 1 ALORS Trace("première ligne : " + ExtraitChaîne(sLigne, 1, TAB) + " / " + ExtraitChaîne(sLigne, 2, TAB))
	sLigne = fLitLigne(nFic)
FIN
fFerme(nFic)
fSupprime(sFichier)
Trace(nLignes + " ligne(s) relue(s)")
// expect: première ligne : TR-900-XY / 3
// expect: 3 ligne(s) relue(s)

// l'e-mail à l'atelier
msg est un Email
msg.Expéditeur = "flotte@example.com"
Ajoute(msg.Destinataire, "atelier@example.com")
msg.Sujet = ChaîneConstruit("%1 ordre(s) de travail pour le %2", tabOrdres..Occurrence, DateVersChaîne(dAujourdhui, "JJ/MM/AAAA"))
msg.Message = ""
POUR TOUT o DE tabOrdres
	msg.Message += [RC] + "- " + o.sImmat + " (" + o.sMotif + ")"
FIN
Trace(msg.Sujet) // expect: 3 ordre(s) de travail pour le 04/12/2025
Trace(Taille(msg.Message) > 0 ET ChaîneOccurrence(msg.Message, RC) = 2) // expect: 1

// ce que chaque véhicule a coûté en 2025
sRequête est une chaîne = [
	SELECT Immat, COUNT(*) AS Entretiens, SUM(Coût) AS Total
	FROM Historique
	WHERE DateEntretien >= '20250101'
	GROUP BY Immat
	ORDER BY Total DESC
]
sdCoût est une Source de Données
SI HExécuteRequêteSQL(sdCoût, hRequêteDéfaut, sRequête) ALORS
	POUR TOUT sdCoût
		Trace(sdCoût.Immat + " " + sdCoût.Entretiens + " " + NumériqueVersChaîne(sdCoût.Total, "8.2f"))
	FIN
FIN
// expect: TR-900-XY 1  1250.75
// expect: AB-123-CD 2   500.50
// expect: VN-555-ZZ 1   210.00

PROCÉDURE CVéhicule::Constructeur(sImmat est une chaîne, nCompteur est un entier)
	:m_sImmat = sImmat
	:m_nCompteur = nCompteur
	:m_nDernierKm = nCompteur
	:m_dDernierEntretien = "19000101"

PROCÉDURE CVéhicule::IntervalleKm() : entier
	RENVOYER 15000

PROCÉDURE CVéhicule::IntervalleMois() : entier
	RENVOYER 12

// pourquoi le véhicule doit passer à l'atelier, ou "" s'il n'a pas à y passer
PROCÉDURE CVéhicule::MotifEntretien(dAujourdhui est une Date) : chaîne
	nDepuis est un entier = :m_nCompteur - :m_nDernierKm
	SI nDepuis >= :IntervalleKm() ALORS RENVOYER nDepuis + " km depuis le dernier entretien (intervalle " + :IntervalleKm() + ")"
	dProchain est une Date = :m_dDernierEntretien
	dProchain..Mois += :IntervalleMois()
	SI DateDifférence(dAujourdhui, dProchain) <= 60 ALORS RENVOYER "entretien dû le " + DateVersChaîne(dProchain, "JJ/MM/AAAA")
	RENVOYER ""

PROCÉDURE CVéhicule::Priorité(dAujourdhui est une Date) : entier
	nDepuis est un entier = :m_nCompteur - :m_nDernierKm
	SELON nDepuis * 100 / :IntervalleKm()
		CAS >= 100 : RENVOYER 2
		AUTRE CAS : RENVOYER 1
	FIN

PROCÉDURE CCamionnette::IntervalleKm() : entier
	RENVOYER 12000

PROCÉDURE CCamionnette::IntervalleMois() : entier
	RENVOYER 6

PROCÉDURE CCamion::Constructeur(sImmat est une chaîne, nEssieux est un entier)
	Constructeur CVéhicule(sImmat, 0)
	:m_nEssieux = nEssieux

PROCÉDURE CCamion::IntervalleKm() : entier
	RENVOYER 20000 * :m_nEssieux

PROCÉDURE CCamion::Priorité(dAujourdhui est une Date) : entier
	RENVOYER CVéhicule::Priorité(dAujourdhui) + 1
