// Dans une méthode, un membre de la classe nommé comme une variable du code principal est
// le membre (la méthode lisait la variable du code principal ; déclarée après l'appel,
// « utilisée avant sa déclaration »)
CCompteur est une Classe
	n est un entier
FIN
o est un CCompteur
o.Incrémente()
o.Incrémente()
Trace(o.n) // expect: 2
n est une chaîne = "globale"
Trace(n) // expect: globale
PROCÉDURE CCompteur.Incrémente()
n++
