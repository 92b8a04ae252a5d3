// Truncate given a string or a Buffer keeps its first characters: PC SOFT's own password
// generator (an example project's procedure set) builds its password from triplets and
// returns `Truncate(sPWD, 20)`; Truncate read the text as a number and returned 0. A
// number is still cut after its decimals (INFERRED, docs/builtins.md "Truncate of a string")
gsTriplets is string = "bar.cel.dom.fix.gul.hop"
garrTriplets is array of strings
StringToArray(gsTriplets, garrTriplets, ".")
Trace(Pronounceable(4, 8)) // expect: Celdomfi
Trace(Pronounceable(2, 20)) // expect: Cel
sCode is string = "ABCDEF-1234"
Trace(Truncate(sCode, 6), Length(Truncate(sCode, 40)), "[" + Truncate(sCode, 0) + "]") // expect: ABCDEF, 11, []
bufFrame is Buffer = "DEB" + "payload"
Trace(Truncate(bufFrame, 3)) // expect: DEB
vText is Variant = "wlinterp"
Trace(Truncate(vText, 2), Truncate("3.789", 3), Truncate(3.789, 2), Truncate(-2.7)) // expect: wl, 3.7, 3.78, -2

PROCEDURE Pronounceable(nTriplets is int, nLength is int) : string
sPWD is string
FOR n = 2 _TO_ nTriplets
	sFragment is string = garrTriplets[n]
	IF n = 2 THEN
		sPWD += Upper(sFragment[[1]]) + sFragment[[2 TO]]
	ELSE
		sPWD += sFragment
	END
END
RESULT Truncate(sPWD, nLength)
