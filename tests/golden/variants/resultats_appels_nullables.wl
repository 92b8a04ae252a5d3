// Un appel dont le résultat déclaré est nullable (`PROCÉDURE Q() : entier?`, "Autoriser
// les types nullables" ?1511031) est un opérande nullable comme une variable nullable :
// `Q() + 1` vaut Null quand Q renvoie Null (il valait 1), une comparaison d'ordre avec
// lui est Faux (elle arrêtait l'exécution), et chaque opérande est lu une fois, dans l'ordre.
CStock est une Classe
  m_nQté est un entier
FIN
o est un CStock
Trace(Q(0) + 1 = Null, Q(3) + 1) // expect: 1, 4
Trace(-Q(0) = Null, Q(0) * 2 = Null) // expect: 1, 1
Trace(Q(0) < 3, Q(0) = Null, Q(0) ?? 7) // expect: 0, 1, 7
n est un entier? = Q(0) + 1
Trace(n = Null) // expect: 1
k est un entier = Q(0) + 1
Trace(k) // expect: 0
Trace(o.Reste() + 1 = Null) // expect: 1
o.m_nQté = 4
Trace(o.Reste() * 10) // expect: 40
s est une chaîne = ""
Trace(Noté("a", s) + Q(0) = Null, s) // expect: 1, a
Trace(Noté("b", s) + Q(2) * Noté("c", s), s) // expect: 3, abc

PROCÉDURE Q(x est un entier) : entier?
SI x > 0 ALORS RENVOYER x
RENVOYER Null

PROCÉDURE Noté(sÉtape est une chaîne, sJournal est une chaîne) : entier
sJournal += sÉtape
RENVOYER 1

PROCÉDURE CStock::Reste() : entier?
SI m_nQté = 0 ALORS RENVOYER Null
RENVOYER m_nQté
