// A DateTime taken from a member holding a number stops the run as `n - dt` does, the
// caret at the DateTime, where `wl check` says WL113 (docs/semantics.md "A number minus
// a DateTime"); a DateTime member moved back by a Duration runs.
ST is Structure
	n is int
	dtStart is DateTime
END
st is ST
st.dtStart = "20240310120000"
st.dtStart -= 2 h
Trace(st.dtStart) // expect: 20240310100000000
dt is DateTime = "20240101120000"
st.n -= dt // expect error: A DateTime cannot be subtracted from a number
