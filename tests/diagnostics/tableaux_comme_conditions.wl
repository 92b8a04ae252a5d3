// Un tableau là où un booléen ou un nombre est attendu (voir arrays_as_conditions.wl)
t est un tableau d'entiers = [1, 2]
SI t ALORS Trace(1) // error: WL110:4 't' is an array: it cannot be used as a boolean
TANTQUE PAS t // error: WL110:13 't' is an array: it cannot be used as a boolean
	SORTIR
FIN
POUR i = t À 3 // error: WL110:10 't' is an array: it cannot be used as a number
	Trace(i)
FIN
SI TableauOccurrence(t) > 0 ALORS Trace(2)
