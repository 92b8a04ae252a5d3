// Des textes de plusieurs lignes enchaînés sur une ligne fermante : `" + "` (deux textes
// ajoutés) et `", "` (le paramètre suivant d'un appel), le guillemet finissant cette ligne
// ouvrant le texte suivant. Le guillemet après `+` ou `,` ne suit aucun opérande : il
// ouvre un texte de lignes, comme avant qu'une ligne fermante doive ne laisser aucune
// chaîne ouverte (les textes se suivaient alors en un seul).
s est une chaîne = "
partie1
" + "
partie2
"
Trace(s) // expect: partie1partie2
t est une chaîne = Remplace("
a-b
", "
-
", "+")
Trace(t) // expect: a+b
