// A small stock written as the IDE saves it: a procedure set (SET_Stock.wdg: constants,
// an enumeration, a structure and a global array in its declarations) and a class
// (CLog.wdc: private members, a global member, a constructor), in
// stock_set_and_class_en.files/, called by this script as wl run does. Written for the
// tests (no third-party code). French twin: stock_ensemble_et_classe_fr.wl.
oLog is CLog("Warehouse log")
AddItem("scr-m6", "M6 stainless screw", 120, 0.08)
AddItem(" NUT-M6 ", "M6 nut", 3, 0.05)
AddItem("WSH-M6", "M6 washer", 4, 0.02)
AddItem("PLG-10", "10 mm plug")
Trace(garrItems..Count, garrItems[2].sRef, ItemIndex("wsh-m6"), ItemIndex("unknown"))
// expect: 4, NUT-M6, 3, -1
oLog.Note("20 SCR-M6 out: " + Move("SCR-M6", StockOut, 20) + " left")
oLog.Note("50 PLG-10 in: " + Move("plg-10", EMovement.StockIn, 50) + " left")
WHEN EXCEPTION IN
	Move("NUT-M6", StockOut, 10)
DO
	oLog.Note("Refused: " + ExceptionInfo(errMessage))
END
when exception in
	Move("XXX", Inventory, 1)
do
	oLog.Note("Refused: " + ExceptionInfo(errMessage))
end
Move("WSH-M6", Inventory, 2)
Trace(ItemsToReorder())
// expect: WSH-M6 (2), NUT-M6 (3)
cyNet, cyGross are currencies
(cyNet, cyGross) = StockValue()
Trace(cyNet, cyGross, gnMovements)
// expect: 8.19, 9.83, 3
Trace(oLog.Text())
// expect: Warehouse log
// expect: 01. 20 SCR-M6 out: 100 left
// expect: 02. 50 PLG-10 in: 50 left
// expect: 03. Refused: Not enough NUT-M6: 3 < 10
// expect: 04. Refused: Unknown item: XXX
Trace(oLog.LineCount(), CLog::gnLogs)
// expect: 4, 1
