// une procédure rangée dans un élément de tableau, de tableau associatif ou renvoyée par
// un appel s'appelle en écrivant ses arguments après : `t[2](7)`, `a["d"](4)`,
// `Fabrique()(5)` ; les lambdas créées dans une boucle partagent la variable de boucle,
// comme toute procédure interne partage les variables du code qui l'entoure : appelées
// après la boucle, elles voient sa dernière valeur
ops est un tableau de procédures = [Double, Carré]
Trace(ops[2](7)) // expect: 49
Trace(ops[1](ops[2](3))) // expect: 18
a est un tableau associatif de procédures
a["d"] = Double
Trace(a["d"](4)) // expect: 8
Trace(Fabrique()(5)) // expect: 10
ajouts est un tableau de procédures
POUR i = 1 À 3
	Ajoute(ajouts, (x) => x + i)
	Trace(ajouts[i](10)) // expect: 11
	// expect: 12
	// expect: 13
FIN
Trace(ajouts[1](10), ajouts[3](10)) // expect: 14, 14
total est un entier
POUR TOUT n DE [1, 2, 3]
	TableauTrie(ops, ttFonction, (p, q) => { total += n; RENVOYER 0 })
FIN
Trace(total) // expect: 6
v est un tableau de variants = [1]
Trace(v[1](2)) // expect error: 'v[...]' holds a value of type integer, not a procedure: it cannot be called.
PROCÉDURE Double(x)
RENVOYER 2 * x
PROCÉDURE Carré(x)
RENVOYER x * x
PROCÉDURE Fabrique()
p est une procédure = Double
RENVOYER p
