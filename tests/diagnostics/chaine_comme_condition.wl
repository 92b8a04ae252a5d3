// une variable chaîne ou un texte littéral comme condition arrête l'exécution là (« A
// string cannot be used as a boolean. », VERIFIED ?1512003) : WL110, différée (wl check
// ne disait rien) ; une comparaison, un booléen et un nombre sont des conditions
sRéponse est une chaîne = "oui"
bFini est un booléen = Faux
nCompte est un entier = 2
SI sRéponse ALORS Trace(1) // error: WL110:4 'sRéponse' is a string: it cannot be used as a boolean
SI PAS sRéponse ALORS Trace(2) // error: WL110:8 'sRéponse' is a string: it cannot be used as a boolean
TANTQUE sRéponse // error: WL110:9 'sRéponse' is a string: it cannot be used as a boolean
	SORTIR
FIN
SI "oui" ALORS Trace(3) // error: WL110:4 a string cannot be used as a boolean
SI sRéponse <> "" ET PAS bFini ALORS Trace(4)
SI nCompte ALORS Trace(5)
