// Stock reservations as a WINDEV project saves them (written for the tests): the class
// CStockItem (PRIVATE members, a PUBLIC CONSTANT member, a class CONSTANT, <get>
// properties, ExceptionThrow) and the set SET_Stock (an associative array of dynamic
// objects, WHEN EXCEPTION IN undoing the reservations made, ExceptionInfo). Its test
// cases: tests/testing/stock_project/ (wl test). French twin: reservations_stock_fr.wl.
CreateItem("screw-m6", "M6 screw", 100)
CreateItem("NUT-M6", "M6 nut", 40)
Trace(ReserveOrder(["SCREW-M6;30", "NUT-M6;30"]) = "") // expect: 1
Trace(ReserveOrder(["screw-m6;10", "nut-m6;20"])) // expect: NUT-M6: 20 asked, 10 available
Trace(ReserveOrder(["SCREW-M6;5", "NAIL;3"])) // expect: unknown item: NAIL
Trace(StockState())
// expect: SCREW-M6 M6 screw: 70
// expect: NUT-M6 M6 nut: 10
Trace(gnRefusedOrders, gaaItems["SCREW-M6"].Issue(30), gaaItems["SCREW-M6"].Issue(1)) // expect: 2, 1, 0
Trace(gaaItems["screw-m6"]..Exist, gaaItems["SCREW-M6"].Available) // expect: 0, 70
