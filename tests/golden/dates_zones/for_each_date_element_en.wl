// FOR EACH over an array of Dates, Times or DateTimes: the element is one, so `d + 1` is
// the next day (it was the text "202503011"), `t + 1 h` an hour later (it was
// "080000001 h"), `dt..Date` its date (it was "A string has no property 'Date'"), and
// `d = d + 1` writes the next day back into the array
arrDue is array of Dates = ["20250228", "", "20251231"]
FOR EACH dDue OF arrDue
	IF dDue = "" THEN CONTINUE
	Trace(dDue + 1, dDue - 1, dDue..Month, DateToString(dDue, "DD/MM/YYYY"))
	dDue = dDue + 1
END
// expect: 20250301, 20250227, 2, 28/02/2025
// expect: 20260101, 20251230, 12, 31/12/2025
Trace(arrDue[1], arrDue[3]) // expect: 20250301, 20260101
aaStart is associative array of Date
aaStart["shop"] = "20250301"
FOR EACH dOpen, sKey OF aaStart
	Trace(sKey, dOpen + 7) // expect: shop, 20250308
END
arrSlots is array of Time = ["0800", "1730"]
FOR EACH tSlot OF arrSlots
	Trace(tSlot + 1 h, tSlot - 30 min, tSlot..Hour)
END
// expect: 09000000, 07300000, 8
// expect: 18300000, 17000000, 17
arrStamps is array of DateTime = ["20250301120000"]
FOR EACH dtStamp OF arrStamps
	Trace(dtStamp + 1, dtStamp..Date, dtStamp + 1 h) // expect: 20250302120000000, 20250301, 20250301130000000
END
