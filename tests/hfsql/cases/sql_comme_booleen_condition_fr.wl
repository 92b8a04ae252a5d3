// Une rubrique booléenne qui est une condition, ou une valeur à côté de TRUE/FALSE, dans
// l'opérande de LIKE reste un booléen sur PostgreSQL, et un résultat booléen est comparé
// comme 1 ou 0 : les mêmes lignes que sur SQLite (PostgreSQL les refusait). docs/hfsql.md
// "Reviewer R3's findings on SQL (issue 8, M3, ...)".
Customer.Name = "Ann"
Customer.VIP = Vrai
HAjoute(Customer)
Customer.Name = "Bob"
Customer.VIP = Faux
HAjoute(Customer)
Montre("CASE WHEN (VIP) THEN 'y' ELSE 'n' END LIKE 'y'")                      // expect: Ann
Montre("CASE WHEN NOT(VIP) THEN 'y' ELSE 'n' END LIKE 'n'")                   // expect: Ann
Montre("CASE VIP WHEN TRUE THEN 'y' ELSE 'n' END LIKE 'y'")                   // expect: Ann
Montre("CASE VIP WHEN 1 THEN 'y' ELSE 'n' END LIKE 'n'")                      // expect: Bob
Montre("(SELECT COUNT(*) FROM Customer x WHERE x.VIP) LIKE '1'")              // expect: Ann Bob
Montre("CASE WHEN Name = 'Ann' THEN VIP ELSE FALSE END LIKE '1'")             // expect: Ann
Montre("CASE WHEN Name = 'Bob' THEN VIP ELSE 1 END LIKE '0'")                 // expect: Bob
Montre("COALESCE(VIP, FALSE) LIKE '1'")                                       // expect: Ann
Montre("COALESCE(VIP, 0) LIKE '0'")                                           // expect: Bob
Montre("CASE WHEN VIP = TRUE THEN 'y' ELSE 'n' END LIKE 'y'")                 // expect: Ann
Montre("CASE WHEN VIP = 1 AND Name <> 'x' THEN 'y' ELSE 'n' END LIKE 'y'")    // expect: Ann
PROCÉDURE Montre(sOù est une chaîne)
q est une Source de Données
SI PAS HExécuteRequêteSQL(q, hRequêteDéfaut, "SELECT Name FROM Customer c WHERE " + sOù + " ORDER BY Name") ALORS
	Trace(HErreurInfo())
	RETOUR
FIN
s est une chaîne
POUR TOUT q
	s += [" "] + q.Name
FIN
Trace(s)
