// t.Contient(v) : True quand un élément du tableau est `=` à la valeur (INFERRED,
// docs/builtins.md "Contains on an array")
t est un tableau de entiers = [3, 1, 2]
Trace(t.Contient(1)) // expect: 1
Trace(t.Contient(7)) // expect: 0
Trace(Contient(t, 2)) // expect: 1
tNoms est un tableau de chaînes = ["Éric", "Zoé"]
Trace(tNoms.Contient("ZOÉ", ccSansCasse)) // expect: 1
Trace(tNoms.Contient("eric", ccSansCasse + ccSansAccent)) // expect: 1
SI tNoms.Contient("Zoé") ALORS Trace("trouvé") // expect: trouvé
