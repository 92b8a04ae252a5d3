// Max et Min refusent une structure ou un objet parmi leurs valeurs, où qu'il soit :
// Max(1, p) donnait 1, la structure laissée de côté sans un mot, alors que Min(p, 2)
// s'arrêtait (seule la réponse était regardée). Nombres, textes et tableaux comparés
// comme avant.
STPoint est une Structure
	nX est un entier
FIN
p est un STPoint
t est un tableau d'entiers = [4, 9]
Trace(Max(1, 5, 3), Min("b", "a"), Max(t), Max(1, t))
// expect: 5, a, 9, 9
Trace(Min(2, P)) // expect error: Min expects numbers or strings, not STPoint (a structure).
