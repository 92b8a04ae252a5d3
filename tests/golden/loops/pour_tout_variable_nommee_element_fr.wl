// Une boucle POUR TOUT dont la variable s'appelle `élément` (toute casse, accentuée ou
// non) : le mot est le mot-clé ÉLÉMENT seulement quand un nom de variable puis DE/DANS
// le suivent (`POUR TOUT ÉLÉMENT x DE t`) ; `POUR TOUT élément DE t` lisait `élément`
// comme le mot-clé et DE comme la variable (docs/semantics.md "FOR EACH element").
t est un tableau d'entiers = [1, 2]
s est une chaîne
POUR TOUT élément DE t
	s += élément
FIN
pour tout ELEMENT de t
	s += "," + Element * 10
fin
POUR TOUT ÉLÉMENT DANS t
	s += "," + (élément + 100)
FIN
POUR TOUT ELEMENT x DE t
	s += ";" + x
FIN
POUR TOUT ELEMENT v, k DE t
	s += "/" + v + k
FIN
Trace(s) // expect: 12,10,20,101,102;1;2/11/22
