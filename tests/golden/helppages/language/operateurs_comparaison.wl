// Page d'aide "Opérateurs de comparaison" (doc.pcsoft.fr ?1512006) : chaque opérateur de
// sa présentation, appliqué comme elle le décrit (la page stockée s'arrête avant ses
// exemples : les valeurs comparées sont les nôtres).
s est une chaîne = "  Bonjour Monde"
// Commence par : [=, [~ (ignore les espaces en début de chaîne et la casse), [~~
Trace(s [= "  Bon", s [~ "bonjour", s [~~ "BONJOURM")    // expect: 1, 1, 1
// Contient : [=], [~], [~~]
Trace(s [=] "jour M", s [~] "JOUR m", s [~~] "jourm")    // expect: 1, 1, 1
// Termine par : =], ~], ~~]
Trace(s =] "Monde", "Bonjour Monde  " ~] "MONDE", "Bonjour, Monde !" ~~] "monde") // expect: 1, 1, 1
// Égalité souple et très souple
Trace("abc" ~= "ABC ", "a.b-c" ~~ "ABC", "abc" = "ABC") // expect: 1, 1, 0
// Intervalles de comparaison et DANS
x est un entier = 5
Trace(1 < x < 10, 1 <= x <= 5, 5 < x <= 10)              // expect: 1, 1, 0
Trace(x DANS (1, 5, 7), x PAS DANS (1, 5, 7))            // expect: 1, 0
