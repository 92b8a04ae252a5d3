// Comptes bancaires : interface implémentée, membres PRIVÉ et GLOBAL (CCompte::s_nComptes),
// propriété en lecture seule lue sans préfixe dans une méthode de la classe dérivée
// (Solde : elle échouait, "'Solde' is not a member"), tri par procédure de comparaison.
ICompte est une Interface
	PROCÉDURE Dépose(mMontant est un monétaire)
	PROCÉDURE Retire(mMontant est un monétaire) : booléen
FIN

CCompte est une Classe
	implémente ICompte
	PRIVÉ
		m_mSolde est un monétaire
		m_tabMouvements est un tableau de chaînes
	PUBLIC
		m_sTitulaire est une chaîne
	GLOBAL
		s_nComptes est un entier
FIN

CCompteÉpargne est une Classe
	hérite de CCompte
	m_rTaux est un réel = 2.5
FIN

tabComptes est un tableau de CCompte dynamique
c1 est un CCompte dynamique = allouer un CCompte("Alice")
c1.Dépose(1500)
c1.Retire(200)
tabComptes.Ajoute(c1)
c2 est un CCompteÉpargne dynamique = allouer un CCompteÉpargne("Bruno")
c2.Dépose(5000)
SI PAS c2.Retire(6000) ALORS Trace("Retrait refusé pour " + c2.m_sTitulaire) // expect: Retrait refusé pour Bruno
c2.Intérêts(6)
tabComptes.Ajoute(c2)
c3 est un CCompte dynamique = allouer un CCompte("Chloé")
c3.Dépose(250.75)
tabComptes.Ajoute(c3)

Trace("Comptes ouverts : " + CCompte::s_nComptes) // expect: Comptes ouverts : 3
TableauTrie(tabComptes, ttFonction, ComparerSolde)
POUR TOUT c DE tabComptes
	Trace(c.m_sTitulaire + " : " + c.Solde)
FIN
// expect: Bruno : 5062.5
// expect: Alice : 1300
// expect: Chloé : 250.75
// (écrite par un CCompte, la propriété en lecture seule est une erreur de compilation,
// ?6010011 : WL106 ; par un variant, l'exécution s'arrête à la ligne)
vCompte est un variant = c1
QUAND EXCEPTION DANS
	vCompte.Solde = 0
FAIRE
	Trace("écriture refusée : " + ExceptionInfo(errMessage)) // expect: écriture refusée : The property Solde of CCompte is read-only (it has no <set> procedure).
FIN
Trace(c1.Historique()) // expect: +1500 -200

PROCÉDURE ComparerSolde(a est un CCompte, b est un CCompte)
SI a.Solde > b.Solde ALORS RENVOYER -1
SI a.Solde < b.Solde ALORS RENVOYER 1
RENVOYER 0

PROCÉDURE CCompte.Constructeur(sTitulaire est une chaîne)
m_sTitulaire = sTitulaire
CCompte::s_nComptes++

PROCÉDURE CCompte.Dépose(mMontant est un monétaire)
m_mSolde += mMontant
m_tabMouvements.Ajoute("+" + mMontant)

PROCÉDURE CCompte.Retire(mMontant est un monétaire) : booléen
SI mMontant > m_mSolde ALORS RENVOYER Faux
m_mSolde -= mMontant
m_tabMouvements.Ajoute("-" + mMontant)
RENVOYER Vrai

PROCÉDURE CCompte.Historique() : chaîne
RENVOYER TableauVersChaîne(m_tabMouvements, " ")

PROCÉDURE PUBLIQUE CCompte.Solde() <lecture>
RENVOYER m_mSolde

PROCÉDURE CCompteÉpargne.Intérêts(nMois est un entier)
Dépose(Arrondi(Solde * m_rTaux / 100 * nMois / 12, 2))
