// `..Valeur` écrite sur un membre ou un élément remplace la valeur de cet emplacement
// (issue 8) : nœud JSON, sous-élément d'un variant, membre de structure, élément.
j est un JSON
j.a = 1
j.a..Valeur = 5
Trace(j.a) // expect: 5
v est un Variant
v.b = 2
v.b..Valeur = 7
Trace(v.b) // expect: 7
v.c..valeur = "neuf"
Trace(v.c) // expect: neuf
t est un tableau de chaînes = ["x", "y"]
t[2]..Valeur = "z"
Trace(t[1] + t[2]) // expect: xz
