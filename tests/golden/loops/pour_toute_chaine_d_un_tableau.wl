// POUR TOUTE CHAÎNE découpe une chaîne : donnée un tableau (littéral ou variable) ou un
// tableau associatif, l'exécution s'arrête à la boucle avec un message qui dit comment
// parcourir les éléments (il disait « A value of type list... », un nom de type Python).
// Un Variant ou un Buffer qui tient du texte est découpé comme ce texte.
// (docs/semantics.md, "FOR EACH STRING over an array")
b est un Buffer = "g;h"
POUR TOUTE CHAÎNE s DE b SÉPARÉE PAR ";"
	Trace(s)
FIN
// expect: g
// expect: h
t est un tableau de chaînes = ["a", "b"]
QUAND EXCEPTION DANS
	pour toute chaine s de t separee par "," // wl: ignore[WL110] (what wl check says; the run is caught here)
		Trace(s)
	FIN
FAIRE
	Trace(ExceptionInfo()) // expect: FOR EACH STRING cuts a text into pieces, but it was given an array: walk an array's elements with FOR EACH x OF t (or join them first with ArrayToString).
FIN
POUR TOUT s DE t
	Trace(s)
FIN
// expect: a
// expect: b
POUR TOUTE CHAÎNE s DE ["a", "b"] SÉPARÉE PAR "," // wl: ignore[WL110] // expect error: FOR EACH STRING cuts a text into pieces, but it was given an array
	Trace(s)
FIN
