// Un seul type de résultat entre parenthèses, `: (entier)`, est ce type : la valeur de
// RENVOYER y est convertie (docs/semantics.md "Several values"). C'était une liste d'un
// type : l'exécution s'arrêtait à `RENVOYER "12"` et wl check ne disait rien.
nValeur est un entier = Douze()
Trace(nValeur + 1) // expect: 13
Trace(TypeVar(Douze()) = wlEntier) // expect: 1
PROCÉDURE Douze() : (entier)
RENVOYER "12"
