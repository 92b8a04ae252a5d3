// Les méthodes rendent les paramètres qu'elles modifient, comme les procédures : le
// WLangage passe les paramètres par référence, sauf LOCAL (toute casse, avec ou sans accents)
CRemplisseur est une Classe
    m_n est un entier
FIN
Point est une Structure
    x est un entier
FIN
r est un CRemplisseur
v est un variant
n est un entier
c est une chaîne
r.Remplit(v, n, c)
Trace(v, n, c) // expect: rempli, 7, texte
t est un tableau de 3 entiers
r.REMPLIT(v, t[3], c)
Trace(t[3]) // expect: 7
p est un Point
r.remplit(v, p.x, c)
Trace(p.x) // expect: 7
r.Remplit(v, r.m_n, c)
Trace(r.m_n) // expect: 7
n = 1
r.Garde(n)
Trace(n) // expect: 1
CRemplisseur.AjouteCinq(n)
Trace(n) // expect: 6
CRemplisseur::AjouteCinq(n)
Trace(n) // expect: 11
r.Dedans()
// expect: rempli, texte
Trace(r.m_n) // expect: 8
Double(n)
Trace(n) // expect: 22

PROCÉDURE Double(x)
x = x * 2

PROCÉDURE CRemplisseur::Remplit(a, b est un entier, c est une chaîne)
a = "rempli"
b = 7
c = "texte"

PROCEDURE CRemplisseur::Garde(LOCAL k est un entier)
k = 99

PROCÉDURE GLOBALE CRemplisseur::AjouteCinq(g)
g += 5

procédure CRemplisseur::Dedans()
v2 est un variant
c2 est une chaine
Remplit(v2, m_n, c2)
m_n++
Trace(v2, c2)
