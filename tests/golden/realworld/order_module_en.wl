// English-dictionary code, as in PC SOFT's English examples: order lines and discounts
STOrderLine is Structure
    sProduct is string
    nQty is int
    mUnitPrice is currency
END

arrOrder is array of STOrderLine
AddLine(arrOrder, "Pen", 10, 1.5)
AddLine(arrOrder, "Notebook", 4, 3.25)
AddLine(arrOrder, "Stapler", 1, 12)

mSubtotal is currency = OrderSubtotal(arrOrder)
Trace("Subtotal: " + mSubtotal)                   // expect: Subtotal: 40
nDiscount is int = DiscountRate(mSubtotal)
Trace("Discount: " + nDiscount + "%")             // expect: Discount: 5%
mTotal is currency = mSubtotal * (100 - nDiscount) / 100
Trace(StringBuild("Total due: %1", mTotal))       // expect: Total due: 38

FOR i = 1 TO arrOrder..Occurrence
    IF arrOrder[i].nQty > 1 THEN
        Trace(arrOrder[i].sProduct + " x" + arrOrder[i].nQty)
    ELSE
        Trace(arrOrder[i].sProduct)
    END
END
// expect: Pen x10
// expect: Notebook x4
// expect: Stapler

PROCEDURE AddLine(arr is array of STOrderLine, sName is string, nQty is int, mPrice is currency)
stLine is STOrderLine
stLine.sProduct = sName
stLine.nQty = nQty
stLine.mUnitPrice = mPrice
ArrayAdd(arr, stLine)

PROCEDURE OrderSubtotal(arr is array of STOrderLine) : currency
mSum is currency
FOR EACH stLine OF arr
    mSum += stLine.nQty * stLine.mUnitPrice
END
RESULT mSum

PROCEDURE DiscountRate(mAmount is currency) : int
SWITCH mAmount
    CASE < 20 : RESULT 0
    CASE 20 TO 99.99 : RESULT 5
    OTHER CASE
        RESULT 10
END
