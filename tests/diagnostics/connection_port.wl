// A Connection has no Port property (UNVERIFIED: docs/hfsql.md "Connection..Port"):
// real code sets it as other database libraries do; the error says the port is written
// in Server, "host:port", which the connection passes on to the database
cnxInvoices is Connection
cnxInvoices.Provider = hNativeAccessPostgreSQL
cnxInvoices.Server = "dbhost"
cnxInvoices.Port = 5432 // error: WL109:13 a Connection has no property 'Port': the port is written in Server, "host:port" (..Server = "dbhost:5432")
cnxInvoices.Server = "dbhost:5432"
Trace(cnxInvoices.Server)
