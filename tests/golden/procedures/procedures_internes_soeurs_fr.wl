// Les procédures internes d'un même code s'appellent dans n'importe quel ordre : une
// procédure qui appelait une sœur déclarée plus bas échouait (« appelée avant que sa
// déclaration ait été exécutée »). docs/semantics.md "Lambdas and internal procedures".
gnTables est un entier
PROCÉDURE INTERNE Synchroniser()
	ChargerCorrespondances()
	Trace("tables : " + gnTables)
FIN
PROCÉDURE INTERNE ChargerCorrespondances()
	gnTables = 4
FIN
Synchroniser() // expect: tables : 4
Trace(Compter(3)) // expect: 6

PROCÉDURE Compter(n)
PROCÉDURE INTERNE Ajouter(k)
	SI k = 0 ALORS RENVOYER 0
	RENVOYER k + Ajouter(k - 1)
FIN
RENVOYER Double(Ajouter(n)) / 2 * 1
PROCÉDURE INTERNE Double(x)
	RENVOYER Moitié(x * 4)
FIN
PROCÉDURE INTERNE Moitié(x)
	RENVOYER x / 2
FIN
