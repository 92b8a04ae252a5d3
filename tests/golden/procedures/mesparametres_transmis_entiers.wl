// MesParamètres écrit seul en argument d'un appel transmet tous les paramètres, un
// argument chacun (comme MesParamètres[1 A]) : une procédure de message qui relaie ses
// lignes, comme les classes de PC SOFT le font avec WL.Erreur(MesParamètres)
Signale("disque", 3, "plein") // expect: disque, 3, plein
Signale("un") // expect: un
Somme3(1, 2, 3) // expect: 6
o est un CJournal
o.Dit("a", "b") // expect: [a|b]
n est un entier = 1
m est un entier = 10
DeuxFois(n, m)
Trace(n, m) // expect: 2, 20
PROCÉDURE Signale(*)
WL.Trace(MesParamètres)
PROCÉDURE Somme3(a, b, c)
Trace(Ajoute3(MesParamètres))
PROCÉDURE Ajoute3(x, y, z)
RENVOYER x + y + z
PROCÉDURE DeuxFois(p1 est un entier, p2 est un entier)
Double(MesParamètres)
PROCÉDURE Double(a est un entier, b est un entier)
a = a * 2
b = b * 2

CJournal est une Classe
FIN
PROCÉDURE CJournal::Dit(*)
:Montre(MesParamètres)
PROCÉDURE CJournal::Montre(s1, s2)
Trace("[" + s1 + "|" + s2 + "]")
