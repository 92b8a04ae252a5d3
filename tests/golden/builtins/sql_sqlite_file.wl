// The older SQL functions on a real SQLite file named by its path and the "SQLite" type
path is string = fTempFile("wl")
n is int = SQLConnect(path, "", "", "", "SQLite")
Trace(n > 0, SQL.Error)                              // expect: 1, 00000
SQLExec("CREATE TABLE Photo (Id INTEGER PRIMARY KEY, Caption TEXT, Shot DATE, Data BLOB, Price NUMERIC(8,2))", "R")
SQLExec("INSERT INTO Photo VALUES (1, 'Sunset', '20240131', X'00FF41', 9.9)", "R")
SQLExec("SELECT Id, Caption, Shot, Data, Price FROM Photo", "Q")
Trace(SQLFetch("Q"))                                 // expect: 0
buf is Buffer = SQLGetMemo("Q", 4)
Trace(Length(buf), BufferToHexa(buf))                // expect: 3, 00 FF 41
Trace(SQLGetTextMemo("Q", 2), SQLGetCol("Q", 3), Val(SQLGetCol("Q", 5)) + 1)  // expect: Sunset, 20240131, 10.9
Trace(Replace(SQLColumn("Photo", True), TAB, "|"))
// expect: Id|INTEGER|0|0
// expect: Caption|TEXT|0|0
// expect: Shot|DATE|0|0
// expect: Data|BLOB|0|0
// expect: Price|NUMERIC|8|2
Trace(SQLColumn("Nothing"), SQL.Error)               // expect: , 42S02
SQLDisconnect()
// the file kept the data: a second connection reads it back
SQLConnect("sqlite:" + path, "", "")
SQLExec("SELECT Caption FROM Photo", "Q")
SQLFirst("Q")
Trace(SQLCol("Q", 1))                                // expect: Sunset
SQLDisconnect()
fDelete(path)
// a database type wlinterp cannot reach, or a file it cannot open: 0, never a stop
Trace(SQLConnect("MyDSN", "user", "pwd", "", "ODBC"), SQL.Error)  // expect: 0, 08001
Trace(SQLConnect(fTempPath(), "", "", "", "SQLite"), SQL.Error)  // expect: 0, 08001
