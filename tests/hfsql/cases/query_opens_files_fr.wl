// Une requête sur des fichiers de données jamais écrits : ils sont créés, comme à leur ouverture
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, "SELECT count(*) AS n FROM Product"))   // expect: 1
HLitPremier(sd)
Trace(sd.n)                                   // expect: 0
requete est une Requête SQL = "SELECT Name FROM Customer"
Trace(HExécuteRequête(requete), HNbEnr(requete))   // expect: 1, 0
