// Puissance et `^` donnent un réel, de deux entiers aussi, comme les fonctions
// mathématiques de WINDEV calculent : Puissance(2, 62) était l'entier exact
// 4611686018427387904 et TypeVar disait wlEntier. Un réel montre 15 chiffres
// significatifs ; rangé dans un entier sur 8 octets, 2^62 est exact. La puissance d'un
// monétaire ou d'un numérique reste exacte. (*décidé*, INFERRED : docs/semantics.md
// "Power gives a real"). Deux règles épinglées à côté, déjà suivies : Modulo et `%`
// donnent le reste de la division entière (un réel est tronqué d'abord : Modulo(7.5, 2)
// vaut 1), comme la page des opérateurs arithmétiques le dit de `%` (?1512008) ; un
// entier sur 8 octets fois 10 au-delà de sa plage est exact dans l'expression et boucle
// là où il est rangé (?1512008 : les calculs ne perdent aucune précision, les contrôles
// ont lieu à l'affectation).
Trace(Puissance(2, 62)) // expect: 4611686018427390000
Trace(TypeVar(Puissance(2, 62)) = wlRéel, TypeVar(2 ^ 3) = wlRéel) // expect: 1, 1
n8Grand est un entier sur 8 octets = Puissance(2, 62)
Trace(n8Grand) // expect: 4611686018427387904
Trace(Puissance(2, 10), 2 ^ -1, Puissance(-2, 3), Puissance(9, 0.5)) // expect: 1024, 0.5, -8, 3
QUAND EXCEPTION DANS
    Trace(Puissance(10, 400))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow in power.
FIN
moTaux est un monétaire = 1.5
Trace(moTaux ^ 2, TypeVar(moTaux ^ 2) = wlMonétaire) // expect: 2.25, 1
// Modulo de réels : le reste de la division entière
Trace(Modulo(7.5, 2), 7.5 % 2, Modulo(-7.5, 2), Modulo(10, 3)) // expect: 1, 1, -1, 1
// un entier sur 8 octets au-delà de sa plage : exact dans l'expression, bouclé rangé
n8Max est un entier sur 8 octets = 9223372036854775807
Trace(n8Max * 10) // expect: 92233720368547758070
n8Rangé est un entier sur 8 octets = n8Max * 10
Trace(n8Rangé) // expect: -10
