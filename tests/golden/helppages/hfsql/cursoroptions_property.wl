// CursorOptions ?2512103: the page's example as written (an HFSQL Client/Server
// connection, which wlinterp cannot reach: HOpenConnection fails without stopping the
// program, HErrorInfo naming the provider); the cursor options are kept and read back,
// and change nothing on SQLite or PostgreSQL (decided, docs/hfsql.md "Connections")
MyConnection is Connection
// Describe the connection
MyConnection.User = "USER"
MyConnection.Password = "PASSWORD"
MyConnection.Server = "MYSERVER"
MyConnection.Database = "Database"
MyConnection.Provider = hAccessHFClientServer
MyConnection.Access = hOReadWrite
MyConnection.ExtendedInfo = "Extended information"
MyConnection.CursorOptions = hServerCursor
Trace(HOpenConnection(MyConnection), ErrorOccurred) // expect: 0, 1
Trace(MyConnection.CursorOptions = hServerCursor, MyConnection..CursorOptions = hClientCursor) // expect: 1, 0
// "one or more of the following constants": combined
MyConnection.CursorOptions = hClientCursor + hStaticCursor + hReadOnlyCursor
Trace(BinaryAND(MyConnection.CursorOptions, hStaticCursor) <> 0, BinaryAND(MyConnection.CursorOptions, hDynamicCursor)) // expect: 1, 0
// HDescribeConnection's and HOpenConnection's last parameter is the cursor options
Trace(HDescribeConnection("Mem", "", "", "", ":memory:", hNativeAccessSQLite, hOReadWrite, "", hForwardOnlyCursor + hOptimisticCursor)) // expect: 1
Trace(HOpenConnection("Mem"), ErrorOccurred) // expect: 1, 0
Trace(HOpenConnection("Mem2", "", "", "", ":memory:", hNativeAccessSQLite, hOReadWrite, "", hPessimisticCursor + hOpenKeysetCursor)) // expect: 1
