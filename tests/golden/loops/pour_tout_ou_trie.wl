// POUR TOUT ... DE tableau OÙ condition TRIÉ PAR clé
t est un tableau d'entiers = [5, 1, 8, 12, 3]
POUR TOUT x DE t OÙ x > 4
    Trace(x)
FIN
// expect: 5
// expect: 8
// expect: 12
pour tout élément x de t ou x < 4 trié par -x
    Trace(x)
fin
// expect: 3
// expect: 1
noms est un tableau de chaînes = ["Zoé", "Anne", "Léa"]
POUR TOUT n, i DE noms TRIÉ PAR n
    Trace(i, n)
FIN
// expect: 2, Anne
// expect: 3, Léa
// expect: 1, Zoé
POUR TOUTE CHAÎNE s DE "b,a" SÉPARÉE PAR ","
    Trace(s)
FIN
// expect: b
// expect: a
