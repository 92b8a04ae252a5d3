// Cache LRU des fiches clients : un tableau associatif sans casse d'objets dynamiques et
// une liste doublement chaînée (le plus récent en tête), des propriétés <lecture> /
// <écriture> (la capacité réduite évince), des méthodes PRIVÉES, une énumération rendue
// par une méthode et lue par SELON (méthode b, L 6 déc. 2026 : passe tel qu'écrit ;
// jumeau anglais : lru_cache_en.wl).
CNoeud est une Classe
	sClé est une chaîne
	vValeur est un Variant
	pPréc est un CNoeud dynamique
	pSuiv est un CNoeud dynamique
FIN
CCacheLRU est une Classe
	PRIVÉ
	m_nCapacité est un entier
	m_aaIndex est un tableau associatif (SansCasse) de CNoeud dynamique
	m_pTête est un CNoeud dynamique   // le plus récent
	m_pQueue est un CNoeud dynamique  // le plus ancien
	m_nSuccès est un entier
	m_nEchecs est un entier
FIN
EStatut est une Énumération
	stTrouvé
	stAbsent
	stEvincé
FIN
gtabJournal est un tableau de chaînes

cache est un CCacheLRU(3)
cache.Mets("C001", "Dupont")
cache.Mets("C002", "Martin")
cache.Mets("C003", "Durand")
// C001 devient le plus récent
Trace(cache.Lis("c001")) // expect: Dupont
// C004 évince C002, le moins récemment lu
cache.Mets("C004", "Bernard")
Trace(cache.Lis("C002")) // expect: 
Trace(cache.Ordre()) // expect: C004 > C001 > C003
Trace(cache.TauxSuccès) // expect: 50
// réduire la capacité évince les plus anciens
cache.Capacité = 2
Trace(cache.Ordre(), cache.Taille) // expect: C004 > C001, 2
Trace(TableauVersChaîne(gtabJournal, ", ")) // expect: évincé C002, évincé C003
st est un EStatut = cache.Etat("C004")
SELON st
	CAS stTrouvé : Trace("présent (" + st..Nom + ")") // expect: présent (stTrouvé)
	CAS stAbsent, stEvincé : Trace("absent")
FIN
QUAND EXCEPTION DANS
	cache.Capacité = 0
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: La capacité doit être au moins 1 (reçu 0)
FIN

PROCÉDURE CCacheLRU::Constructeur(nCapacité est un entier)
m_nCapacité = nCapacité

PROCÉDURE CCacheLRU::Mets(sClé est une chaîne, vValeur)
p est un CNoeud dynamique
SI m_aaIndex[sClé]..Existe ALORS
	p = m_aaIndex[sClé]
	p.vValeur = vValeur
	Détache(p)
SINON
	p = allouer un CNoeud
	p.sClé = Majuscule(sClé)
	p.vValeur = vValeur
	m_aaIndex[sClé] = p
FIN
EnTête(p)
TANTQUE m_aaIndex.Occurrence > m_nCapacité
	Evince()
FIN

PROCÉDURE CCacheLRU::Lis(sClé est une chaîne)
SI PAS m_aaIndex[sClé]..Existe ALORS
	m_nEchecs++
	RENVOYER Null
FIN
m_nSuccès++
p est un CNoeud dynamique = m_aaIndex[sClé]
Détache(p)
EnTête(p)
RENVOYER p.vValeur

PROCÉDURE CCacheLRU::Etat(sClé) : EStatut
SI m_aaIndex[sClé]..Existe ALORS RENVOYER stTrouvé
SI TableauCherche(gtabJournal, tcLinéaire, "évincé " + Majuscule(sClé)) > 0 ALORS RENVOYER stEvincé
RENVOYER stAbsent

PROCÉDURE PRIVÉE CCacheLRU::Détache(p est un CNoeud dynamique)
SI p.pPréc <> Null ALORS p.pPréc.pSuiv = p.pSuiv SINON m_pTête = p.pSuiv
SI p.pSuiv <> Null ALORS p.pSuiv.pPréc = p.pPréc SINON m_pQueue = p.pPréc
p.pPréc = Null
p.pSuiv = Null

PROCÉDURE PRIVÉE CCacheLRU::EnTête(p est un CNoeud dynamique)
p.pSuiv = m_pTête
SI m_pTête <> Null ALORS m_pTête.pPréc = p
m_pTête = p
SI m_pQueue = Null ALORS m_pQueue = p

PROCÉDURE PRIVÉE CCacheLRU::Evince()
pVieux est un CNoeud dynamique = m_pQueue
Détache(pVieux)
TableauSupprime(m_aaIndex, pVieux.sClé)
TableauAjoute(gtabJournal, "évincé " + pVieux.sClé)

PROCÉDURE CCacheLRU::Ordre()
sRes est une chaîne
p est un CNoeud dynamique = m_pTête
TANTQUE p <> Null
	sRes += [" > "] + p.sClé
	p = p.pSuiv
FIN
RENVOYER sRes

PROCÉDURE CCacheLRU::TauxSuccès() <lecture>
SI m_nSuccès + m_nEchecs = 0 ALORS RENVOYER 0
RENVOYER Arrondi(100 * m_nSuccès / (m_nSuccès + m_nEchecs), 1)

PROCÉDURE CCacheLRU::Taille() <lecture>
RENVOYER m_aaIndex.Occurrence

PROCÉDURE CCacheLRU::Capacité() <lecture>
RENVOYER m_nCapacité

PROCÉDURE CCacheLRU::Capacité(nValeur est un entier) <écriture>
SI nValeur < 1 ALORS ExceptionDéclenche(10, "La capacité doit être au moins 1 (reçu " + nValeur + ")")
m_nCapacité = nValeur
TANTQUE m_aaIndex.Occurrence > m_nCapacité
	Evince()
FIN
