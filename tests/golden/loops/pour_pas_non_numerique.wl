// Le PAS d'une boucle POUR est un nombre, lu une fois avant le premier passage : un
// texte contenant un nombre est ce nombre ("2" avançait de "12", une fois, et "ab" ne
// finissait jamais) ; un tableau, Null ou un autre texte arrête l'exécution à la boucle
// (un tableau ne faisait aucun passage, sans un mot).
s est une chaîne = "2"
POUR i = 1 À 5 PAS s
	Trace(i)
FIN
// expect: 1
// expect: 3
// expect: 5
v est un variant = "-2"
POUR i = 4 A 1 PAS v
	Trace(i)
FIN
// expect: 4
// expect: 2
t est un tableau d'entiers = [1, 2]
QUAND EXCEPTION DANS
	POUR i = 1 À 10 PAS t // wl: ignore[WL110] (ce que wl check dit d'abord : ici l'exécution est rattrapée)
		Trace(i)
	FIN
FAIRE
	Trace(ExceptionInfo()) // expect: A FOR loop's STEP must be a number, not a value of type array.
FIN
rien est un variant = Null
QUAND EXCEPTION DANS
	POUR i = 1 À 10 PAS rien
		Trace(i)
	FIN
FAIRE
	Trace(ExceptionInfo()) // expect: A FOR loop's STEP must be a number, not Null.
FIN
mot est une chaîne = "ab"
POUR i = 1 À 10 PAS mot // expect error: A FOR loop's STEP must be a number, not the text "ab".
	Trace(i)
FIN
