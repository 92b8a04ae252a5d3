// Un SI sur une ligne dont les branches sont des affectations de référence (`SI c ALORS
// p <- q SINON r <- q`, les extrémités d'une liste chaînée comme le code réel les écrit) :
// chaque branche est une instruction, `<-` y affecte une référence ; c'était une erreur
// de syntaxe ("unexpected '<'")
CMaillon est une Classe
	sNom est une chaîne
	pSuivant est un CMaillon dynamique
FIN
pTête, pQueue sont des CMaillon dynamiques
POUR TOUT sNom DE ["a", "b", "c"]
	pNouveau est un CMaillon dynamique = allouer un CMaillon
	pNouveau.sNom = sNom
	SI pQueue <> Null ALORS pQueue.pSuivant <- pNouveau SINON pTête <- pNouveau
	pQueue <- pNouveau
FIN
p est un CMaillon dynamique <- pTête
s est une chaîne
TANTQUE p <> Null
	s += p.sNom
	si p.pSuivant = Null alors p <- Null sinon p <- p.pSuivant
FIN
Trace(s, pTête.pSuivant.pSuivant = pQueue) // expect: abc, 1
n est un entier = -3
SI n <-1 ALORS Trace("sous -1") // expect: sous -1
SI n < -5 ALORS Trace("non") SINON Trace(n <-2) // expect: 1
