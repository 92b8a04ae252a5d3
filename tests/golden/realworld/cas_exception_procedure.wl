// CAS EXCEPTION: en fin de procédure : valeur de repli quand le calcul échoue
Trace(Ratio(10, 4))   // expect: 2.5
Trace(Ratio(10, 0))   // expect: ratio impossible
Trace(Ratio(9, 3))    // expect: 3

Trace(ÉlémentOuDéfaut(3))  // expect: gamma
Trace(ÉlémentOuDéfaut(7))  // expect: (aucun)

Trace(Convertit("42"))      // expect: 84
Trace(Convertit("abc"))     // expect: erreur 77 : valeur non numérique : abc

PROCÉDURE Ratio(a, b)
rRés est un réel = a / b
RENVOYER rRés
CAS EXCEPTION:
    RENVOYER "ratio impossible"

PROCÉDURE ÉlémentOuDéfaut(nIndice est un entier)
tab est un tableau de chaînes = ["alpha", "beta", "gamma"]
RENVOYER tab[nIndice]
CASE EXCEPTION:
    RESULT "(aucun)"

PROCÉDURE Convertit(sValeur est une chaîne)
SI Val(sValeur) = 0 ET sValeur <> "0" ALORS
    ExceptionDéclenche(77, "valeur non numérique : " + sValeur)
FIN
RENVOYER Val(sValeur) * 2
CAS EXCEPTION:
    RENVOYER "erreur " + ExceptionInfo(errCode) + " : " + ExceptionInfo()
