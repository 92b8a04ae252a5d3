// Liste doublement chaînée de commandes en attente : références <-, extrémités Null,
// insertion triée, retrait, parcours dans les deux sens
CMaillon est une Classe
	PUBLIC
	sRéf est une chaîne
	nPriorité est un entier
	pSuivant est un CMaillon dynamique
	pPrécédent est un CMaillon dynamique
FIN

CListe est une Classe
	PUBLIC CONSTANT
	m_pTête est un CMaillon dynamique
	m_pQueue est un CMaillon dynamique
	m_nNb est un entier
FIN

l est un CListe
l.InsèreTrié("CMD-3", 2)
l.InsèreTrié("CMD-1", 5)
l.InsèreTrié("CMD-7", 2)
l.InsèreTrié("CMD-2", 9)
Trace(l.Texte(Vrai), "|", l.Texte(Faux)) // expect: CMD-2, CMD-1, CMD-3, CMD-7, |, CMD-7, CMD-3, CMD-1, CMD-2
Trace(l.Retire("CMD-1"), l.Retire("CMD-9"), l.m_nNb) // expect: 1, 0, 3
Trace(l.Retire("CMD-2"), l.Retire("CMD-7")) // expect: 1, 1
Trace(l.Texte(Vrai), l.m_pTête = l.m_pQueue, l.m_pTête.pPrécédent = Null) // expect: CMD-3, 1, 1
l.Retire("CMD-3")
Trace("[" + l.Texte(Vrai) + "]", l.m_pTête = Null, l.m_pQueue = Null, l.m_nNb) // expect: [], 1, 1, 0

PROCÉDURE CListe::InsèreTrié(sRéf est une chaîne, nPriorité est un entier)
pNouveau est un CMaillon dynamique = allouer un CMaillon
pNouveau.sRéf = sRéf
pNouveau.nPriorité = nPriorité
m_nNb++
// premier maillon de priorité strictement inférieure
pCourant est un CMaillon dynamique <- m_pTête
TANTQUE pCourant <> Null _ET_ pCourant.nPriorité >= nPriorité
	pCourant <- pCourant.pSuivant
FIN
SI pCourant = Null ALORS // en queue
	pNouveau.pPrécédent <- m_pQueue
	SI m_pQueue <> Null ALORS m_pQueue.pSuivant <- pNouveau SINON m_pTête <- pNouveau
	m_pQueue <- pNouveau
	RETOUR
FIN
pNouveau.pSuivant <- pCourant
pNouveau.pPrécédent <- pCourant.pPrécédent
SI pCourant.pPrécédent <> Null ALORS
	pCourant.pPrécédent.pSuivant <- pNouveau
SINON
	m_pTête <- pNouveau
FIN
pCourant.pPrécédent <- pNouveau

PROCÉDURE CListe::Retire(sRéf est une chaîne) : booléen
POUR TOUT p DE Maillons()
	SI p.sRéf = sRéf ALORS
		SI p.pPrécédent = Null ALORS m_pTête <- p.pSuivant SINON p.pPrécédent.pSuivant <- p.pSuivant
		SI p.pSuivant = Null ALORS m_pQueue <- p.pPrécédent SINON p.pSuivant.pPrécédent <- p.pPrécédent
		m_nNb--
		RENVOYER Vrai
	FIN
FIN
RENVOYER Faux

PROCÉDURE CListe::Maillons() : tableau de CMaillon dynamique
tab est un tableau de CMaillon dynamique
p est un CMaillon dynamique <- m_pTête
TANTQUE p <> Null
	TableauAjoute(tab, p)
	p <- p.pSuivant
FIN
RENVOYER tab

PROCÉDURE CListe::Texte(bEndroit est un booléen) : chaîne
s est une chaîne
p est un CMaillon dynamique <- (bEndroit ? m_pTête SINON m_pQueue)
TANTQUE p <> Null
	s += [", "] + p.sRéf
	p <- (bEndroit ? p.pSuivant SINON p.pPrécédent)
FIN
RENVOYER s
