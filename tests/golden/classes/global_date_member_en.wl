// A GLOBAL member declared Date or Time computes as one, however it is named:
// `CCalendar::gdStart + 1`, `::gdStart + 1`, `gdStart + 1` in a method, `o.gdStart + 1`
// were the text "202501011", and `gdStart..Month = 5` stopped with "A value of type
// string has no member 'Month'"
CCalendar::gdStart..Month = 7
Trace(CCalendar::gdStart, CCalendar::gdStart + 1, CCalendar::gdStart..Month) // expect: 20250701, 20250702, 7
oCal is CCalendar
Trace(oCal.gdStart + 1) // expect: 20250702
CCalendar::gdStart += 1
Trace(CCalendar::gdStart) // expect: 20250702
oCal.Show()

CCalendar is Class
	GLOBAL
		gdStart is Date = "20250101"
		gtOpening is Time = "0800"
END

PROCEDURE CCalendar::Show()
Trace(gdStart + 1, ::gdStart + 2, gtOpening + 1 h) // expect: 20250703, 20250704, 09000000
gdStart..Day = 15
FOR i = 1 TO 1
	Trace(gdStart - 1, CCalendar::gtOpening + 30 min) // expect: 20250714, 08300000
END
