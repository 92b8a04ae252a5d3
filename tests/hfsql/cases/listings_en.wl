// HListQueryParameter: a query's {parameters} in order; HListConnection: the connections
// described (one per line; decided, docs/hfsql.md)
Trace(Replace(HListQueryParameter(REQ_OrdersOfCity), CR, ","))   // expect: pCity,pMinTotal
Trace(Replace(HListQueryParameter("REQ_OrdersOfCity"), CR, ","))   // expect: pCity,pMinTotal
q is SQL Query = "SELECT Name FROM Customer WHERE City = {pCity} OR Name = {pName} OR City = {PCITY}"
Trace(Replace(HListQueryParameter(q), CR, ","))        // expect: pCity,pName
Trace(HListQueryParameter("REQ_Nowhere") = "", ErrorOccurred, HError() <> 0)   // expect: 1, 1, 1
Trace("[" + HListConnection() + "]")                    // expect: []
HDescribeConnection("Shop", "", "", "", ":memory:", hNativeAccessSQLite)
HDescribeConnection("Archive", "", "", "", ":memory:", hNativeAccessSQLite)
Trace(Replace(HListConnection(), CR, ","))             // expect: Shop,Archive
// describing again under the same name replaces it
HDescribeConnection("shop", "", "", "", ":memory:", hNativeAccessSQLite)
Trace(Replace(HListConnection(), CR, ","))             // expect: shop,Archive
