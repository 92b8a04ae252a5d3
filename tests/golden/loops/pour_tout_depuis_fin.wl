// POUR TOUT ... DepuisFin : du dernier élément au premier, sur les tableaux, les tableaux
// associatifs et les chaînes (POUR TOUTE CHAÎNE) ; SansSauvePosition est accepté.
t est un tableau d'entiers = [1, 2, 3]
s est une chaîne
POUR TOUT n DE t DEPUISFIN
    s += n
FIN
Trace(s)   // expect: 321
POUR TOUT ÉLÉMENT n, i DE t DepuisFin
    Trace(i + ":" + n)
FIN
// expect: 3:3
// expect: 2:2
// expect: 1:1
ta est un tableau associatif d'entiers
ta["a"] = 1
ta["b"] = 2
POUR TOUT v, k DE ta depuisfin
    Trace(k + "=" + v)
FIN
// expect: b=2
// expect: a=1
POUR TOUTE CHAÎNE m DE "x,y,z" SÉPARÉE PAR "," DepuisFin
    Trace(m)
FIN
// expect: z
// expect: y
// expect: x
POUR TOUTE CHAINE m DE "x;y" DepuisFin SEPAREE PAR ";"
    Trace(m)
FIN
// expect: y
// expect: x
POUR TOUT n DE t OÙ n > 1 DepuisFin
    Trace(n)
FIN
// expect: 3
// expect: 2
POUR TOUT n DE t SansSauvePosition DepuisFin
    Trace(n)
FIN
// expect: 3
// expect: 2
// expect: 1
nOption est un entier = DepuisFin
Trace(nOption = DepuisFin)   // expect: 1
