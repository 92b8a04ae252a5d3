// A Data Source that runs no query and describes no file keeps each member's value with
// its type, as a Variant does: a Date given to `s.A` is a Date there (TypeVar wlDate, its
// parts and days), a DateTime a DateTime, a Time a Time, a number a number, a text a
// text. Before 7 Dec 2026 a Date arrived as its bare digits (TypeVar wlString).
// INFERRED: docs/hfsql.md "A bare Data Source's members".
srcCart is Data Source
dDue is Date = "20251207"
dtSent is DateTime = "20251207103000"
tAt is Time = "1030"
srcCart.Due = dDue
srcCart.Sent = dtSent
srcCart.At = tAt
srcCart.Qty = 5
srcCart.Label = "box"
Trace(TypeVar(srcCart.Due) = wlDate, srcCart.Due..Year, srcCart.Due + 1) // expect: 1, 2025, 20251208
Trace(TypeVar(srcCart.Sent) = wlDateTime, TypeVar(srcCart.At) = wlTime) // expect: 1, 1
Trace(TypeVar(srcCart.Qty) = wlInt, TypeVar(srcCart.Label) = wlString) // expect: 1, 1
vDue is Variant = dDue
Trace(TypeVar(vDue) = TypeVar(srcCart.Due)) // expect: 1
