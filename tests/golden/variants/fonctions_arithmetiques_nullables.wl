// Les fonctions qui sont une opération arithmétique écrite comme une fonction (Abs,
// Arrondi, Tronque, PartieEntière, ArrondiSupérieur, Signe, Racine, Puissance, Modulo,
// Sinus, Exp, Log... et Min/Max) renvoient Null quand un paramètre nullable vaut Null,
// comme les opérateurs (`Abs(i)` vaut `i` ou `-i`). Elles renvoyaient 0 alors que Min/Max
// renvoyaient Null. Le Null d'un Variant garde la règle ancienne : 0.
i est un entier? = Null
Trace(Abs(i) = Null, Arrondi(i) = Null, Tronque(i) = Null, PartieEntière(i) = Null)   // expect: 1, 1, 1, 1
Trace(ArrondiSupérieur(i) = Null, Signe(i) = Null, Racine(i) = Null, Puissance(2, i) = Null)   // expect: 1, 1, 1, 1
Trace(Modulo(7, i) = Null, Sinus(i) = Null, Exp(i) = Null, Max(i, 3) = Null)   // expect: 1, 1, 1, 1
Trace(Abs(i) ?? "aucun", Arrondi(i, 2) + 1 = Null, Abs(Abs(i)) = Null)   // expect: aucun, 1, 1
r est un réel? = Null
Trace(Arrondi(r, 2) ?? -1, ArcTang2(r, 1) ?? -1, r.Arrondi(2) ?? -1, r.Abs() = Null)   // expect: -1, -1, -1, 1
n est un entier = Abs(i)
Trace(n)   // expect: 0
// Les autres fonctions lisent le Null comme avant : 0 comme nombre, "" comme texte.
Trace(NumériqueVersChaîne(i), Taille(i))   // expect: 0, 0
i = -4
Trace(Abs(i), Arrondi(i), Signe(i), Puissance(i, 2), Max(i, 3))   // expect: 4, -4, -1, 16, 3
Trace(Abs(Taux()) ?? "pas de taux")   // expect: pas de taux
v est un Variant = Null
Trace(Abs(v), Arrondi(v, 2), Puissance(v, 2))   // expect: 0, 0, 0

PROCÉDURE Taux() : réel?
RENVOYER Null
