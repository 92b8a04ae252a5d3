// en français : une procédure interne n'a qu'une syntaxe
Affiche(1)
PROCÉDURE INTERNE Affiche(n est un entier)
	Trace(n)
FIN
PROCÉDURE INTERNE Affiche(s est une chaîne) // error: WL105:19 the internal procedure 'Affiche' is declared twice (first declared at line 3): an internal procedure has one syntax
	Trace(s)
FIN
