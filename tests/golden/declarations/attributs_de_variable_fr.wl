// Attributs après le type d'une variable : `<immuable>` lu et gardé (x n'est que lu ici),
// `<utile>` et plusieurs dans une même paire de chevrons acceptés, la valeur et le type
// inchangés (docs/semantics.md "Attributes after a variable's type").
nMax est un entier <immuable> = 10
sNom est une chaîne <utile> = "Anne"
nLimite est un entier <utile, immuable> = nMax * 2
Trace(nMax + nLimite) // expect: 30
Trace(sNom) // expect: Anne
Trace(TypeVar(nLimite) = wlEntier) // expect: 1
