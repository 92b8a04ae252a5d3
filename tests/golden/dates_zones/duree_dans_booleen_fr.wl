// Une Durée rangée dans un booléen arrête l'exécution, par = comme par += ou -= (un
// booléen plus une Durée est une Durée) ; `wl check` y dit WL110.
bFini est un booléen = Vrai
duAttente est une Durée = 2 s
Trace(bFini + duAttente) // expect: 2 s 1 ms
QUAND EXCEPTION DANS
	bFini -= duAttente
FAIRE
	Trace(ExceptionInfo(errMessage)) // expect: A value of type duration cannot be used as a boolean.
FIN
bFini = duAttente // expect error: A value of type duration cannot be used as a boolean.
