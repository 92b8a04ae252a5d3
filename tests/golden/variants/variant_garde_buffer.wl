// Un Variant affecté d'un Buffer contient un Buffer : TypeVar et ..Type renvoient
// wlBuffer, comme pour la variable Buffer (ils renvoyaient wlChaîne). De même pour un
// paramètre non typé, un tableau de Variants et un membre Variant ; ce qui en est
// calculé et une chaîne qu'on lui affecte sont des chaînes (décidé, docs/semantics.md
// "A Variant holding a Buffer").
b est un Buffer = "abc"
v est un Variant = b
Trace(TypeVar(b) = wlBuffer, TypeVar(v) = wlBuffer, v..Type = wlBuffer) // expect: 1, 1, 1
v2 est un Variant
v2 = b
Trace(TypeVar(v2) = wlBuffer, v2, Taille(v2), v2 = "abc", v2 + "d") // expect: 1, abc, 3, 1, abcd
s est une chaîne = v2
v5 est un Variant = v2 + "x"
Trace(TypeVar(s) = wlChaîne, TypeVar(v5) = wlChaîne) // expect: 1, 1
t est un tableau de Variants
TableauAjoute(t, b)
STRUCTURE Boîte
  x est un Variant
FIN
o est une Boîte
o.x = b
Trace(TypeVar(t[1]) = wlBuffer, TypeVar(o.x) = wlBuffer) // expect: 1, 1
Trace(Genre(b), Genre(s)) // expect: wlBuffer, wlChaîne
PROCÉDURE Genre(x)
  SI TypeVar(x) = wlBuffer ALORS RENVOYER "wlBuffer"
  RENVOYER "wlChaîne"
