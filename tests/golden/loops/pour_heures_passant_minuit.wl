// Une boucle POUR sur une Heure s'arrête quand son pas passe minuit (23:45 + 15 min
// donne 00:00, avant la borne 23:59 : la boucle ne finissait jamais) ; sur une Date,
// elle s'arrête au 31/12/9999 (le pas suivant arrêtait l'exécution, « Numeric
// overflow », à la dernière ligne du corps). Un compteur qui ne peut pas avancer (une
// Date vide) arrête l'exécution sur le POUR.
h est une Heure
n est un entier
POUR h = "2300" À "2359" PAS 15 min
	n++
FIN
Trace(n) // expect: 4
Trace(h..Heure, h..Minute) // expect: 0, 0
n = 0
POUR h = "0030" _A_ "0000" PAS -15 min
	n++
FIN
Trace(n) // expect: 3
Trace(h..Heure, h..Minute) // expect: 23, 45
d est une Date
POUR d = "99991230" A "99991231"
	Trace(d)
FIN
// expect: 99991230
// expect: 99991231
Trace(d) // expect: 99991231
dh est une DateHeure
n = 0
POUR dh = "99991231230000" À "99991231235959" PAS 30 min
	n++
FIN
Trace(n) // expect: 2
Trace(dh..Minute) // expect: 30
ancienne est une Date = "00010101"
ancienne = ancienne + 1000
Trace(ancienne) // expect: 00030928
POUR d = Null À "20240105" // expect error: The Date is empty
	n++
FIN
