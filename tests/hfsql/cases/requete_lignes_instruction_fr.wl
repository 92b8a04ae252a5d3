// Les lignes que donne une instruction qui n'est pas un SELECT sont gardées comme résultat
// de la requête, sur les deux bases : INSERT, UPDATE et DELETE avec RETURNING s'exécutaient
// et leurs lignes étaient perdues (HNbEnr -1) ; le `TABLE Customer` de PostgreSQL est
// `SELECT * FROM Customer`. docs/hfsql.md "Rows of PRAGMA, SHOW, TABLE and RETURNING".
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, "insert into customer (name, city) values ('Léa', 'Évry'), ('Luc', 'Sète') returning NAME"), HNbEnr(sd))   // expect: 1, 2
POUR TOUT sd
    Trace(sd.NAME)   // expect: Léa
                     // expect: Luc
FIN
Trace(HExécuteRequêteSQL(sd, "delete from customer where city = 'Sète' returning city, name"), HNbEnr(sd), HNbEnr(Customer))   // expect: 1, 1, 1
HLitPremier(sd)
Trace(sd.city, sd.name)   // expect: Sète, Luc
Trace(HExécuteRequêteSQL(sd, "table customer"), HNbEnr(sd))   // expect: 1, 1
