// A row of an array declared with its dimensions given to a parameter declared a number
// or a text: the run stops at the argument ("A value of type array cannot be used as a
// number."); the check said nothing (WL116)
STGrid is Structure
	mCells is array of 2 by 3 real
END
t is array of 3 by 2 int
st is STGrid
Total(t[1]) // error: WL116:7 't[...]' (a row of the array 't', which has 2 dimensions) is an array and the parameter 'n' of Total is an int: no array can be stored there
Label(st.mCells[2]) // error: WL116:7 'st.mCells[...]' (a row of the array 'st.mCells', which has 2 dimensions) is an array and the parameter 's' of Label is a string: no array can be stored there
Total(t[1, 2])
Total(st.mCells[2, 1])
Whole(t[2])
PROCEDURE Total(n is int)
Trace(n)
PROCEDURE Label(s is string)
Trace(s)
PROCEDURE Whole(x)
Trace(x)
