// SectionCritique(variable) : la section critique d'une variable (INFERRED)
gTotal est un entier
gTab est un tableau d'entiers
t1 est un Thread(Ajoute, (1))
t2 est un Thread(Ajoute, (2))
ThreadExécute(t1)
ThreadExécute(t2)
Trace(ThreadAttend(t1, 2000), ThreadAttend(t2, 2000))   // expect: 1, 1
Trace(gTotal)   // expect: 200

PROCÉDURE Ajoute(n)
POUR i = 1 À 100
	UTILISER SectionCritique(gTab) DANS
		avant est un entier = gTotal
		ThreadPause(0)
		gTotal = avant + 1
	FIN
FIN
