// TableauInsère dans un membre jamais écrit en fait un tableau du JSON, comme
// TableauAjoute (la valeur était perdue : Trace montrait {}) ; la forme fonction et la
// forme méthode, et les autres sortes de tableau gardent leur comportement
j est un JSON
r est un entier = TableauInsère(j.éléments, 1, "x")
Trace(r, j) // expect: 1, {"éléments":["x"]}
k est un JSON
k.éléments.Insère(1, "y")
Trace(k) // expect: {"éléments":["y"]}
m est un JSON
TableauAjoute(m.liste, "a")
TableauInsère(m.liste, 1, "b")
Trace(m) // expect: {"liste":["b","a"]}
t est un tableau d'entiers = [1, 2]
TableauInsère(t, 2, 9)
Trace(TableauVersChaîne(t, ",")) // expect: 1,9,2
v est un Variant = [1]
TableauInsère(v, 1, 5)
Trace(v) // expect: [5,1]
aa est un tableau associatif d'entiers
TableauInsère(aa, "k", 4)
Trace(aa["k"]) // expect: 4
