// Une rubrique accentuée nommée sans ses accents ou en capitales dans un SQL écrit à la
// main, comme l'écrit un code tapé sur un clavier sans accents : la rubrique Société de
// l'analyse, sur les deux bases, comme Customer.Societe la lit dans le code (décidé,
// INFERRED : docs/hfsql.md « Queries, data sources, aliases »). C'était « no such
// column: Societe » sur SQLite, 'column "societe" does not exist' sur PostgreSQL.
tabSociétés est un tableau de chaînes = ["ACME", "Bâtiments Réunis"]
POUR i = 1 À 2
	HRAZ(Customer)
	Customer.Name = ["Dupont", "Martin"][i]
	Customer.Societe = tabSociétés[i]
	HAjoute(Customer)
FIN
REQ est une Source de Données
Trace(HExécuteRequêteSQL(REQ, "SELECT Name, Societe FROM Customer WHERE SOCIETE = 'ACME'"))  // expect: 1
POUR TOUT REQ
	Trace(REQ.Name, REQ.Societe, REQ.Société)                        // expect: Dupont, ACME, ACME
FIN
Trace(HExécuteRequêteSQL(REQ, "SELECT c.Name FROM Customer c WHERE c.société LIKE 'b%' ORDER BY SOCIÉTÉ"))  // expect: 1
POUR TOUT REQ
	Trace(REQ.Name)                                                  // expect: Martin
FIN
// un texte entre quotes reste un texte ; un alias garde son nom
Trace(HExécuteRequêteSQL(REQ, "SELECT 'Societe' AS sLibellé, Société AS Societe FROM Customer ORDER BY Name"))  // expect: 1
HLitPremier(REQ)
Trace(REQ.sLibellé, REQ.Societe)                                     // expect: Societe, ACME
