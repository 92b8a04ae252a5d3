// Clone crée un nouvel objet de la classe, son constructeur appelé sans paramètre, puis
// copie les membres (?1000024843). Un constructeur qui attend un paramètre arrête
// l'exécution avec les mots de Clone : l'erreur disait seulement « CPoint::Constructeur
// expects 1 parameter(s) but received 0 » sur l'appel à Clone, qui n'en passait aucun.
// Un paramètre avec une valeur par défaut convient.
p est un CPoint(3)
QUAND EXCEPTION DANS
	q est un CPoint dynamique = Clone(p)
	Trace(q.x)
FAIRE
	Trace(ExceptionInfo()) // expect: Clone runs the constructor of CPoint without parameters, as a new object of the class is made before its members are copied: CPoint::Constructeur expects 1 parameter(s) but received 0; give the constructor's parameters default values.
FIN
t est un CTaille(4)
c est un CTaille dynamique = Clone(t)
c.l++
Trace(t.l, c.l) // expect: 4, 5

CPoint est une Classe
	x est un entier
FIN

PROCÉDURE CPoint::Constructeur(nx est un entier)
x = nx

CTaille est une Classe
	l est un entier
FIN

PROCÉDURE CTaille::Constructeur(nl est un entier = 0)
l = nl
