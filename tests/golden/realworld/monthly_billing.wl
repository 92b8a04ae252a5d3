// Monthly billing run: customers from an INI file, contracts parsed with StringSplit,
// due dates on working days, amounts in currency, errors collected without stopping.
IBillable is Interface
	PROCEDURE Amount() : currency
	PROCEDURE Label() : string
END

CContract is Class
	CONSTANT
		VAT_RATE = 20
	END
	PRIVATE
		m_sCode is string
	PUBLIC
		m_mMonthly is currency
		m_dStart is Date
END

CServiceContract is Class
	inherits from CContract
	m_nHours is int
	m_mHourly is currency
END

gtabErrors is array of strings
sIni is string = CompleteDir(fTempPath()) + "billing_customers.ini"
INIWrite("ACME", "contract", "ACME-01;1500.00;20260115", sIni)
INIWrite("GLOBEX", "contract", "GLX-07;899.90;20261130;12;45", sIni)
INIWrite("INITECH", "contract", "broken line", sIni)

tabRun is array of CContract dynamic
FOR EACH STRING sCustomer OF INIRead("", "", "", sIni) SEPARATED BY CR
	IF sCustomer = "" THEN CONTINUE
	WHEN EXCEPTION IN
		tabRun.Add(ParseContract(INIRead(sCustomer, "contract", "", sIni)))
	DO
		gtabErrors.Add(sCustomer + ": " + ExceptionInfo(errMessage))
	END
END
fDelete(sIni)

mGrand is currency
dRun is Date = "20261203"
FOR EACH c OF tabRun
	mNet is currency = c.Amount()
	mGross is currency = mNet * (1 + CContract::VAT_RATE / 100)
	mGrand += mGross
	Trace(c.Label() + " | net " + NumToString(mNet, ".2f") + " | gross " + NumToString(mGross, ".2f") + " | due " + DateToString(DueDate(dRun, 30), "DD/MM/YYYY"))
END
Trace("Total billed: " + NumToString(mGrand, "12.2fS"))
Trace(gtabErrors.Count + " error(s)")
FOR EACH sErr OF gtabErrors
	Trace(sErr)
END
Trace("Average: " + (mGrand / tabRun.Count))
// expect: ACME-01 since 01/2026 | net 1500.00 | gross 1800.00 | due 04/01/2027
// expect: GLX-07 since 11/2026 | net 1439.90 | gross 1727.88 | due 04/01/2027
// expect: Total billed:     3 527.88
// expect: 1 error(s)
// expect: INITECH: Malformed contract line 'broken line'
// expect: Average: 1763.94

PROCEDURE ParseContract(sLine is string) : CContract dynamic
sCode, sMonthly, sStart, sHours, sRate are strings
(sCode, sMonthly, sStart, sHours, sRate) = StringSplit(sLine, ";")
IF sMonthly = "" THEN
	ExceptionThrow(10, "Malformed contract line '" + sLine + "'")
END
c is CContract dynamic
IF sHours <> "" THEN
	s is CServiceContract dynamic = new CServiceContract
	s.m_nHours = Val(sHours)
	s.m_mHourly = Val(sRate)
	c = s
ELSE
	c = new CContract
END
c.Init(sCode, Val(sMonthly), sStart)
RESULT c

PROCEDURE DueDate(dFrom is Date, nDays is int) : Date
d is Date = dFrom + nDays
// never on a week-end
WHILE DateToDay(d) > 5
	d++
END
RESULT d

PROCEDURE CContract.Init(sCode is string, mMonthly is currency, dStart is Date)
m_sCode = sCode
m_mMonthly = mMonthly
m_dStart = dStart

PROCEDURE CContract.Amount() : currency
RESULT m_mMonthly

PROCEDURE CContract.Label() : string
RESULT m_sCode + " since " + DateToString(m_dStart, "MM/YYYY")

PROCEDURE CServiceContract.Amount() : currency
RESULT CContract.Amount() + m_nHours * m_mHourly
