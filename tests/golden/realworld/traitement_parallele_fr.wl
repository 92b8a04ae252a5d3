// Un traitement batch réparti entre des threads, comme le code serveur le fait : chaque
// thread totalise sa tranche des commandes, une section critique protège les totaux
// partagés, le code principal attend chaque thread puis fait le bilan.
gtabMontants est un tableau de monétaires
POUR i = 1 À 40
	TableauAjoute(gtabMontants, i * 2.5)
FIN
gmoTotal est un monétaire
gnFinis est un entier
gtaParThread est un tableau associatif de monétaires

POUR nThread = 1 À 4
	ThreadExécute("T" + nThread, threadNormal, Tranche, nThread, 10)
FIN
POUR nThread = 1 À 4
	ThreadAttend("T" + nThread)
FIN
Trace(gnFinis + " threads, total " + gmoTotal)
// expect: 4 threads, total 2050
POUR nThread = 1 À 4
	Trace("T" + nThread + " : " + gtaParThread["T" + nThread])
FIN
// expect: T1 : 137.5
// expect: T2 : 387.5
// expect: T3 : 637.5
// expect: T4 : 887.5
Trace(ThreadEtat("T1") = threadTerminé)
// expect: 1

PROCÉDURE Tranche(LOCAL nPart est un entier, LOCAL nTaille est un entier)
	moSomme est un monétaire
	POUR i = (nPart - 1) * nTaille + 1 À nPart * nTaille
		moSomme += gtabMontants[i]
	FIN
	SectionCritiqueDébut("totaux")
	gmoTotal += moSomme
	gnFinis++
	gtaParThread["T" + nPart] = moSomme
	SectionCritiqueFin("totaux")
