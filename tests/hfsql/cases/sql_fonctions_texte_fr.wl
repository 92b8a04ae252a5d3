// Fonctions de texte d'un SQL écrit à la main, un seul résultat sur SQLite et
// PostgreSQL : REPLACE et POSITION sur une clé texte arrêtaient la requête sur
// PostgreSQL (« nondeterministic collations are not supported for substring
// searches »), INSTR y était inconnue ; LPAD, RPAD, CHAR_LENGTH et POSITION étaient
// inconnues de SQLite ; UCASE/LCASE des deux. docs/hfsql.md (décidé, INFERRED).
POUR TOUT sNom DE ["Dupont", "Martin"]
	HRàZ(Customer)
	Customer.Name = sNom
	Customer.City = "Nîmes"
	HAjoute(Customer)
FIN
REQ est une Source de Données
HExécuteRequêteSQL(REQ, [
	select lpad(cast(CustomerID as varchar(10)), 6, '0') as sCode,
	       rpad(Name, 8, '.') || '|' as sLibellé, replace(Name, 'u', 'U') as sRemp,
	       position('t' in Name) as nPos, instr(Name, 'o') as nOù,
	       char_length(Name) as nLong, ucase(Name) as sMaj, lcase(City) as sMin
	from Customer
	order by Name
])
POUR TOUT REQ
	Trace(REQ.sCode, REQ.sLibellé, REQ.sRemp, REQ.nPos, REQ.nOù, REQ.nLong, REQ.sMaj, REQ.sMin)
FIN
// expect: 000001, Dupont..|, DUpont, 6, 4, 6, DUPONT, nîmes
// expect: 000002, Martin..|, Martin, 4, 0, 6, MARTIN, nîmes
HExécuteRequêteSQL(REQ, "UPDATE Customer SET Name = REPLACE(Name, 'Martin', 'Martinez')")
Trace(HLitRecherchePremier(Customer, Name, "martinez"))   // expect: 1
// les noms joints : GROUP_CONCAT (de SQLite, de MySQL) et STRING_AGG (de PostgreSQL) sur les deux
HExécuteRequêteSQL(REQ, "SELECT GROUP_CONCAT(Name) AS a, STRING_AGG(Name, ' / ') AS c FROM (SELECT Name FROM Customer ORDER BY Name) t")
HLitPremier(REQ)
Trace(REQ.a, REQ.c)                                       // expect: Dupont,Martinez, Dupont / Martinez
