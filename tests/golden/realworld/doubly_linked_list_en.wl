// Doubly linked list of pending orders: <- references, Null ends, sorted insert,
// removal, walk both ways. English keywords, the French twin's names
// (liste_doublement_chainee_fr.wl)
CMaillon is a Class
	PUBLIC
	sRéf is string
	nPriorité is int
	pSuivant is CMaillon dynamic
	pPrécédent is CMaillon dynamic
END

CListe is a Class
	PUBLIC CONSTANT
	m_pTête is CMaillon dynamic
	m_pQueue is CMaillon dynamic
	m_nNb is int
END

l is CListe
l.InsèreTrié("CMD-3", 2)
l.InsèreTrié("CMD-1", 5)
l.InsèreTrié("CMD-7", 2)
l.InsèreTrié("CMD-2", 9)
Trace(l.Texte(True), "|", l.Texte(False)) // expect: CMD-2, CMD-1, CMD-3, CMD-7, |, CMD-7, CMD-3, CMD-1, CMD-2
Trace(l.Retire("CMD-1"), l.Retire("CMD-9"), l.m_nNb) // expect: 1, 0, 3
Trace(l.Retire("CMD-2"), l.Retire("CMD-7")) // expect: 1, 1
Trace(l.Texte(True), l.m_pTête = l.m_pQueue, l.m_pTête.pPrécédent = Null) // expect: CMD-3, 1, 1
l.Retire("CMD-3")
Trace("[" + l.Texte(True) + "]", l.m_pTête = Null, l.m_pQueue = Null, l.m_nNb) // expect: [], 1, 1, 0

PROCEDURE CListe::InsèreTrié(sRéf is string, nPriorité is int)
pNouveau is CMaillon dynamic = new CMaillon
pNouveau.sRéf = sRéf
pNouveau.nPriorité = nPriorité
m_nNb++
// premier maillon de priorité strictement inférieure
pCourant is CMaillon dynamic <- m_pTête
WHILE pCourant <> Null _AND_ pCourant.nPriorité >= nPriorité
	pCourant <- pCourant.pSuivant
END
IF pCourant = Null THEN // en queue
	pNouveau.pPrécédent <- m_pQueue
	IF m_pQueue <> Null THEN m_pQueue.pSuivant <- pNouveau ELSE m_pTête <- pNouveau
	m_pQueue <- pNouveau
	RETURN
END
pNouveau.pSuivant <- pCourant
pNouveau.pPrécédent <- pCourant.pPrécédent
IF pCourant.pPrécédent <> Null THEN
	pCourant.pPrécédent.pSuivant <- pNouveau
ELSE
	m_pTête <- pNouveau
END
pCourant.pPrécédent <- pNouveau

PROCEDURE CListe::Retire(sRéf is string) : boolean
FOR EACH p OF Maillons()
	IF p.sRéf = sRéf THEN
		IF p.pPrécédent = Null THEN m_pTête <- p.pSuivant ELSE p.pPrécédent.pSuivant <- p.pSuivant
		IF p.pSuivant = Null THEN m_pQueue <- p.pPrécédent ELSE p.pSuivant.pPrécédent <- p.pPrécédent
		m_nNb--
		RESULT True
	END
END
RESULT False

PROCEDURE CListe::Maillons() : array of CMaillon dynamic
tab is array of CMaillon dynamic
p is CMaillon dynamic <- m_pTête
WHILE p <> Null
	ArrayAdd(tab, p)
	p <- p.pSuivant
END
RESULT tab

PROCEDURE CListe::Texte(bEndroit is boolean) : string
s is string
p is CMaillon dynamic <- (bEndroit ? m_pTête ELSE m_pQueue)
WHILE p <> Null
	s += [", "] + p.sRéf
	p <- (bEndroit ? p.pSuivant ELSE p.pPrécédent)
END
RESULT s
