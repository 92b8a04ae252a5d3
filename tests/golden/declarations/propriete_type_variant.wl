// v..Type est la constante wl... de ce que contient v, comme TypeVar(v) (wlNull pour Null)
v est un variant = 5
Trace(v..Type = wlEntier, v..Type = TypeVar(v)) // expect: 1, 1
v = "texte"
SI v..Type = wlChaîne ALORS Trace("une chaîne") // expect: une chaîne
v = Null
Trace(v..Type = wlNull) // expect: 1
t est un tableau d'entiers
Point est une Structure
	x est un entier
FIN
p est un Point
Trace(t..Type = wlTableau, p..Type = wlStructure) // expect: 1, 1
SELON v..Type
	CAS wlNull : Trace("rien encore") // expect: rien encore
	AUTRE CAS : Trace("quelque chose")
FIN
