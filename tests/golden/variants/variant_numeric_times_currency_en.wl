// A Variant holding a numeric times or divided by a currency is a numeric, as the
// numeric itself times the currency is, and as their sum is (TypeVar 13, wlNumeric):
// the product is computed in the currency's 6 decimals, the mark kept. A Variant
// holding a currency times a currency stays a currency (10). docs/semantics.md "A
// numeric is named a numeric".
nQty is numeric = 3
mPrice is currency = 2.5
vHeld is Variant = nQty
Trace(vHeld * mPrice, TypeVar(vHeld * mPrice)) // expect: 7.5, 13
Trace(mPrice * vHeld, TypeVar(mPrice * vHeld)) // expect: 7.5, 13
Trace(TypeVar(vHeld / mPrice), TypeVar(vHeld + mPrice), TypeVar(nQty * mPrice)) // expect: 13, 13, 13
vPrice is Variant = mPrice
Trace(TypeVar(vPrice * mPrice), TypeVar(vHeld * vPrice)) // expect: 10, 13
