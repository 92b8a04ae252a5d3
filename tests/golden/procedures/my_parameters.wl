// PROCEDURE P(*): any number of arguments, read through MyParameters / MesParamètres
Trace(Sum(1, 2, 3), Sum(), Sum(10)) // expect: 6, 0, 10
Trace(Joindre("-", "a", "b")) // expect: a-b
PROCEDURE Sum(*)
total is int
FOR i = 1 TO MyParameters..Count
    total += MyParameters[i]
END
RESULT total
PROCEDURE Joindre(sSep, *)
s est une chaîne
POUR i = 2 À MesParamètres..Occurrence
    s += [sSep] + MesParamètres[i]
FIN
RENVOYER s
