// Un tableau associatif lu ou écrit avec plusieurs clés : l'exécution s'arrête ; la
// vérification ne disait rien (WL110, différée)
taStock est un tableau associatif d'entiers
taStock["stylo"] = 3
n est un entier = TASTOCK["stylo", "bleu"] // error: WL110:19 the associative array 'TASTOCK' takes one key per element, not 2
Trace(n, taStock["stylo" + TAB + "bleu"])
