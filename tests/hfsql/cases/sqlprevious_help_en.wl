// SQLPrevious ?3072022: the page's example as written, on the run's own database
// (SQLConnect("", "", ""), docs/builtins.md "The older SQL functions") with an INVOICE
// table of ours; its ListAdd(LIST_NAMELIST, ...) line needs a window: the same value is
// traced instead. The page states no output: the loop from SQLLast reads the rows from
// the last to the first, and SQL.Out ends it.
Trace(SQLConnect("", "", "") > 0)                                    // expect: 1
SQLExec("CREATE TABLE INVOICE (CUSTNAME VARCHAR(20))", "QRY0")
SQLExec("INSERT INTO INVOICE VALUES ('Adams'), ('Brown'), ('Clark')", "QRY0")
ResExec is boolean
ResExec = SQLExec("SELECT CUSTNAME FROM INVOICE", "QRY1")
IF ResExec THEN
// Transfer the name into LIST_NAMELIST
SQLLast("QRY1")
WHILE NOT SQL.Out
// ListAdd(LIST_NAMELIST, SQLCol("QRY1", 1))
Trace(SQLCol("QRY1", 1), SQL.Current)
SQLPrevious("QRY1")
END
ELSE
// Processes the error
END
SQLClose("QRY1")
// expect: Clark, 3
// expect: Brown, 2
// expect: Adams, 1
Trace(SQL.Out)                                                       // expect: 1
