// x <- y : x désigne l'objet de y lui-même ; a <= b copie les membres homonymes
CPoint est une Classe
	x est un entier
	y est un entier
FIN
CEtiquette est une Classe
	x est un entier
	texte est une chaîne
FIN
o est un CPoint
o.x = 3
p est un CPoint
p <- o
p.x = 4
Trace(o.x) // expect: 4
e est un CEtiquette
e.texte = "gardé"
e <= o
Trace(e.x, e.texte) // expect: 4, gardé
v est un variant <- 1
Trace(v) // expect: 1
n est un entier = 2
SI n > 1 ALORS Trace("exécutée") // expect: exécutée
