// HExécuteRequêteSQL avec VALUES donne ses lignes (colonnes column1, column2... sur les deux
// bases), et EXPLAIN est refusé en mots : les deux étaient exécutés comme des ordres dont les
// lignes étaient perdues sans un mot (HNbEnr -1). docs/hfsql.md "Reviewer R3's findings on SQL".
HAjoute(Customer)
q est une Source de Données
SI HExécuteRequêteSQL(q, hRequêteDéfaut, "VALUES (1, 'a'), (2, 'b')") ALORS
	Trace(HNbEnr(q))                  // expect: 2
	POUR TOUT q
		Trace(q.column1 + 1, q.column2)   // expect: 2, a
	FIN                               // expect: 3, b
FIN
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "  explain SELECT Name FROM Customer") ALORS
	Trace(HErreurInfo())               // expect: query q: EXPLAIN gives the database's plan, not rows a query keeps; HOptimizeQuery reads a query's plan.
FIN
