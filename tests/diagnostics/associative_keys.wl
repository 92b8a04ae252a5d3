// An associative array read or written with several keys: the run stops ("An associative
// array takes one key per element, not 2: ..."); the check said nothing (WL110, deferred)
STOrder is Structure
	mTotals is associative array of currency
END
aaStock is associative array of int
aaStock["pen"] = 3
st is STOrder
n is int = aaStock["pen", "blue"] // error: WL110:12 the associative array 'aaStock' takes one key per element, not 2
aaStock["pen", "red"] = 4 // error: WL110:1 the associative array 'aaStock' takes one key per element, not 2
Trace(st.mTotals["2026", "12", "05"]) // error: WL110:10 the associative array 'st.mTotals' takes one key per element, not 3
Trace(n, aaStock["pen" + TAB + "blue"])
