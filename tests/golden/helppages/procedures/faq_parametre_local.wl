// FAQ PC SOFT n°2659 (faq.pcsoft.fr, 2003) : un paramètre de procédure est passé par
// « adresse » (le modifier dans la procédure modifie la variable de l'appelant) ; précédé
// de local, il est passé par valeur. La déclaration de la FAQ, `procédure MaProc( local
// param1, local param2)`, telle qu'elle l'écrit ; les appels et les Trace sont les nôtres.
a est un entier = 1
b est une chaîne = "x"
MaProc(a, b)
Trace(a, b)   // expect: 1, x
c est un entier = 1
d est une chaîne = "x"
ParAdresse(c, d)
Trace(c, d)   // expect: 2, xy

// déclaration de la procédure
procédure MaProc( local param1, local param2)
param1 = 2
param2 = "xy"

PROCÉDURE ParAdresse(param1, param2)
param1 = 2
param2 = "xy"
