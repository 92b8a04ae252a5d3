// A CASE may compare with any comparison operator, as a point-of-sale project's button
// code does (`CASE ~~"IMG_reciboX"`): ~= (case and outer spaces ignored), ~~ (spaces and
// punctuation too), [= (starts with), <>, a range on *; several on one CASE line.
// An ELSE IF whose condition ends its line needs no THEN (the same project writes it).
FOR EACH sControl OF ["IMG_Plus", " img_plus ", "IMG-Minus", "BTN_OK", "BTN_PAY", "zeta"]
	SWITCH sControl
		CASE ~= "img_plus": Trace(sControl, "~=")
		CASE ~~"IMGMINUS": Trace(sControl, "~~")
		CASE [= "BTN_O": Trace(sControl, "[=")
		CASE "a" <= * <= "z", ~~"btnpay": Trace(sControl, "range or ~~")
		OTHER CASE: Trace(sControl, "other")
	END
END
// expect: IMG_Plus, ~=
// expect:  img_plus , ~=
// expect: IMG-Minus, ~~
// expect: BTN_OK, [=
// expect: BTN_PAY, range or ~~
// expect: zeta, other
nPlane is int
FOR nPlane = 1 TO 3
	IF nPlane = 1 THEN
		Trace("sku")
	ELSE IF nPlane = 2
		Trace("login")
	ELSE
		Trace("none")
	END
END
// expect: sku
// expect: login
// expect: none
n is int = 3
n-- ;Trace(n) // expect: 2
