// Subscription renewals as a billing batch writes them: plans read from JSON, a base
// class and a derived one declared with a member line ("an object CSubscription"), the
// next renewal date by plan, reminder e-mails built (not sent) with their source read
// back, a fixed-width summary.
CSubscription is Class
	m_sCustomer is string
	m_sPlan is string
	m_dStart is Date
	m_moPrice is currency
	GLOBAL
	gnCount is int
END

CPremium is Class
	an object CSubscription
	m_nSeats is int
END

sJSON is string = [
{
	"run": "2026-03-31",
	"subscriptions": [
		{"customer": "Acme Corp", "plan": "monthly", "start": "2025-11-15", "price": 49.90, "email": "it@acme.test"},
		{"customer": "Bolt Ltd", "plan": "Quarterly", "start": "2025-12-01", "price": 120, "email": "ops@bolt.test"},
		{"customer": "Cog & Co", "plan": "premium", "start": "2025-04-10", "price": 900, "seats": 8, "email": "cto@cog.test"}
	]
}
]
jData is JSON = sJSON
dRun is Date = StringToDate(jData.run, "YYYY-MM-DD")
arrSubs is array of CSubscription dynamic
arrMails is array of strings
FOR EACH jSub OF jData.subscriptions
	dStart is Date = StringToDate(jSub.start, "YYYY-MM-DD")
	IF jSub.plan = "premium" THEN
		ArrayAdd(arrSubs, new CPremium(jSub.customer, dStart, jSub.price, jSub.seats))
	ELSE
		ArrayAdd(arrSubs, new CSubscription(jSub.customer, jSub.plan, dStart, jSub.price))
	END
	ArrayAdd(arrMails, jSub.email)
END
Trace(CSubscription::gnCount + " subscriptions read on " + DateToString(dRun, "DD/MM/YYYY"))
// expect: 3 subscriptions read on 31/03/2026

moTotal is currency
sReport is string
FOR i = 1 _TO_ arrSubs..Occurrence
	o is CSubscription dynamic = arrSubs[i]
	dNext is Date = o.NextRenewal(dRun)
	nDays is int = DateDifference(dRun, dNext)
	moTotal += o.Amount()
	sReport += [CR] + Complete(o.m_sCustomer, 12) + DateToString(dNext, "YYYY-MM-DD") + ...
		NumToString(nDays, "5d") + NumToString(o.Amount(), "10.2f")
	IF nDays <= 31 THEN
		m is Email
		m.Sender = "billing@shop.test"
		Add(m.Recipient, arrMails[i])
		m.Subject = StringBuild("Your %1 subscription renews on %2", Lower(o.m_sPlan), DateToString(dNext, "DD/MM/YYYY"))
		m.Message = StringBuild("Dear %1,%2the amount of %3 will be charged.", o.m_sCustomer, CR, NumToString(o.Amount(), "0.2f"))
		IF EmailBuildSource(m) THEN
			Trace(m.Subject, Position(m.Source, "To: " + arrMails[i]) > 0)
		END
	END
END
Trace(sReport)
Trace("Total: " + NumToString(moTotal, "0.2f"))
// expect: Your monthly subscription renews on 15/04/2026, 1
// expect: Your yearly subscription renews on 10/04/2026, 1
// expect: Acme Corp   2026-04-15   15     49.90
// expect: Bolt Ltd    2026-06-01   62    120.00
// expect: Cog & Co    2026-04-10   10   2250.00
// expect: Total: 2419.90

PROCEDURE CSubscription::Constructor(sCustomer is string, sPlan is string, dStart is Date, moPrice is currency)
:m_sCustomer = sCustomer
:m_sPlan = sPlan
:m_dStart = dStart
:m_moPrice = moPrice
CSubscription::gnCount++

PROCEDURE VIRTUAL CSubscription::NextRenewal(dAfter is Date) : Date
dRenewal is Date = :m_dStart
nMonths is int
SWITCH Lower(:m_sPlan)
	CASE "monthly" : nMonths = 1
	CASE "quarterly" : nMonths = 3
	OTHER CASE : nMonths = 12
END
WHILE dRenewal <= dAfter
	dRenewal..Month += nMonths
END
RESULT dRenewal

PROCEDURE CSubscription::Amount() : currency
RESULT :m_moPrice

PROCEDURE CPremium::Constructor(sCustomer is string, dStart is Date, moPrice is currency, nSeats is int)
Constructor CSubscription(sCustomer, "yearly", dStart, moPrice)
:m_nSeats = nSeats

PROCEDURE CPremium::Amount() : currency
// Seats beyond five are billed at half price
moDue is currency = :m_moPrice
IF :m_nSeats > 5 THEN moDue += (:m_nSeats - 5) * :m_moPrice / 2
RESULT moDue
