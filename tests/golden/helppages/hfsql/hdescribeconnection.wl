// HDescribeConnection ?3044205: the page's example as written describes a connection to
// SQL Server through its Native Connector; wlinterp reaches SQLite and PostgreSQL only,
// so opening it fails without stopping the program (HErrorInfo names the provider)
Trace(HDescribeConnection("MyConnection", "", "", ...
"Server_SQLServer", "dbo", hNativeAccessSQLServer, hOReadWrite, "")) // expect: 1
Trace(HOpenConnection("MyConnection"), ErrorOccurred, Position(HErrorInfo(), "not available") > 0) // expect: 0, 1, 1
// the other Native Connectors are known names too (INFERRED), none reachable
Trace(hNativeAccessMySQL <> hNativeAccessOracle, hNativeAccessMariaDB <> hODBC) // expect: 1, 1
Trace(HOpenConnection("Other", "me", "pw", "dbserver", "shop", hNativeAccessMySQL), ErrorOccurred) // expect: 0, 1
