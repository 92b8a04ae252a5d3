// Les lettres accentuées changent de casse dans UPPER et LOWER du SQL (UCASE, LCASE) et
// dans les recherches « contient » sans casse (POUR TOUT ... AVEC Rubrique [=] texte,
// HFiltreContient) sur les deux bases, comme Majuscule et Minuscule du WLangage : UPPER de
// SQLite ne changeait que les lettres ASCII ("éLISE" là où PostgreSQL donnait "ÉLISE"),
// et sous PostgreSQL les recherches « contient » mettaient le texte en minuscules sous la
// collation "C" : "Émile" n'y contenait pas "émi". docs/hfsql.md "HFSQL's SQL translated".
POUR TOUT ÉLÉMENT s DE ["élise", "Émile", "adam"]
	HRAZ(Customer)
	Customer.Name = s
	HAjoute(Customer)
FIN
sd est une Source de Données
HExécuteRequêteSQL(sd, "SELECT UPPER(Name) AS u, LOWER(Name) AS l, LCASE(Name) AS l2 FROM Customer ORDER BY Name")
POUR TOUT sd
	Trace(sd.u, sd.l, sd.l2)                          // expect: ADAM, adam, adam
	                                                  // expect: ÉLISE, élise, élise
	                                                  // expect: ÉMILE, émile, émile
FIN
Trace(HExécuteRequêteSQL(sd, "SELECT Name FROM Customer WHERE UPPER(Name) = 'ÉLISE'"), HNbEnr(sd))   // expect: 1, 1
POUR TOUT Customer AVEC Name [=] "émi"
	Trace("contient", Customer.Name)                  // expect: contient, Émile
FIN
POUR TOUT Customer AVEC Name [=] "LIS"
	Trace("contient", Customer.Name)                  // expect: contient, élise
FIN
HFiltreContient(Customer, Name, "ÉMI")
POUR TOUT Customer
	Trace("filtre", Customer.Name)                    // expect: filtre, Émile
FIN
