// Un réel hors de la plage du réel sur 8 octets (aide "Réel (type)" ?1514048 : au plus
// 1.7*10+308) est l'erreur capturable "Numeric overflow" (errCode 1003) quand il est
// rangé dans un réel, un numérique, un monétaire ou un entier, ou affiché ; jamais "inf"
// ni "nan" (INFERRED ; docs/semantics.md).
grand est un réel = 1e308
QUAND EXCEPTION DANS
    r est un réel = grand * 10
FAIRE
    Trace(ExceptionInfo(errCode)) // expect: 1003
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the largest real (about 1.8e308).
FIN
QUAND EXCEPTION DANS
    m est un monétaire = -grand * 10
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is beyond the smallest real (about -1.8e308).
FIN
v est un Variant = grand * grand
QUAND EXCEPTION DANS
    e est un entier = v * 0
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is undefined (beyond the largest real in a calculation).
FIN
Trace(grand / 10 * 10 = grand) // expect: 1
// NumériqueVersChaîne affiche un nombre : la même erreur (elle écrivait "Infinity")
QUAND EXCEPTION DANS
    Trace(NumériqueVersChaîne(v - v, "10.2f"))
FAIRE
    Trace(ExceptionInfo(errMessage)) // expect: Numeric overflow: the result is undefined (beyond the largest real in a calculation).
FIN
Trace("vu : " + grand * 10) // expect error: Numeric overflow: the result is beyond the largest real (about 1.8e308).
