// s[[0]] = "x" : les positions comptent à partir de 1, la position 0 ne désigne aucun
// caractère. Lue, elle donne "" ; écrite, c'est une erreur (avant : "x" ajouté devant,
// sans rien dire).
sNom est une chaîne = "abc"
Trace("[" + sNom[[0]] + "]") // expect: []
sNom[[1]] = "X"
Trace(sNom) // expect: Xbc
sNom[[4]] = "d"
Trace(sNom) // expect: Xbcd
nPos est un entier = 0
sNom[[nPos]] = "y" // expect error: Position 0 is out of range in [[ ]]: positions are counted from 1.
Trace(sNom)
