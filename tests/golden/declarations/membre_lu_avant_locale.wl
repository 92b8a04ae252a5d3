// Dans une méthode, un nom lu au-dessus de la déclaration de sa propre variable de ce nom
// est le membre de ce nom de l'objet quand il en a un, avant la variable du code
// principal, comme le nom l'est sans la locale (docs/semantics.md "A name read above its
// variable's declaration") : il lisait gx du code principal (5), et 9 sans la locale.
gx est un entier = 5
o est un CBoite
o.Montre() // expect: 9
// expect: 1, 9
Trace(gx) // expect: 5

CBoite est une Classe
  gx est un entier = 9
FIN

PROCÉDURE CBoite::Montre()
Trace(gx)
gx est un entier = 1
Trace(gx, :gx)
