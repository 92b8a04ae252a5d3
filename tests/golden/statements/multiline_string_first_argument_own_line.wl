// a call whose `(` ends its line, its first argument a multi-line string on the lines
// after it and the other arguments on lines of their own (a command line built so in a
// generator's procedure of public code): one statement, the arguments in their order
sExe, sScript, sIn, sOut are strings
sExe = "node"
sScript = "cli.js"
sIn = "in.json"
sOut = "out.txt"
sCommand is string
sCommand = StringBuild(
[
	"%1" "%2" "%3" "%4"
],
sExe, sScript, sIn, sOut)
Trace(sCommand) // expect: "node" "cli.js" "in.json" "out.txt"
Trace(Max(
	4,
	9
	)) // expect: 9
nTotal is int = Sum(
	1,
	2)
Trace(nTotal) // expect: 3
PROCEDURE Sum(a is int, b is int)
RESULT a + b
