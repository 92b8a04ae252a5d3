// A variable named as its structure type, letter case aside (`stSpool is STSpool`, then
// `RESULT stSpool`: WLanguage names ignore case): inside the procedure the name is the
// variable, which is filled and returned; the type's name alone given as a value stays
// an error in words (the structure is not a variable).
STSpool is Structure
	sMaterial is string
	nGrams is int
END
s is STSpool = NewSpool("PETG", 750)
Trace(s.sMaterial + " " + s.nGrams) // expect: PETG 750
Trace(TypeVar(s) = wlStructure) // expect: 1
Trace(TypeVar(STSpool)) // expect error: 'STSpool' is a class or structure, not a variable

PROCEDURE NewSpool(sMat is string, nG is int)
stSpool is STSpool
stSpool.sMaterial = sMat
stSpool.nGrams = nG
RESULT stSpool
