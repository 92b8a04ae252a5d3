// Un variant à sous-éléments comme texte, lecture de sous-éléments jamais écrits, Ajoute
// dans un sous-élément jamais écrit, paramètres variants remplis par la procédure appelée
// (docs/semantics.md "Variant sub-elements").
v est un Variant
v.a = 1
v.b.c = "x"
v.t[2] = 5
Trace(v)   // expect: {"a":1,"b":{"c":"x"},"t":[null,5]}
Info(v.b)   // expect: {"c":"x"}
s est une chaîne = v.t
Trace(s)   // expect: [null,5]
e est un variant
Trace(e.nom = Null, e.a.b = Null, e[3] = Null, v.t[9] = Null, v.b.q.r = Null)   // expect: 1, 1, 1, 1, 1
w est un Variant
Ajoute(w.liste, 5)
TableauAjoute(w.liste, 6)
TableauInsère(w.LISTE, 1, 4)
Trace(w.liste[1], w.liste[3], w.liste..Occurrence)   // expect: 4, 6, 3
Ajoute(w.profond.éléments, "z")
Trace(VariantVersJSON(w))   // expect: {"liste":[4,5,6],"profond":{"\u00E9l\u00E9ments":["z"]}}
x est un Variant
Remplir(x)
Trace(x.rempli, x.sous.k, x.étiquettes[1])   // expect: 42, 3, t
y est un variant
RemplirTypé(y)
Trace(y.n)   // expect: 43
Remplir(v)
Trace(v.a, v.rempli)   // expect: 1, 42

PROCÉDURE Remplir(p)
p.rempli = 42
p.sous.k = 3
Ajoute(p.etiquettes, "t")

PROCÉDURE RemplirTypé(p est un Variant)
p.n = 43
