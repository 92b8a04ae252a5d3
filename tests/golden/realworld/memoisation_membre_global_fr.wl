// (méthode b) Une mémoïsation dans un membre GLOBAL d'une classe : un tableau associatif
// d'entiers (clé entière), un compteur global, lus par CCalcul::x, ::x et CCalcul.x ;
// puis un cache de tarifs (tableau associatif (ccSansCasse) de monétaires) en PUBLIC
// GLOBAL, lu d'une méthode globale et d'une méthode d'objet, avec un membre PRIVÉ.
Trace(CCalcul::Fibo(40))                          // expect: 102334155
Trace(CCalcul::nCalculs)                          // expect: 38
Trace(CCalcul.Fibo(41))                           // expect: 165580141
Trace(CCalcul::nCalculs, CCalcul::taCache..Occurrence)  // expect: 39, 39
CCalcul::Vide()
Trace(CCalcul::nCalculs, TableauOccurrence(CCalcul::taCache))  // expect: 0, 0

Trace(CTarifs::Prix("a1"))                        // expect: 12.5
Trace(CTarifs::Prix("A1"))                        // expect: 12.5
Trace(CTarifs::Prix("b2"), CTarifs::mg_nLectures)  // expect: 7, 2
t est un CTarifs
Trace(t.Affiche("B2"))                            // expect: B2 : 7 EUR
Trace(CTarifs::mg_nLectures, CTarifs::mg_taPrix.Occurrence)  // expect: 2, 2
POUR TOUT mPrix, sClé DE CTarifs::mg_taPrix
	Trace(sClé + "=" + mPrix)
FIN
// expect: a1=12.5
// expect: b2=7

CCalcul est une Classe
	GLOBAL
	taCache est un tableau associatif d'entiers
	nCalculs est un entier
FIN

PROCÉDURE GLOBALE CCalcul::Fibo(n est un entier) : entier
SI n <= 2 ALORS RENVOYER 1
SI CCalcul::taCache[n]..Existe ALORS RENVOYER CCalcul::taCache[n]
CCalcul::nCalculs++
nRes est un entier = Fibo(n - 1) + Fibo(n - 2)
CCalcul::taCache[n] = nRes
RENVOYER nRes

PROCÉDURE GLOBALE CCalcul::Vide()
TableauSupprimeTout(::taCache)
::nCalculs = 0

CTarifs est une Classe
	PUBLIC GLOBAL
		mg_taPrix est un tableau associatif (ccSansCasse) de monétaires
		mg_nLectures est un entier
	PRIVÉ
		m_sDevise est une chaîne = "EUR"
FIN

PROCÉDURE PUBLIQUE GLOBALE CTarifs::Prix(LOCAL sRéf est une chaîne) : monétaire
SI mg_taPrix[sRéf]..Existe ALORS
	RENVOYER mg_taPrix[sRéf]
FIN
mg_nLectures++
mPrix est un monétaire = LitPrix(sRéf)
mg_taPrix[sRéf] = mPrix
RENVOYER mPrix

PROCÉDURE CTarifs::Affiche(sRéf)
RENVOYER sRéf + " : " + CTarifs::Prix(sRéf) + " " + :m_sDevise

PROCÉDURE LitPrix(sRéf est une chaîne) : monétaire
SELON Majuscule(sRéf)
	CAS "A1" : RENVOYER 12.5
	CAS "B2" : RENVOYER 7
	AUTRE CAS : RENVOYER 0
FIN
