// Payment methods behind an interface, as a checkout module keeps them: an abstract
// base with a property, two concrete methods overriding it and calling the ancestor,
// class constants, a global registry, destructors on delete, exceptions for refusals.
IPayment is Interface
	PROCEDURE Pay(moAmount is currency) : string
	PROCEDURE Fee(moAmount is currency) : currency
END

CPaymentBase is Class, abstract
	implements IPayment
	PROTECTED
	m_sLabel is string
	GLOBAL
	s_nCreated is int
	s_nFreed is int
END

CCard is Class
	inherits from CPaymentBase
	CONSTANT
		FEE_RATE = 0.015
		LIMIT = 3000
	END
	m_sLast4 is string
END

CTransfer is Class
	inherits from CPaymentBase
	CONSTANT FLAT_FEE = 0.50
END

arrMethods is array of IPayment dynamic
ArrayAdd(arrMethods, new CCard("4242"))
ArrayAdd(arrMethods, new CTransfer())
FOR EACH p OF arrMethods
	WHEN EXCEPTION IN
		Trace(p.Pay(120))
		Trace(p.Pay(4000))
	DO
		Trace("refused: " + ExceptionInfo(errMessage))
	END
END
// expect: card *4242: 120.00 + fee 1.80
// expect: refused: card limit is 3000
// expect: transfer: 120.00 + fee 0.50
// expect: transfer: 4000.00 + fee 0.50

o is CCard dynamic = arrMethods[1]
Trace(o.Label + " / " + CCard::LIMIT + " / " + CPaymentBase::s_nCreated)
// expect: Card / 3000 / 2
delete arrMethods[2]
ArrayDelete(arrMethods, 2)
Trace(CPaymentBase::s_nFreed + " freed, " + arrMethods..Count + " left")
// expect: 1 freed, 1 left

PROCEDURE CPaymentBase::Constructor(sLabel is string)
	:m_sLabel = sLabel
	CPaymentBase::s_nCreated++

PROCEDURE CPaymentBase::Destructor()
	CPaymentBase::s_nFreed++

PROCEDURE CPaymentBase::Label() <get>
	RESULT :m_sLabel

PROCEDURE CPaymentBase::Fee(moAmount is currency) : currency
	RESULT 0

PROCEDURE ABSTRACT CPaymentBase::Pay(moAmount is currency) : string

PROCEDURE CPaymentBase::Describe(sWhat is string, moAmount is currency) : string
	RESULT sWhat + ": " + NumToString(moAmount, ".2f") + " + fee " + NumToString(:Fee(moAmount), ".2f")

PROCEDURE CCard::Constructor(sLast4 is string)
	Constructor CPaymentBase("Card")
	:m_sLast4 = sLast4

PROCEDURE CCard::Fee(moAmount is currency) : currency
	RESULT Round(moAmount * FEE_RATE, 2)

PROCEDURE CCard::Pay(moAmount is currency) : string
	IF moAmount > LIMIT THEN ExceptionThrow(1, "card limit is " + LIMIT)
	RESULT :Describe("card *" + :m_sLast4, moAmount)

PROCEDURE CTransfer::Constructor()
	Constructor CPaymentBase("Transfer")

PROCEDURE CTransfer::Fee(moAmount is currency) : currency
	RESULT FLAT_FEE + CPaymentBase::Fee(moAmount)

PROCEDURE CTransfer::Pay(moAmount is currency) : string
	RESULT :Describe("transfer", moAmount)
