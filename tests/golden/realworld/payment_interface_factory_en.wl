// Payment methods behind an INTERFACE, chosen by a factory from a code (SWITCH on the
// cleaned code), each line's error caught inside the loop (French twin:
// paiements_interface_fabrique_fr.wl).
IPayment is Interface
	PROCEDURE Pay(cyAmount is currency) : boolean
	PROCEDURE Name() : string
END

CCardPayment is Class
	implements IPayment
	PRIVATE
		m_cyLimit is currency = 500
END

CTransferPayment is Class
	implements IPayment
END

CCashPayment is Class
	implements IPayment
	m_cyTill is currency
END

arrOrders is array of 0 by 2 strings
ArrayAddLine(arrOrders, "cb", "120.50")
ArrayAddLine(arrOrders, " trf ", "5")
ArrayAddLine(arrOrders, "Card", "800")
ArrayAddLine(arrOrders, "cash", "42")
ArrayAddLine(arrOrders, "cheque", "30")
cyTotal is currency
FOR i = 1 _TO_ arrOrders..Occurrence
	WHEN EXCEPTION IN
		pMethod is IPayment = PaymentFactory(arrOrders[i, 1])
		cyAmount is currency = Val(arrOrders[i, 2])
		IF pMethod.Pay(cyAmount) THEN
			cyTotal += cyAmount
			Trace(pMethod.Name(), "OK", cyAmount)
		ELSE
			Trace(pMethod.Name(), "KO", cyAmount)
		END
	DO
		Trace("line", i, ":", ExceptionInfo(errMessage))
	END
END
Trace("collected", cyTotal)
// expect: Card, OK, 120.5
// expect: Transfer, KO, 5
// expect: card refused:, 800, >, 500
// expect: Card, KO, 800
// expect: Cash (till 42), OK, 42
// expect: line, 5, :, unknown payment method: cheque
// expect: collected, 162.5

PROCEDURE CCardPayment::Pay(cyAmount is currency) : boolean
IF cyAmount > m_cyLimit THEN
	Trace("card refused:", cyAmount, ">", m_cyLimit)
	RESULT False
END
RESULT True

PROCEDURE CCardPayment::Name() : string
RESULT "Card"

PROCEDURE CTransferPayment::Pay(cyAmount is currency) : boolean
RESULT cyAmount >= 10

PROCEDURE CTransferPayment::Name() : string
RESULT "Transfer"

PROCEDURE CCashPayment::Pay(cyAmount is currency) : boolean
m_cyTill += cyAmount
RESULT cyAmount <= 1000

PROCEDURE CCashPayment::Name() : string
RESULT "Cash (till " + m_cyTill + ")"

PROCEDURE PaymentFactory(LOCAL sCode is string) : IPayment
p is IPayment
SWITCH Upper(NoSpace(sCode))
	CASE "CB", "CARD" : p = new CCardPayment
	CASE "TRF" : p = new CTransferPayment()
	CASE "CASH" : p = new CCashPayment
	OTHER CASE
		ExceptionThrow(10, "unknown payment method: " + sCode)
END
RESULT p
