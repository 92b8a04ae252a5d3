// parameters of string, number, date, file and e-mail built-ins: a text or number parameter given a structure or an array (WL115), a number parameter given a non-numeric text (WL206)
STRUCTURE Customer
	sEmail is string
END
c is Customer
arrLines is array of strings
sPath is string = "orders.txt"
Trace(NoSpace(c)) // error: WL115:15 NoSpace expects a string, not a value of type Customer (a structure)
Trace(Sin("thirty")) // warning: WL206:11 Sin expects a number as parameter 1: the text "thirty" is not a number and is read as 0
Trace(Left("abcdef", "3 letters")) // warning: WL206:22 Left expects a number as parameter 2: the text "3 letters" is not a number and is read as 3
Trace(Root(16, arrLines)) // error: WL115:16 Root expects a number, not a value of type array
Trace(IntegerToDate("x")) // warning: WL206:21 IntegerToDate expects a number as parameter 1: the text "x" is not a number and is read as 0
Trace(fFileExist(arrLines)) // error: WL115:18 fFileExist expects a string, not a value of type array
Trace(EmailCheckAddress(c)) // error: WL115:25 EmailCheckAddress expects a string, not a value of type Customer (a structure)
Trace(NoSpace(c.sEmail), Sin("30"), fFileExist(sPath), EmailCheckAddress(c.sEmail), LeapYear(2024))
