// `v est un variant <- valeur` déclare et affecte ; les lignes qui suivent s'exécutent
// (elles étaient avalées jusqu'au `>` suivant), en toute casse, la valeur Null comprise
v EST UN VARIANT <- 1
Trace(v, TypeVar(v) = wlEntier) // expect: 1, 1
w est un Variant <- "x"
Trace(w) // expect: x
rien est un variant <- Null
Trace(rien = Null) // expect: 1
n est un entier = 2
SI n > 1 ALORS Trace("exécutée") // expect: exécutée
w <- 3
Trace(w + v) // expect: 4
