// les mêmes erreurs en français : comparaison d'une variable composée (WL114), paramètre d'une fonction (WL115)
STRUCTURE SPoint
	x est un entier
FIN
p est un SPoint
t est un tableau de chaînes
s est une chaîne = "ab"
SI t = "x" ALORS Trace(1) // error: WL114:4 't' is an array: it cannot be compared with a text ('=')
SI 2 > p ALORS Trace(2) // error: WL114:8 'p' is a structure (SPoint): it cannot be compared with a number ('>')
Trace(Taille(p)) // error: WL115:14 Taille expects a string, not a value of type SPoint (a structure)
Trace(Droite(s, "deux")) // warning: WL206:17 Droite expects a number as parameter 2: the text "deux" is not a number and is read as 0
Trace(Gauche(s, "1"), TableauOccurrence(t), p.x = 0)
