// Moyens de paiement derrière une INTERFACE, choisis par une fabrique selon un code
// (SELON sur le code nettoyé), une erreur par ligne rattrapée dans la boucle (jumeau
// anglais : payment_interface_factory_en.wl).
IPaiement est une Interface
	PROCÉDURE Payer(mMontant est un monétaire) : booléen
	PROCÉDURE Nom() : chaîne
FIN

CPaiementCarte est une Classe
	implémente IPaiement
	PRIVÉ
		m_mPlafond est un monétaire = 500
FIN

CPaiementVirement est une Classe
	implémente IPaiement
FIN

CPaiementEspèces est une Classe
	implémente IPaiement
	m_mCaisse est un monétaire
FIN

tabCommandes est un tableau de 0 par 2 chaînes
TableauAjouteLigne(tabCommandes, "cb", "120.50")
TableauAjouteLigne(tabCommandes, " vir ", "5")
TableauAjouteLigne(tabCommandes, "Carte", "800")
TableauAjouteLigne(tabCommandes, "esp", "42")
TableauAjouteLigne(tabCommandes, "chèque", "30")
mTotal est un monétaire
POUR i = 1 _À_ tabCommandes..Occurrence
	QUAND EXCEPTION DANS
		pMoyen est un IPaiement = FabriquePaiement(tabCommandes[i, 1])
		mMontant est un monétaire = Val(tabCommandes[i, 2])
		SI pMoyen.Payer(mMontant) ALORS
			mTotal += mMontant
			Trace(pMoyen.Nom(), "OK", mMontant)
		SINON
			Trace(pMoyen.Nom(), "KO", mMontant)
		FIN
	FAIRE
		Trace("ligne", i, ":", ExceptionInfo(errMessage))
	FIN
FIN
Trace("encaissé", mTotal)
// expect: Carte, OK, 120.5
// expect: Virement, KO, 5
// expect: carte refusée :, 800, >, 500
// expect: Carte, KO, 800
// expect: Espèces (caisse 42), OK, 42
// expect: ligne, 5, :, moyen de paiement inconnu : chèque
// expect: encaissé, 162.5

PROCÉDURE CPaiementCarte::Payer(mMontant est un monétaire) : booléen
SI mMontant > m_mPlafond ALORS
	Trace("carte refusée :", mMontant, ">", m_mPlafond)
	RENVOYER Faux
FIN
RENVOYER Vrai

PROCÉDURE CPaiementCarte::Nom() : chaîne
RENVOYER "Carte"

PROCÉDURE CPaiementVirement::Payer(mMontant est un monétaire) : booléen
RENVOYER mMontant >= 10

PROCÉDURE CPaiementVirement::Nom() : chaîne
RENVOYER "Virement"

PROCÉDURE CPaiementEspèces::Payer(mMontant est un monétaire) : booléen
m_mCaisse += mMontant
RENVOYER mMontant <= 1000

PROCÉDURE CPaiementEspèces::Nom() : chaîne
RENVOYER "Espèces (caisse " + m_mCaisse + ")"

PROCÉDURE FabriquePaiement(LOCAL sCode est une chaîne) : IPaiement
p est un IPaiement
SELON Majuscule(SansEspace(sCode))
	CAS "CB", "CARTE" : p = allouer un CPaiementCarte
	CAS "VIR" : p = allouer un CPaiementVirement()
	CAS "ESP" : p = nouveau CPaiementEspèces
	AUTRE CAS
		ExceptionDéclenche(10, "moyen de paiement inconnu : " + sCode)
FIN
RENVOYER p
