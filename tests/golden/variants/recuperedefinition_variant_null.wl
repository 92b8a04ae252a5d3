// RécupèreDéfinition d'un Variant qui vaut Null donne la définition de son contenu, Null :
// Nom "null", Type wlNull, type simple, sans erreur ; une référence d'objet Null reste
// "non allouée" (définition Null et ErreurDétectée, ?1000019333). Décidé : docs/builtins.md
// "Reflection".
x est un Variant = Null
d est une Définition = RécupèreDéfinition(x)
Trace(d..Nom, d..Type = wlNull, d.FamilleDéfinition, ErreurDétectée) // expect: null, 1, 1, 0
v est un variant = Null
Trace(RECUPEREDEFINITION(v).nom) // expect: null
v = "texte"
Trace(RécupèreDéfinition(v)..Nom) // expect: string
o est un objet dynamique = Null
d2 est une Définition = RécupèreDéfinition(o)
Trace(d2 = Null, ErreurDétectée) // expect: 1, 1
