// Customer file clean-up before a migration: fields split, a key made without accents,
// case, apostrophes or doubled spaces (NoAccent, NoSpace, Replace in a loop), near
// duplicates found through an associative array, names capitalised word by word
// (FOR EACH STRING ... SEPARATED BY, [" "] before all but the first, [[2 TO]]).
arrRaw is array of strings = [
	"  DUPONT  Jean ; 12 rue de la Paix ; 75002 ; PARIS ",
	"Dupont jean;12, Rue de la Paix;75002;Paris",
	"Müller Anna;Hauptstraße 5;10115;Berlin",
	"MULLER ANNA;Hauptstrasse 5;10115;BERLIN",
	"Lefèvre Élodie;3 av. Foch;69006;Lyon",
	"Lefevre Elodie;3 avenue Foch;69006;Lyon",
	"O'Neil Sean;1 Main St;D02;Dublin",
	";;;"
]
aaSeen is associative array of strings
nKept, nDup, nBad are int
FOR EACH sRaw OF arrRaw
	arrF is array of strings = StringSplit(sRaw, ";")
	IF arrF..Occurrence < 4 _OR_ NoSpace(arrF[1]) = "" THEN
		nBad++
		CONTINUE
	END
	sKey is string = CustomerKey(arrF[1], arrF[3])
	IF aaSeen[sKey]..Exist THEN
		nDup++
		Trace("duplicate: " + NoSpace(arrF[1]) + " ~ " + aaSeen[sKey])
	ELSE
		aaSeen[sKey] = Capitalize(NoSpace(arrF[1]))
		nKept++
	END
END
// expect: duplicate: Dupont jean ~ Dupont Jean
// expect: duplicate: MULLER ANNA ~ Müller Anna
// expect: duplicate: Lefevre Elodie ~ Lefèvre Élodie
Trace(StringBuild("%1 kept, %2 duplicates, %3 rejected", nKept, nDup, nBad)) // expect: 4 kept, 3 duplicates, 1 rejected
FOR EACH sName, sKey OF aaSeen
	Trace(sKey + " -> " + sName)
END
// expect: DUPONT JEAN|75002 -> Dupont Jean
// expect: MULLER ANNA|10115 -> Müller Anna
// expect: LEFEVRE ELODIE|69006 -> Lefèvre Élodie
// expect: ONEIL SEAN|D02 -> O'neil Sean

PROCEDURE CustomerKey(sName is string, sZip is string) : string
s is string = Upper(NoAccent(NoSpace(sName)))
s = Replace(s, "Ü", "U")
s = Replace(s, "'", "")
// several spaces become one
WHILE Position(s, "  ") > 0
	s = Replace(s, "  ", " ")
END
RESULT s + "|" + NoSpace(sZip)

PROCEDURE Capitalize(sText is string) : string
sOut is string
FOR EACH STRING sWord OF sText SEPARATED BY " "
	IF sWord = "" THEN CONTINUE
	sOut += [" "] + Upper(sWord[[1]]) + Lower(sWord[[2 TO]])
END
RESULT sOut
