// StringToArray given an array of separators cuts at any of them, as ExtractString does
// (INFERRED; it stopped: "A value of type array cannot be converted to a string").
arrParts is array of strings
StringToArray("Dupont;Jean,Paris;75001", arrParts, [";", ","])
Trace(arrParts.Count, ArrayToString(arrParts, "|")) // expect: 4, Dupont|Jean|Paris|75001
arrCodes is array of int
StringToArray("1, 2;3", arrCodes, [", ", ";"])
Trace(arrCodes.Count, arrCodes[1] + arrCodes[2] + arrCodes[3]) // expect: 3, 6
Trace(ExtractString("a-b--c", 3, ["--", "-"])) // expect: c
