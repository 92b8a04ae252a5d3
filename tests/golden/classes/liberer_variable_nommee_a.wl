// `libérer a` libère l'objet d'une variable nommée a (un mot que l'analyse lit aussi comme
// l'article de `est un`, et « à » sans accent) : c'était une erreur de syntaxe.
CPoint est une Classe
	x est un entier
FIN
a est un CPoint dynamique = allouer un CPoint
sur est un CPoint dynamique = allouer un CPoint
libérer a
libérer sur
Trace(a = Null, sur = Null) // expect: 1, 1
