// Le SQL d'une requête que la base refuse est signalé sur le texte du programme : un texte
// qui finit trop tôt donnait 'near ")": syntax error' sous SQLite (une parenthèse de
// wlinterp, autour du texte pour lire les colonnes du résultat) et PostgreSQL citait cet
// habillage, `SELECT * FROM (...) wlq LIMIT 0`, son curseur dessus. Désormais SQLite dit
// "incomplete input" et PostgreSQL "syntax error at end of input" avec la ligne du texte.
sd est une Source de Données
Trace(HExécuteRequêteSQL(sd, "SELECT Name FROM Customer ORDER BY"))   // expect: 0
sErr est une chaîne = HErreurInfo()
Trace(Position(sErr, "input") > 0, Position(sErr, ")"), Position(sErr, "wlq"))   // expect: 1, 0, 0
Trace(HExécuteRequêteSQL(sd, "SELECT Name," + RC + "FROM Customer"))   // expect: 0
sErr = HErreurInfo()
Trace(Position(sErr, "FROM") > 0, Position(sErr, "wlq"), Position(sErr, "SELECT *"))   // expect: 1, 0, 0
// une colonne qui n'existe pas : nommée, sur les deux bases
Trace(HExécuteRequêteSQL(sd, "SELECT Name FROM Customer ORDER BY Rien"))   // expect: 0
sErr = HErreurInfo()
Trace(Position(Minuscule(sErr), "rien") > 0, Position(sErr, "wlq"))   // expect: 1, 0
// une requête juste s'exécute toujours
Trace(HExécuteRequêteSQL(sd, "SELECT COUNT(*) AS n FROM Customer"), HLitPremier(sd), sd.n)   // expect: 1, 1, 0
