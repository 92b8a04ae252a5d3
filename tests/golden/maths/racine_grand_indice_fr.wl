// Racine(n, indice) avec un grand indice (un indice lu en entrée, une date prise pour
// un nombre) répond aussitôt : elle calculait 2 à la puissance de l'indice pour savoir si
// la racine était entière, et l'exécution restait bloquée des minutes (trouvé par le
// fuzzing des fonctions de REV).
Trace(Racine(20261204141900000, 9999999999) < 1.0001) // expect: 1
Trace(Racine(1, 9999999999), Racine(0, 9999999999), Racine(-1, 9999999999)) // expect: 1, 0, -1
Trace(Racine(1024, 10), Racine(-32, 5), Racine(27, 3)) // expect: 2, -2, 3
