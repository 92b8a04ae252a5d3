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
Trace(Puissance(3, 39)) // expect: 4052555153018980000
Trace(TypeVar(Puissance(3, 39)) = wlRéel, TypeVar(2 ^ 0.5) = wlRéel) // expect: 1, 1
n8Grand est un entier sur 8 octets = Puissance(3, 39)
Trace(n8Grand) // expect: 4052555153018976256
// la puissance entière de deux entiers qu'un réel tient exactement reste cet entier :
// les masques et les maximums sont exacts (2^64 - 1 s'arrêtait, "beyond the largest
// unsigned 8-byte int" ; 2^53 + 1 perdait son 1) : la valeur du réel, gardée exacte
n8Masque est un entier sans signe sur 8 octets = 2^64 - 1
n8Max63 est un entier sur 8 octets = 2^63 - 1
n8Impair est un entier sur 8 octets = 2^53 + 1
Trace(n8Masque, n8Max63, n8Impair) // expect: 18446744073709551615, 9223372036854775807, 9007199254740993
Trace(Puissance(2, 62), TypeVar(2 ^ 3) = wlEntier) // expect: 4611686018427387904, 1
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
