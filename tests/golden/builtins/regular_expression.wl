// MatchRegularExpression: the whole string must match; groups into an array or variables (UNVERIFIED: docs/builtins.md)
Trace(MatchRegularExpression("AB1234", "[A-Z]{2}[0-9]{4}"), MatchRegularExpression("xAB1234", "[A-Z]{2}[0-9]{4}")) // expect: 1, 0
Trace(MatchRegularExpression("jean.dupont@example.fr", "[a-z.]+@[a-z]+\.[a-z]{2,}")) // expect: 1
parts is array of strings
Trace(MatchRegularExpression("2024-03-15", "([0-9]{4})-([0-9]{2})-([0-9]{2})", parts)) // expect: 1
Trace(ArrayCount(parts), parts[1], parts[3]) // expect: 3, 2024, 15
Trace(MatchRegularExpression("v1", "v([0-9])(\.[0-9])?", parts), ArrayCount(parts), "[" + parts[2] + "]") // expect: 1, 2, []
Trace(MatchRegularExpression("nope", "([0-9]+)", parts), ArrayCount(parts)) // expect: 0, 0
n is array of int
MatchRegularExpression("10x20", "([0-9]+)x([0-9]+)", n)
Trace(n[1] + n[2]) // expect: 30
// or into variables, one per group ("" when the string does not match)
sUser, sDomain are strings
IF MatchRegularExpression("jean.dupont@example.fr", "([a-z.]+)@(.+)", sUser, sDomain) THEN
	Trace(sUser, sDomain) // expect: jean.dupont, example.fr
END
nYear, nMonth are int
Trace(MatchRegularExpression("2024-03", "([0-9]{4})-([0-9]{2})", nYear, nMonth), nYear + nMonth) // expect: 1, 2027
Trace(MatchRegularExpression("2024/03", "([0-9]{4})-([0-9]{2})", nYear, nMonth), nYear, nMonth) // expect: 0, 0, 0
Trace(MatchRegularExpression("a", "(")) // expect error: MatchRegularExpression: invalid regular expression '('
