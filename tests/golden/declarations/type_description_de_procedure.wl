// `p est une Description de Procédure` (et `Procedure Description`, le nom anglais, dans
// du code français) déclare une Description de Procédure (type de réflexion, page
// ?1000019317) : `Procedure Description` était lu comme `Procédure`, une variable
// procédure valant Null, le mot "Description" perdu, et `p.Nom` arrêtait l'exécution.
p est une Description de Procédure
Trace(p.Nom = "", p.Globale) // expect: 1, 0
q est une Procedure Description
Trace(q.Nom = "") // expect: 1
