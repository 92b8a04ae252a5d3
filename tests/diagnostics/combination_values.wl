// A combination's variable, parameter, member or subscript takes only its own options
// (docs/semantics.md "Enumerations and combinations"): an option of another
// combination, a text or a boolean is WL110; an option the combination does not
// declare named through it is WL109, where the run stops
Opts is Combination
	Read
	Write
END
Colors is Combination
	Red
	Blue
END
ST is Structure
	c is Opts
END
o is Opts = Red // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
o = Read + Colors.Blue // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
o = o - Blue // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
o -= Red // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
o = "Read" // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not a text
o = True // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not a boolean
o = Opts.Blue // error: WL109:10 'Blue' is not an option of the combination Opts
IF o[Blue] THEN Trace("b") // error: WL110:6 'o' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
st is ST
st.c = Red // error: WL110:1 'st.c' is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
c2 is Colors = Blue
o = c2 // error: WL110:1 'o' is of the combination Opts: it only takes options of Opts, not 'c2' (declared of Colors)
Use(Blue) // error: WL110:5 the parameter 'p' of Use is of the combination Opts: it only takes options of Opts, not an option of the combination Colors
// what a combination takes: its options, combined, 0, a number, an integer variable
o = Read | Write
o = o - Write
o -= Read
o += 1
o = Opts.Read + Write
o = 0
n is int = 3
o = n
o[Write] = False
st.c = Write
Use(Read + Write)
Trace(o, st.c, c2)
PROCEDURE Use(p is Opts)
Trace(p)
