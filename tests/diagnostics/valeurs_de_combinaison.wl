// La variable, le paramètre, le membre ou l'indice d'une combinaison ne prend que ses
// propres options (docs/semantics.md "Enumerations and combinations") : une option d'une
// autre combinaison, un texte ou un booléen est WL110 ; une option que la combinaison ne
// déclare pas, nommée par elle, est WL109, où l'exécution s'arrête
Droits est une Combinaison
	Lire
	Écrire
FIN
Teintes est une COMBINAISON
	Rouge
	Bleu
FIN
STR est une Structure
	d est un Droits
FIN
d est un Droits = Rouge // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
d = Lire + Teintes.bleu // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
d = d - Bleu // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
d += Rouge // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
d = "Lire" // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not a text
d = Faux // error: WL110:1 'd' is of the combination Droits: it only takes options of Droits, not a boolean
d = Droits.Bleu // error: WL109:12 'Bleu' is not an option of the combination Droits
d[ROUGE] = Vrai // error: WL110:3 'd' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
s est une STR
s.d = Bleu // error: WL110:1 's.d' is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
Utilise(Rouge) // error: WL110:9 the parameter 'p' of Utilise is of the combination Droits: it only takes options of Droits, not an option of the combination Teintes
// ce qu'une combinaison prend : ses options, combinées, 0, un entier
d = Lire | ecrire
d = d - Lire
d -= Écrire
d = Droits.Lire + Écrire
d = 0
SI d[Lire] ALORS Trace("l")
s.d = Lire
Utilise(Lire + Écrire)
Trace(d, s.d)
PROCÉDURE Utilise(p est un Droits)
Trace(p)
