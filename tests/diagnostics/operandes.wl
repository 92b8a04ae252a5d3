// un calcul sur une variable composée est une erreur certaine (WL113)
STRUCTURE SPoint
	x est un entier
FIN
p est un SPoint
t est un tableau d'entiers
n est un entier = 2
Trace(p * 2) // error: WL113:7 'p' is a structure (SPoint): it cannot be an operand of '*'
Trace(n - t) // error: WL113:11 't' is an array: it cannot be an operand of '-'
Trace(p.x * 2, n + "1")
