// A DateTime taken from a member or an element holding a number (`st.n -= dt`): the run
// stops as `n - dt` does; WL113 at the DateTime (it was said for a variable only).
ST is Structure
	n is int
	dStart is DateTime
END
PROCEDURE Shift(st is ST, t is array of int, dt is DateTime, du is Duration)
st.n -= dt // error: WL113:9 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
t[1] -= dt // error: WL113:9 A DateTime cannot be subtracted from a number: a number minus a moment has no meaning (dt - n moves the DateTime back n days)
st.dStart -= du
Trace(st.n, t[1], st.dStart)
