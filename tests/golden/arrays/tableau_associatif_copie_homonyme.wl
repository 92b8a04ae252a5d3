// `aa2 <= aa` entre tableaux associatifs copie les éléments de aa dans aa2 comme entre
// tableaux (?1515003) : aa2 a les clés et valeurs de aa dans leur ordre, converties au
// type de ses éléments ; aa2 reste le même tableau associatif, et changer aa ensuite ne
// change pas aa2. Décidé (docs/semantics.md "Homonymous copy of associative arrays").
prix est un tableau associatif d'entiers
prix["pomme"] = 3
prix["poire"] = 5
copie est un tableau associatif de chaînes
copie["ancien"] = "x"
alias est un tableau associatif de chaînes
alias <- copie
copie <= prix
Trace(copie.Occurrence, copie["pomme"], copie["poire"] + "!", alias.Occurrence)   // expect: 2, 3, 5!, 2
POUR TOUT ÉLÉMENT v, k DE copie
	Trace(k, v)
FIN
// expect: pomme, 3
// expect: poire, 5
prix["pomme"] = 99
Trace(copie["pomme"], copie["ancien"]..Existe)   // expect: 3, 0
points est un tableau associatif de Point
p est un Point
p.X = 1
points["a"] = p
autres est un tableau associatif de Point
autres <= points
autres["a"].X = 7
Trace(points["a"].X, autres["a"].X)   // expect: 1, 7
t est un tableau d'entiers
t <= prix // expect error: '<=' (homonymous copy) needs two structures, objects, arrays or associative arrays; got array and associative array.

Point est une Structure
	X est un entier
FIN
