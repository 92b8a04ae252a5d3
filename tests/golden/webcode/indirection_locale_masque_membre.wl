// Dans une méthode, une indirection qui nomme une variable de la méthode l'atteint, pas
// le membre de l'objet du même nom : `{"x"}` avec une variable LOCALE x = 5 et un membre
// x = 9 donnait 9, alors que `x` écrit simplement donne 5. Un nom sans variable de la
// méthode atteint toujours le membre, un élément d'un tableau membre aussi (`{"tab[2]"}`).
C est une Classe
	x est un entier
	tab est un tableau d'entiers
FIN
o est un C
o.x = 9
Trace(o.M()) // expect: 5 5 2 1
Trace(o.N()) // expect: 4 30
Trace(o.x, o.tab[2]) // expect: 4, 30

PROCÉDURE C::M() : chaîne
x est un entier = 5
tab est un tableau d'entiers = [1, 2]
:x = 4
:tab = [10, 20]
RENVOYER {"x"} + " " + {"x", indVariable} + " " + {"tab[2]"} + " " + {"tab[1]"}

PROCÉDURE C::N() : chaîne
{"tab[2]"} = 30
RENVOYER {"x"} + " " + {"tab[2]"}
