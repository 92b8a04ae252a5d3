// Une indirection dont le nom est calculé ne peut pas non plus changer une variable
// immuable, ni une partie d'une : l'exécution la refuse là où elle s'exécute (un nom
// littéral est refusé avant que le programme tourne). Avant, {sNom} = 6 changeait nTaux.
nTaux est un entier <immuable> = 5
tabTaux est un tableau d'entiers <immuable> = [1, 2]
nLibre est un entier = 1
sNom est une chaîne = "nLibre"
{sNom} = 2
Trace(nLibre) // expect: 2
sNom = "nTaux"
QUAND EXCEPTION DANS
	{sNom} = 6
FAIRE
	Trace(ExceptionInfo()) // expect: cannot change 'nTaux': it is declared immutable, its value is the one its declaration gives (through the indirection {nTaux}).
FIN
sNom = "tabTaux[2]"
QUAND EXCEPTION DANS
	{sNom} = 6
FAIRE
	Trace(ExceptionInfo()) // expect: cannot change 'tabTaux': it is declared immutable, its value is the one its declaration gives (through the indirection {tabTaux[2]}).
FIN
Trace(nTaux, tabTaux[2]) // expect: 5, 2
Garde()

PROCÉDURE Garde()
nLimite est un entier <immuable> = 3
sQuel est une chaîne = "nLimite"
QUAND EXCEPTION DANS
	{sQuel} = 4
FAIRE
	Trace(ExceptionInfo()) // expect: cannot change 'nLimite': it is declared immutable, its value is the one its declaration gives (through the indirection {nLimite}).
FIN
Trace(nLimite) // expect: 3
