// Une indirection {"gs"} lue dans une procédure ou une méthode au-dessus de la déclaration
// de sa propre variable de ce nom lit ce que le nom simple lit à cet endroit
// (docs/semantics.md "A name read above its variable's declaration") : le membre de la
// méthode, sinon la variable du code principal. L'exécution s'arrêtait sur "used before
// its declaration" alors que Trace(gs) affichait principal.
gs est une chaîne = "principal"
o est un CNote
P() // expect: principal, principal
// expect: locale, locale
o.Montre() // expect: membre
// expect: locale

PROCÉDURE P()
Trace(gs, {"gs"})
gs est une chaîne = "locale"
Trace(gs, {"gs"})

CNote est une Classe
  gs est une chaîne = "membre"
FIN

PROCÉDURE CNote::Montre()
Trace({"gs"})
gs est une chaîne = "locale"
Trace({"gs"})
