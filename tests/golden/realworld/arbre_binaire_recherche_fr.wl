// Arbre binaire de recherche de clients, insertion et parcours récursifs, suppression
CNoeud est une Classe
	PUBLIC
	nClé est un entier
	sNom est une chaîne
	pGauche est un CNoeud dynamique
	pDroite est un CNoeud dynamique
FIN

CArbre est une Classe
	PRIVÉ
	m_pRacine est un CNoeud dynamique
	m_nTaille est un entier
FIN

arbre est un CArbre
POUR TOUT nK, i DE [50, 30, 70, 20, 40, 60, 80, 30]
	arbre.Insère(nK, "C" + nK + (i = 8 ? "bis" SINON ""))
FIN
Trace(arbre.Parcours()) // expect: 20=C20, 30=C30bis, 40=C40, 50=C50, 60=C60, 70=C70, 80=C80
Trace(arbre.Taille(), arbre.Hauteur()) // expect: 7, 3
Trace(arbre.Cherche(60), "[" + arbre.Cherche(65) + "]") // expect: C60, []
arbre.Supprime(50)
arbre.Supprime(20)
arbre.Supprime(99)
Trace(arbre.Parcours()) // expect: 30=C30bis, 40=C40, 60=C60, 70=C70, 80=C80
Trace(arbre.Taille(), arbre.Hauteur()) // expect: 5, 3

PROCÉDURE CArbre::Insère(LOCAL nClé est un entier, LOCAL sNom est une chaîne)
m_pRacine = _Insère(m_pRacine, nClé, sNom)

PROCÉDURE PRIVÉE CArbre::_Insère(pN est un CNoeud dynamique, nClé est un entier, sNom est une chaîne) : CNoeud dynamique
SI pN = Null ALORS
	pN = allouer un CNoeud
	pN.nClé = nClé
	pN.sNom = sNom
	m_nTaille++
	RENVOYER pN
FIN
SI nClé < pN.nClé ALORS
	pN.pGauche = _Insère(pN.pGauche, nClé, sNom)
SINON SI nClé > pN.nClé ALORS
	pN.pDroite = _Insère(pN.pDroite, nClé, sNom)
SINON
	pN.sNom = sNom // même clé : on remplace
FIN
RENVOYER pN

PROCÉDURE CArbre::Parcours() : chaîne
sRés est une chaîne
_Parcours(m_pRacine, sRés)
RENVOYER sRés

PROCÉDURE PRIVÉE CArbre::_Parcours(pN est un CNoeud dynamique, sRés est une chaîne)
SI pN = Null ALORS RETOUR
_Parcours(pN:pGauche, sRés)
sRés += [", "] + pN:nClé + "=" + pN:sNom
_Parcours(pN:pDroite, sRés)

PROCÉDURE CArbre::Cherche(nClé est un entier) : chaîne
pN est un CNoeud dynamique = m_pRacine
TANTQUE pN <> Null
	SELON nClé
		CAS < pN.nClé : pN = pN.pGauche
		CAS > pN.nClé : pN = pN.pDroite
		AUTRE CAS : RENVOYER pN.sNom
	FIN
FIN
RENVOYER ""

PROCÉDURE CArbre::Supprime(nClé est un entier)
m_pRacine = _Supprime(m_pRacine, nClé)

PROCÉDURE PRIVÉE CArbre::_Supprime(pN est un CNoeud dynamique, nClé est un entier) : CNoeud dynamique
SI pN = Null ALORS RENVOYER Null
SI nClé < pN.nClé ALORS
	pN.pGauche = _Supprime(pN.pGauche, nClé)
SINON SI nClé > pN.nClé ALORS
	pN.pDroite = _Supprime(pN.pDroite, nClé)
SINON
	m_nTaille--
	SI pN.pGauche = Null ALORS RENVOYER pN.pDroite
	SI pN.pDroite = Null ALORS RENVOYER pN.pGauche
	// deux enfants : le plus petit du sous-arbre droit prend la place
	pMin est un CNoeud dynamique = pN.pDroite
	TANTQUE pMin.pGauche <> Null
		pMin = pMin.pGauche
	FIN
	pN.nClé = pMin.nClé
	pN.sNom = pMin.sNom
	m_nTaille++ // la suppression récursive le recomptera
	pN.pDroite = _Supprime(pN.pDroite, pMin.nClé)
FIN
RENVOYER pN

PROCÉDURE CArbre::Taille() : entier
RENVOYER m_nTaille

PROCÉDURE CArbre::Hauteur() : entier
RENVOYER _Hauteur(m_pRacine)

PROCÉDURE PRIVÉE CArbre::_Hauteur(pN est un CNoeud dynamique) : entier
SI pN = Null ALORS RENVOYER 0
RENVOYER 1 + Max(_Hauteur(pN.pGauche), _Hauteur(pN.pDroite))
