// Une classe matrice aux méthodes "opérateurs" (Plus, Fois, Transposée, EgaleA), une
// méthode GLOBALE qui construit l'identité, des dimensions refusées par ExceptionDéclenche
// et lues par ExceptionInfo (méthode b, L 6 déc. 2026 : passe tel qu'écrit ; jumeau
// anglais : matrix_class_en.wl).
CMatrice est une Classe
	PRIVÉ
	m_nLignes est un entier
	m_nColonnes est un entier
	m_tabValeurs est un tableau de 0 par 0 réels
	PUBLIC
	CONSTANTE EPSILON = 0.000001
FIN
mA est un CMatrice(2, 3)
mA.Fixe(1, 1, 1) ; mA.Fixe(1, 2, 2) ; mA.Fixe(1, 3, 3)
mA.Fixe(2, 1, 4) ; mA.Fixe(2, 2, 5) ; mA.Fixe(2, 3, 6)
mT est un CMatrice dynamique = mA.Transposée()
Trace(mT.Lignes(), mT.Colonnes()) // expect: 3, 2
mP est un CMatrice dynamique = mA.Fois(mT)
Trace(mP.VersChaîne())
// expect:  14.0  32.0
// expect:  32.0  77.0
mI est un CMatrice dynamique = CMatrice::Identité(2)
Trace(mP.Fois(mI).EgaleA(mP)) // expect: 1
mS est un CMatrice dynamique = mI.Plus(mI)
Trace(mS.Lit(1,1), mS.Lit(1,2), mS.lit(2,2)) // expect: 2, 0, 2
QUAND EXCEPTION DANS
	mA.Fois(mA)
FAIRE
	Trace("Erreur " + ExceptionInfo(errCode) + " : " + ExceptionInfo(errMessage)) // expect: Erreur 3 : Produit impossible : 2x3 par 2x3
FIN
QUAND EXCEPTION DANS
	mA.Fixe(3, 1, 0)
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: Case (3,1) hors de la matrice 2x3
FIN

PROCÉDURE CMatrice::Constructeur(nLignes est un entier, nColonnes est un entier)
:m_nLignes = nLignes
:m_nColonnes = nColonnes
Dimension(:m_tabValeurs, nLignes, nColonnes)

PROCÉDURE CMatrice::Lignes() : entier
RENVOYER m_nLignes

PROCÉDURE CMatrice::Colonnes()
RENVOYER m_nColonnes

PROCÉDURE CMatrice::Fixe(nL est un entier, nC est un entier, rValeur est un réel)
SI nL < 1 OU nL > m_nLignes OU nC < 1 OU nC > m_nColonnes ALORS
	ExceptionDéclenche(1, ChaîneConstruit("Case (%1,%2) hors de la matrice %3x%4", nL, nC, m_nLignes, m_nColonnes))
FIN
m_tabValeurs[nL, nC] = rValeur

PROCÉDURE CMatrice::Lit(nL, nC)
RENVOYER m_tabValeurs[nL, nC]

PROCÉDURE GLOBALE CMatrice::Identité(n est un entier) : CMatrice dynamique
mRes est un CMatrice dynamique = allouer un CMatrice(n, n)
POUR i = 1 _À_ n
	mRes.Fixe(i, i, 1)
FIN
RENVOYER mRes

PROCÉDURE CMatrice::Plus(mAutre est un CMatrice) : CMatrice dynamique
SI mAutre.Lignes() <> m_nLignes OU mAutre.Colonnes() <> m_nColonnes ALORS
	ExceptionDéclenche(2, "Dimensions incompatibles pour l'addition")
FIN
mRes est un CMatrice dynamique = allouer un CMatrice(m_nLignes, m_nColonnes)
POUR i = 1 À m_nLignes
	POUR j = 1 À m_nColonnes
		mRes.Fixe(i, j, m_tabValeurs[i, j] + mAutre.Lit(i, j))
	FIN
FIN
RENVOYER mRes

PROCÉDURE CMatrice::Fois(mAutre est un CMatrice) : CMatrice dynamique
SI m_nColonnes <> mAutre.Lignes() ALORS
	ExceptionDéclenche(3, ChaîneConstruit("Produit impossible : %1x%2 par %3x%4", m_nLignes, m_nColonnes, mAutre.Lignes(), mAutre.Colonnes()))
FIN
mRes est un CMatrice dynamique = allouer un CMatrice(m_nLignes, mAutre.Colonnes())
rSomme est un réel
POUR i = 1 À m_nLignes
	POUR j = 1 À mAutre.Colonnes()
		rSomme = 0
		POUR k = 1 À m_nColonnes
			rSomme += m_tabValeurs[i, k] * mAutre.Lit(k, j)
		FIN
		mRes.Fixe(i, j, rSomme)
	FIN
FIN
RENVOYER mRes

PROCÉDURE CMatrice::Transposée() : CMatrice dynamique
mRes est un CMatrice dynamique = allouer un CMatrice(m_nColonnes, m_nLignes)
POUR i = 1 À m_nLignes
	POUR j = 1 À m_nColonnes
		mRes.Fixe(j, i, m_tabValeurs[i, j])
	FIN
FIN
RENVOYER mRes

PROCÉDURE CMatrice::EgaleA(mAutre est un CMatrice) : booléen
SI mAutre.Lignes() <> m_nLignes OU mAutre.Colonnes() <> m_nColonnes ALORS RENVOYER Faux
POUR i = 1 À m_nLignes
	POUR j = 1 À m_nColonnes
		SI Abs(m_tabValeurs[i, j] - mAutre.Lit(i, j)) > EPSILON ALORS RENVOYER Faux
	FIN
FIN
RENVOYER Vrai

PROCÉDURE CMatrice::VersChaîne()
sRes est une chaîne
POUR i = 1 À m_nLignes
	sLigne est une chaîne = ""
	POUR j = 1 À m_nColonnes
		sLigne += [" "] + NumériqueVersChaîne(m_tabValeurs[i, j], "5.1f")
	FIN
	sRes += [RC] + sLigne
FIN
RENVOYER sRes
