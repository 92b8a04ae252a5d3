// Une méthode appelée sur un objet libéré par `libérer` s'arrête avant de s'exécuter,
// avec l'erreur d'une lecture de membre (décidé, docs/semantics.md "Destructors and
// dynamic objects") : aussi une méthode qui ne lit aucun membre, appelée par un variant,
// par ExécuteTraitement(o, "Méthode"), une méthode GLOBALE appelée par l'objet, et une
// méthode appelée dans une boucle sur un objet que la boucle a libéré.
CChose est une Classe
	m_n est un entier
FIN
o est un CChose dynamique = allouer un CChose
r est un CChose dynamique <- o
v est un Variant = o
r.Bonjour() // expect: bonjour
libérer o
QUAND EXCEPTION DANS
	r.Bonjour()
FAIRE
	Trace("1 : " + ExceptionInfo(errMessage)) // expect: 1 : This CChose object was freed (delete / libérer), so no reference to it can be used any more.
FIN
QUAND EXCEPTION DANS
	v.Bonjour()
FAIRE
	Trace("2 : " + ExceptionInfo(errMessage)) // expect: 2 : This CChose object was freed (delete / libérer), so no reference to it can be used any more.
FIN
QUAND EXCEPTION DANS
	ExécuteTraitement(r, "Bonjour")
FAIRE
	Trace("3 : " + ExceptionInfo(errMessage)) // expect: 3 : This CChose object was freed (delete / libérer), so no reference to it can be used any more.
FIN
QUAND EXCEPTION DANS
	r.Commune()
FAIRE
	Trace("4 : " + ExceptionInfo(errMessage)) // expect: 4 : This CChose object was freed (delete / libérer), so no reference to it can be used any more.
FIN
Boucler()

PROCÉDURE Boucler()
o2 est un CChose dynamique = allouer un CChose
r2 est un CChose dynamique <- o2
POUR i = 1 À 3
	r2.Bonjour() // expect: bonjour
	// expect: bonjour
	// expect error: This CChose object was freed
	SI i = 2 ALORS libérer o2
FIN

PROCÉDURE CChose::Bonjour()
Trace("bonjour")

PROCÉDURE GLOBALE CChose::Commune()
Trace("commune")
