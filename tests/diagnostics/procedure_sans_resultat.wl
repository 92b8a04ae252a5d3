// une procédure sans RENVOYER utilisée comme une valeur : le compilateur de WINDEV la
// refuse ; wl check signale WL117 et wl run s'arrête à l'appel (docs/semantics.md,
// "A procedure without RESULT used as a value")
x est un entier = Journal("a") // error: WL117:19 'Journal' gives no result (it has no RESULT): its call cannot be used as a value
Journal("b")
Trace(Journal("c")) // error: WL117:7 'Journal' gives no result (it has no RESULT): its call cannot be used as a value
SI Journal("d") ALORS Trace("jamais") // error: WL117:4 'Journal' gives no result (it has no RESULT): its call cannot be used as a value
x = Double(2) + Drapeau() + Typée()
x = EnAttente()
s est une chaîne = Emballe()
Trace(x, s)

PROCÉDURE Journal(sTexte)
Trace(sTexte)
PROCÉDURE Double(n)
SI n > 0 ALORS
	RENVOYER n * 2
FIN
RENVOYER 0
PROCÉDURE Drapeau()
Trace("drapeau")
RETOUR = Vrai
PROCÉDURE Typée() : entier // warning: WL214:11 'Typée' is declared to return entier but can reach its end without RESULT: it then returns the type's default value
Trace("typée")
PROCÉDURE EnAttente()
MonRésultat = 3
PROCÉDURE Emballe()
r est une chaîne = Aide() // error: WL117:20 'Aide' gives no result (it has no RESULT): its call cannot be used as a value
RENVOYER r
	PROCÉDURE INTERNE Aide()
		Trace("aide")
	FIN
