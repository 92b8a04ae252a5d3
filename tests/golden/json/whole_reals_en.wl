// A whole real is written as an integer in JSON, as its text is (Trace(r) shows 15):
// a JSON variable, VariantToJSON, Serialize's psdJSON and JSONToString gave 15.0, a form
// WLanguage never shows. INFERRED (no stored page shows a real's JSON form); the same
// rule as a whole currency or numeric (docs/builtins.md, VariantToJSON).
rPrice is real = 15
rHalf is real = 2.50
v is JSON
v.price = rPrice
v.half = rHalf
v.big = 1e20
Trace(v) // expect: {"price":15,"half":2.5,"big":1e+20}
arrRates is array of real = [1, 2.5, -3]
Trace(VariantToJSON(arrRates)) // expect: [1,2.5,-3]
Trace(JSONToString(arrRates)) // expect: [1,2.5,-3]
STItem is Structure
	sRef is string
	rWeight is real
END
st is STItem
st.sRef = "A1"
st.rWeight = 4
bufOut is Buffer
Serialize(st, bufOut, psdJSON)
Trace(bufOut) // expect: {"sRef":"A1","rWeight":4}
