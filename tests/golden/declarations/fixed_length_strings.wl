// `string on N`, `fixed string on N` (String ?1514044, Composite variable ?1514061) hold
// at most N characters and `ASCIIZ string on N` N - 1 (the last is its terminating
// zero): a longer text is cut. A shorter one: a fixed string is completed with spaces,
// a `string on N` with binary zeros that end the text, so it reads back as stored
// (VERIFIED: PC SOFT's blog, "Différence entre variable chaîne fixe et variable chaîne
// sur", 2012; docs/semantics.md "Fixed-length strings"). They kept every character,
// and a fixed string was not completed.
ProductRef is composed of
	SCode is int
	PdtCode is fixed string on 10
	Label is string on 4
END
ProductRef.PdtCode = "Screen"
Trace("[" + ProductRef.PdtCode + "]", Length(ProductRef.PdtCode))   // expect: [Screen    ], 10
Trace(NoSpace(ProductRef.PdtCode) = "Screen")   // expect: 1
ProductRef.PdtCode = "Keyboard and mouse"
Trace(ProductRef.PdtCode)   // expect: Keyboard a
sZip is string on 5 = "750011"
Trace(sZip)   // expect: 75001
sZip += "ABC"
Trace(sZip, sZip = "75001")   // expect: 75001, 1
Trace("[" + ProductRef.Label + "]", Length(ProductRef.Label))   // expect: [], 0
sC is ASCIIZ string on 4 = "abcdef"
Trace(sC)   // expect: abc
tCodes is array of 3 strings on 2
tCodes[1] = "FRA"
ArrayAdd(tCodes, 123)
Trace(tCodes[1], tCodes[4])   // expect: FR, 12
Trace(TypeVar(sZip) = wlString)   // expect: 1
// a fixed string declared without a value starts as "", as the same string in a
// structure does (it held N binary zeros, Length N: V, 6 Dec 2026)
sBlank is fixed string on 5
Trace(Length(sBlank), sBlank = "")   // expect: 0, 1
sBlank = "ab"
Trace("[" + sBlank + "]")   // expect: [ab   ]
Shown("ABCDEFG")

PROCEDURE Shown(sCode is string on 3)
Trace(sCode)   // expect: ABC
