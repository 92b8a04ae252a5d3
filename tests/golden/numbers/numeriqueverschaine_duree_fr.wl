// NumériqueVersChaîne d'une Durée écrit ses millisecondes, comme une Durée rangée dans un
// entier les donne (?1514069) ; il s'arrêtait : "expects a number, not ... duration"
duTâche est une Durée = 90 min
nMs est un entier = duTâche
Trace(nMs, NumériqueVersChaîne(duTâche)) // expect: 5400000, 5400000
Trace(NumeriqueVersChaine(duTache, "10d"), numériqueverschaîne(-1 s, "+d")) // expect:    5400000, -1000
vTenue est un Variant = 2 s
Trace(NumériqueVersChaîne(vTenue)) // expect: 2000
