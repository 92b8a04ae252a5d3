// Une rubrique monétaire ou booléenne comparée par LIKE dans du SQL écrit à la main donne
// les mêmes lignes sur les deux bases : comparée par son texte tel que SQLite la garde (un
// monétaire 10 ou 10.5, pas le numeric(24,6) 10.500000 de PostgreSQL ; un booléen 1 ou 0,
// pas true), dans une expression aussi. Un CASE ... END avant LIKE est un seul opérande :
// PostgreSQL le refusait. docs/hfsql.md "SQL on both databases (issue 8, HF, 7 Dec 2026,
// 09:57-12:57)", paragraphe "LIKE on a currency, a Boolean, a CASE".
POUR TOUT sNom, i DE ["Ann", "Bob", "Cid"]
	Customer.Name = sNom
	Customer.City = "Paris"
	Customer.Balance = [10, 10.5, -0.25][i]
	Customer.VIP = (i = 2)
	HAjoute(Customer)
FIN
Montre("Balance LIKE '10'")                       // expect: Ann
Montre("c.Balance LIKE '10.5'")                   // expect: Bob
Montre("Balance LIKE '%.25'")                     // expect: Cid
Montre("Balance LIKE '10.5000%'")                 // expect: 
Montre("Balance * 2 LIKE '21%'")                  // expect: Bob
Montre("VIP LIKE '1'")                            // expect: Bob
Montre("VIP LIKE 'vrai'")                         // expect: 
Montre("c.VIP NOT LIKE '1'")                      // expect: Ann Cid
Montre("VIP + 1 LIKE '2'")                        // expect: Bob
Montre("CASE WHEN VIP = 1 THEN 105 ELSE 0 END LIKE '10%'")                  // expect: Bob
Montre("CASE WHEN VIP THEN Balance ELSE 0 END LIKE '10.5'")                 // expect: Bob
Montre("CASE WHEN NOT VIP AND Balance > 1 THEN 'o' ELSE 'n' END LIKE 'O'")  // expect: Ann
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
