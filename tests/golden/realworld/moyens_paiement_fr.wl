// Moyens de paiement derrière une interface, comme les garde un module de caisse : une
// classe de base abstraite avec une propriété, deux moyens concrets qui la redéfinissent
// et appellent l'ancêtre, des constantes de classe, un compteur global, des destructeurs
// à la libération, des exceptions pour les refus.
IPaiement est une Interface
	PROCÉDURE Paie(moMontant est un monétaire) : chaîne
	PROCÉDURE Frais(moMontant est un monétaire) : monétaire
FIN

CPaiementBase est une Classe, abstraite
	implémente IPaiement
	PROTÉGÉ
	m_sLibellé est une chaîne
	GLOBAL
	s_nCréés est un entier
	s_nLibérés est un entier
FIN

CCarte est une Classe
	hérite de CPaiementBase
	CONSTANTE
		TAUX_FRAIS = 0.015
		PLAFOND = 3000
	FIN
	m_sFin4 est une chaîne
FIN

CVirement est une Classe
	hérite de CPaiementBase
	CONSTANTE FRAIS_FIXES = 0.50
FIN

tabMoyens est un tableau de IPaiement dynamique
TableauAjoute(tabMoyens, allouer un CCarte("4242"))
TableauAjoute(tabMoyens, allouer un CVirement())
POUR TOUT p DE tabMoyens
	QUAND EXCEPTION DANS
		Trace(p.Paie(120))
		Trace(p.Paie(4000))
	FAIRE
		Trace("refusé : " + ExceptionInfo(errMessage))
	FIN
FIN
// expect: carte *4242 : 120.00 + frais 1.80
// expect: refusé : plafond de la carte : 3000
// expect: virement : 120.00 + frais 0.50
// expect: virement : 4000.00 + frais 0.50

o est un CCarte dynamique = tabMoyens[1]
Trace(o.Libellé + " / " + CCarte::PLAFOND + " / " + CPaiementBase::s_nCréés)
// expect: Carte / 3000 / 2
libérer tabMoyens[2]
TableauSupprime(tabMoyens, 2)
Trace(CPaiementBase::s_nLibérés + " libéré(s), " + tabMoyens..Occurrence + " restant(s)")
// expect: 1 libéré(s), 1 restant(s)

PROCÉDURE CPaiementBase::Constructeur(sLibellé est une chaîne)
	:m_sLibellé = sLibellé
	CPaiementBase::s_nCréés++

PROCÉDURE CPaiementBase::Destructeur()
	CPaiementBase::s_nLibérés++

PROCÉDURE CPaiementBase::Libellé() <lecture>
	RENVOYER :m_sLibellé

PROCÉDURE CPaiementBase::Frais(moMontant est un monétaire) : monétaire
	RENVOYER 0

PROCÉDURE ABSTRAITE CPaiementBase::Paie(moMontant est un monétaire) : chaîne

PROCÉDURE CPaiementBase::Décrit(sQuoi est une chaîne, moMontant est un monétaire) : chaîne
	RENVOYER sQuoi + " : " + NumériqueVersChaîne(moMontant, ".2f") + " + frais " + NumériqueVersChaîne(:Frais(moMontant), ".2f")

PROCÉDURE CCarte::Constructeur(sFin4 est une chaîne)
	Constructeur CPaiementBase("Carte")
	:m_sFin4 = sFin4

PROCÉDURE CCarte::Frais(moMontant est un monétaire) : monétaire
	RENVOYER Arrondi(moMontant * TAUX_FRAIS, 2)

PROCÉDURE CCarte::Paie(moMontant est un monétaire) : chaîne
	SI moMontant > PLAFOND ALORS ExceptionDéclenche(1, "plafond de la carte : " + PLAFOND)
	RENVOYER :Décrit("carte *" + :m_sFin4, moMontant)

PROCÉDURE CVirement::Constructeur()
	Constructeur CPaiementBase("Virement")

PROCÉDURE CVirement::Frais(moMontant est un monétaire) : monétaire
	RENVOYER FRAIS_FIXES + CPaiementBase::Frais(moMontant)

PROCÉDURE CVirement::Paie(moMontant est un monétaire) : chaîne
	RENVOYER :Décrit("virement", moMontant)
