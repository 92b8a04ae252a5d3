// A connection's cursor options (CursorOptions ?2512103) and the Native Connectors
// wlinterp cannot reach (HDescribeConnection ?3044205): kept, read back, no effect
cnx is Connection
cnx..Provider = hNativeAccessSQLite
cnx..Database = ":memory:"
cnx..CursorOptions = hClientCursor + hStaticCursor + hReadOnlyCursor
Trace(HOpenConnection(cnx), cnx..CursorOptions = hClientCursor + hStaticCursor + hReadOnlyCursor)   // expect: 1, 1
HChangeConnection(Product, cnx)
HReset(Product)
Product.Reference = "CURSOR"
Trace(HAdd(Product), HNbRec(Product))          // expect: 1, 1
HCloseConnection(cnx)
Trace(hServerCursor <> hClientCursor, hDynamicCursor <> hForwardOnlyCursor, hOpenKeysetCursor > 0)   // expect: 1, 1, 1
Trace(hOptimisticCursor <> hPessimisticCursor)  // expect: 1
failed is int
FOR EACH p OF [hNativeAccessSQLServer, hNativeAccessMySQL, hNativeAccessMariaDB, hNativeAccessOracle, hODBC]
    HDescribeConnection("Far", "me", "pw", "dbserver", "shop", p, hOReadWrite, "", hServerCursor)
    IF NOT HOpenConnection("Far") AND ErrorOccurred THEN failed++
END
Trace(failed)                                   // expect: 5
Trace(Position(HErrorInfo(), "provider ODBC is not available") > 0)   // expect: 1
