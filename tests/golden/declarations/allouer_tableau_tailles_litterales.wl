// `allouer un tableau de (-1) entiers`, `(2,5)`... : une dimension littérale qui n'est pas
// un entier positif ou nul est lue quand l'allocation s'exécute et refusée en clair, comme
// celle d'une expression. Elle entrait dans le texte du type : (-1) donnait une valeur vide
// sans type (« unknown type »), (1e12) un tableau dont TableauOccurrence disait 1000000000000
// sans aucun élément. (docs/semantics.md, "An array sized by a variable")
t est un tableau de entiers = allouer un tableau de (2.0) PAR (3) entiers
Trace(TableauOccurrence(t, 1), TableauOccurrence(t, 2)) // expect: 2, 3
QUAND EXCEPTION DANS
	t = allouer un Tableau De (1e12) entiers
FAIRE
	Trace(ExceptionInfo()) // expect: Array too large: 1,000,000,000,000 elements (at most 50,000,000; see --max-array).
FIN
QUAND EXCEPTION DANS
	t = ALLOUER UN TABLEAU DE (2.5) entiers // wl: ignore[WL110] (caught: the run's error is the case)
FAIRE
	Trace(ExceptionInfo()) // expect: an array's dimension must be a whole number, 0 or more, not 2.5.
FIN
t = allouer un tableau de (3) par (-2) entiers // expect error: an array's dimension must be a whole number, 0 or more, not -2
