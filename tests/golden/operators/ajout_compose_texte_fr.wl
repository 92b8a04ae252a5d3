// `+=` avec un texte sur un nombre (décidé, relu le 6 déc. 2026 sur "Opérateurs
// arithmétiques" ?1512008 : "j += 3 est équivalent à j = j + 3" ; la page ne dit rien
// d'un nombre et d'un texte ensemble). `n += "5"` est donc `n = n + "5"` : `+` concatène
// quand un côté est un texte, puis les chiffres joints sont relus comme un nombre ;
// `-=` lit le texte comme un nombre. Pour additionner : Val(s).
nQuantité est un entier = 3
nQuantité += "5"
Trace(nQuantité) // expect: 35
nMeme est un entier = 3
nMeme = nMeme + "5"
Trace(nMeme = nQuantité) // expect: 1
moMontant est un monétaire = 3
moMontant += "3,5"
Trace(moMontant) // expect: 33.5
rTaux EST UN RÉEL = 1.5
rTaux += "2"
Trace(rTaux) // expect: 1.52
nQuantité -= "2"
Trace(nQuantité) // expect: 33
nAjouté est un entier = 3
nAjouté += val("5")
Trace(nAjouté) // expect: 8
vQuelconque est un Variant = 3
vQuelconque += "5"
Trace(vQuelconque, TypeVar(vQuelconque) = wlChaîne) // expect: 35, 1
sLibellé est une chaîne = "5"
sLibellé += 3
Trace(sLibellé) // expect: 53
