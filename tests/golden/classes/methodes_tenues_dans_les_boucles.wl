// Méthodes appelées dans une boucle sur une variable que la boucle garde
// (compiler/member_inline.py `held_method` : la fonction de la méthode appelée
// directement tant que la variable désigne l'objet gardé, exactement de sa classe) : la
// redéfinition d'une classe dérivée l'emporte toujours, une procédure qui remplace
// l'objet dans la boucle est vue, paramètres par défaut, une erreur dans la méthode la
// nomme dans la pile d'appels
CBase est une Classe
	n est un entier
FIN
CDérivée est une Classe
	hérite de CBase
FIN
b est un CBase dynamique = allouer un CDérivée
c est un CBase
POUR i = 1 _À_ 2
	Trace(b.Qui(i), c.Qui(i), c.Qui())
	SI i = 1 ALORS Remplace(b)
FIN
// expect: dérivée 1, base 1, base 7
// expect: base 2, base 2, base 7
POUR i = 1 _À_ 3
	c.n += c.Double(i)
FIN
Trace(c.n) // expect: 12
POUR i = 1 _À_ 2
	Trace(c.Échoue(i)) // expect: 1
	// expect error: Index 2 is out of range: the array has 0 element(s).
FIN

PROCÉDURE CBase::Qui(k est un entier = 7)
RENVOYER "base " + k
PROCÉDURE CDérivée::Qui(k est un entier = 8)
RENVOYER "dérivée " + k
PROCÉDURE CBase::Double(k est un entier)
RENVOYER 2 * k
PROCÉDURE CBase::Échoue(k est un entier)
t est un tableau d'entiers
SI k = 2 ALORS Trace(t[k])
RENVOYER k
PROCÉDURE Remplace(x est un CBase dynamique)
x = allouer un CBase
