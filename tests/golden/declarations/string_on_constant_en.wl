// `string on N` where N is an integer constant holds at most N characters, as `string on
// 4` does (a constant may size an array: ?1514025); it kept every character. A size that
// is no whole number of 1 or more (`on -1`, `on 2.5`) is refused (it was dropped): see
// errors/string_on_bad_size_en.wl. Decided: docs/semantics.md "string on a constant".
CONSTANT
	CODE_SIZE = 3
END
sCode is string on CODE_SIZE = "ABCDEF"
Trace(sCode, Length(sCode)) // expect: ABC, 3
sPadded is fixed string on CODE_SIZE = "A"
Trace("[" + sPadded + "]") // expect: [A  ]
STItem is Structure
	code is string on CODE_SIZE
END
stItem is STItem
stItem.code = "XYZW"
Trace(stItem.code) // expect: XYZ
arrCodes is array of 2 string on CODE_SIZE
arrCodes[1] = "1234"
Trace(arrCodes[1]) // expect: 123
ShowCode("hello") // expect: hel
PROCEDURE ShowCode(sGiven is string on CODE_SIZE)
Trace(sGiven)
