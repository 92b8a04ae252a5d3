// Comptes bancaires : classe abstraite, propriétés, membres globaux, redéfinition avec
// Ancêtre, destructeur, surcharge de méthode
CCompte est une Classe, abstraite
	PROTÉGÉ
	m_sTitulaire est une chaîne
	m_mSolde est un monétaire
	PUBLIC GLOBAL
	gnNbComptes est un entier
	PRIVÉ
	m_tabJournal est un tableau de chaînes
FIN

CCourant est une Classe
	hérite de CCompte
	m_mDécouvert est un monétaire = 200
FIN

CÉpargne est une Classe
	hérite de CCompte
	m_rTaux est un réel = 1.5
FIN

c1 est un CCourant("Martin")
c2 est un CÉpargne dynamique = allouer un CÉpargne("Durand", 1000)
c1.Dépose(100)
Trace(c1.Retire(250), c1.Solde) // expect: 1, -150
Trace(c1.Retire(100), c1.Solde) // expect: 0, -150
c2.Dépose(500, "prime")
Trace(c2.Intérêts(), c2.Solde) // expect: 22.5, 1500
Trace(CCompte.gnNbComptes, CCompte::gnNbComptes) // expect: 2, 2
c2.Titulaire = "  dupont  "
Trace(c2.Titulaire, c2.Journal()) // expect: DUPONT, ouverture 1000 ; dépôt 500 (prime)
libérer c2
Trace(CCompte::gnNbComptes) // expect: 1
tabComptes est un tableau de CCompte dynamique
tabComptes.Ajoute(allouer un CCourant("A"))
tabComptes.Ajoute(allouer un CÉpargne("B", 200))
mTotal est un monétaire
POUR TOUT c DE tabComptes
	c.Dépose(10)
	mTotal += c.Solde
FIN
pÉp est un CÉpargne dynamique = tabComptes[2]
Trace(mTotal, pÉp.Intérêts()) // expect: 220, 3.15

PROCÉDURE CCompte::Constructeur(sTitulaire est une chaîne, mInitial est un monétaire = 0)
m_sTitulaire = sTitulaire
m_mSolde = mInitial
gnNbComptes++
SI mInitial > 0 ALORS m_tabJournal.Ajoute("ouverture " + mInitial)

PROCÉDURE CCompte::Destructeur()
gnNbComptes--

PROCÉDURE CCompte::Dépose(mMontant est un monétaire)
m_mSolde += mMontant
m_tabJournal.Ajoute("dépôt " + mMontant)

PROCÉDURE CCompte::Dépose(mMontant est un monétaire, sMotif est une chaîne)
Dépose(mMontant)
m_tabJournal[m_tabJournal..Occurrence] += " (" + sMotif + ")"

PROCÉDURE CCompte::Retire(mMontant est un monétaire) : booléen
SI PAS Autorisé(mMontant) ALORS RENVOYER Faux
m_mSolde -= mMontant
RENVOYER Vrai

PROCÉDURE PROTÉGÉE ABSTRAITE CCompte::Autorisé(mMontant est un monétaire) : booléen

PROCÉDURE CCompte::Journal() : chaîne
RENVOYER TableauVersChaîne(m_tabJournal, " ; ")

PROCÉDURE CCompte::Solde() <lecture>
RENVOYER m_mSolde

PROCÉDURE CCompte::Titulaire() <lecture>
RENVOYER m_sTitulaire

PROCÉDURE CCompte::Titulaire(Valeur est une chaîne) <écriture>
m_sTitulaire = Majuscule(SansEspace(Valeur))

PROCÉDURE CCourant::Constructeur(sTitulaire est une chaîne)
Constructeur CCompte(sTitulaire)

PROCÉDURE PROTÉGÉE CCourant::Autorisé(mMontant est un monétaire) : booléen
RENVOYER m_mSolde - mMontant >= -m_mDécouvert

PROCÉDURE CÉpargne::Constructeur(sTitulaire est une chaîne, mInitial est un monétaire)
Constructeur CCompte(sTitulaire, mInitial)

PROCÉDURE PROTÉGÉE CÉpargne::Autorisé(mMontant est un monétaire) : booléen
RENVOYER mMontant <= m_mSolde

PROCÉDURE CÉpargne::Intérêts() : monétaire
RENVOYER m_mSolde * m_rTaux / 100
