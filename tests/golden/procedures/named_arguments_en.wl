// Named arguments (INFERRED, docs/semantics.md "Named arguments"): `Name : value` in a
// call gives the parameter of that name, in any order after the positional ones; a
// parameter left out between two given takes its default value. Procedures, internal
// procedures, methods (`.` and `:`), GLOBAL methods and constructors; names in any case.
Trace(Discount(nAmount : 80))                     // expect: 8
Trace(Discount(200, nRate : 5))                   // expect: 10
Trace(Discount(nRate : 20, nAmount : 50))         // expect: 10
Trace(DISCOUNT(NAMOUNT : 10, nrate : 50))         // expect: 5
Trace(Label("Invoice", sSuffix : "!"))            // expect: Invoice - 1!
Trace(Label("Invoice", nCopies : 3))              // expect: Invoice - 3
Trace(Label(sSuffix : "?", sTitle : "Order"))     // expect: Order - 1?
x is int = 7
Trace(Label("Copy", nCopies : (x)), x)            // expect: Copy - 7, 7

acc is CAccount(mBalance : 10, sName : "Ann")
Trace(acc.m_sName, acc.m_mBalance)               // expect: Ann, 10
acc.Deposit(sWhat : "salary", mAmount : 100)      // expect: salary 110
acc:Deposit(50, sWhat : "bonus")                  // expect: bonus 160
b is CAccount = CAccount.Open(sName : "Bob")
Trace(b.m_sName, b.m_mBalance)                   // expect: Bob, 5
e is CAccount dynamic = new CAccount(sName : "Eve")
Trace(e.m_sName, e.m_mBalance)                   // expect: Eve, 0

INTERNAL PROCEDURE Area(nWidth is int, nHeight is int = 2)
RESULT nWidth * nHeight
END
Trace(Area(nHeight : 5, nWidth : 3))              // expect: 15
Trace(Area(nWidth : 4))                           // expect: 8
Trace(Join(sA : Join(sA : "x", sB : "y"), sB : "z"))  // expect: xyz
Trace(Apply(pF : (v) => v * 3, nV : 4))           // expect: 12
s is CSavings(nRate : 7)
Trace(s.m_mBalance, s.m_nRate)                    // expect: 2, 7

Trace(Pair(b : 5, a : 1), Pair(a : 3))             // expect: 15, 32

PROCEDURE Pair(a, b = 2)
RESULT a * 10 + b

PROCEDURE Join(sA, sB = "-")
RESULT sA + sB

PROCEDURE Apply(nV is int, pF is Procedure)
RESULT pF(nV)

PROCEDURE Discount(nAmount is int, nRate is int = 10)
RESULT nAmount * nRate / 100

PROCEDURE Label(sTitle is string, nCopies is int = 1, sSuffix is string = "")
RESULT sTitle + " - " + nCopies + sSuffix

CAccount is Class
    m_sName is string
    m_mBalance is currency
END

PROCEDURE CAccount::Constructor(sName is string = "?", mBalance is currency = 0)
m_sName = sName
m_mBalance = mBalance

PROCEDURE CAccount::Deposit(mAmount is currency, sWhat is string = "deposit")
m_mBalance += mAmount
Trace(sWhat + " " + m_mBalance)

PROCEDURE GLOBAL CAccount::Open(sName is string, mBalance is currency = 5)
a is CAccount(sName : sName, mBalance : mBalance)
RESULT a

CSavings is Class
    inherits from CAccount
    m_nRate is int
END

PROCEDURE CSavings::Constructor(nRate is int)
Constructor CAccount(mBalance : 2, sName : "savings")
m_nRate = nRate
