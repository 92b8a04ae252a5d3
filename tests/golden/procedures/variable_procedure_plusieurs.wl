// Une variable Procédure qui contient plusieurs procédures (INFERRED : la page du type
// Procédure n'est pas dans l'aide stockée ; docs/semantics.md "A Procedure variable
// holding several procedures") : `p += Proc` ajoute une procédure, `p -= Proc` l'enlève,
// et appeler p appelle chaque procédure dans l'ordre de leur ajout, en renvoyant le
// résultat de la dernière. `p = Proc` les remplace toutes.
p est une procédure
p = Proc1
p()
// expect: un
p += Proc2
p()
// expect: un
// expect: deux
p += Carré
// expect: un
// expect: deux
Trace(p(4)) // expect: 16
p -= Proc1
p -= Carré
p()
// expect: deux
p = Proc1
p()
// expect: un
// un membre ou un élément de type Procédure aussi
ST est une Structure
  pTraitement est une procédure
FIN
o est un ST
o.pTraitement = Proc1
o.pTraitement += Proc2
o.pTraitement()
// expect: un
// expect: deux
t est un tableau de procédures
Ajoute(t, Proc2)
t[1] += Proc1
t[1]()
// expect: deux
// expect: un
PROCÉDURE Proc1(x = 0)
Trace("un")
PROCÉDURE Proc2(x = 0)
Trace("deux")
PROCÉDURE Carré(x = 0)
RENVOYER x * x
