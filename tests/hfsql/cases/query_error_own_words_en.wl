// A query's SQL the database refuses is reported on the program's own text: a text that
// ends too soon said 'near ")": syntax error' on SQLite (a parenthesis of wlinterp's,
// around the text to read the result's columns) and PostgreSQL quoted that wrapper,
// `SELECT * FROM (...) wlq LIMIT 0`, its caret there. Now SQLite says "incomplete input"
// and PostgreSQL "syntax error at end of input" with the text's own line and a caret.
ds is Data Source
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer ORDER BY"))   // expect: 0
sErr is string = HErrorInfo()
Trace(Position(sErr, "input") > 0, Position(sErr, ")"), Position(sErr, "wlq"))   // expect: 1, 0, 0
Trace(HExecuteSQLQuery(ds, "SELECT Name," + CR + "FROM Customer"))   // expect: 0
sErr = HErrorInfo()
Trace(Position(sErr, "FROM") > 0, Position(sErr, "wlq"), Position(sErr, "SELECT *"))   // expect: 1, 0, 0
// a column that does not exist: named, on both databases
Trace(HExecuteSQLQuery(ds, "SELECT Name FROM Customer ORDER BY Nope"))   // expect: 0
sErr = HErrorInfo()
Trace(Position(Lower(sErr), "nope") > 0, Position(sErr, "wlq"))   // expect: 1, 0
// a right query still runs
Trace(HExecuteSQLQuery(ds, "SELECT COUNT(*) AS n FROM Customer"), HReadFirst(ds), ds.n)   // expect: 1, 1, 0
