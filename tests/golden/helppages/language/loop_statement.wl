// Help page "LOOP statement" (French page doc.pcsoft.fr ?1510004, BOUCLE): its three forms
// with the English keywords; reading the text file (fReadLine on FileNum) is replaced by a
// procedure that gives an array's lines, then EOT.
Lines is array of strings = ["one", "two", "three"]
Index is int
ALine is string
// Exit according to an IF condition
LOOP
// Read a line in the text file
ALine = ReadLine()
IF ALine = EOT THEN BREAK
ProcessLine(ALine)
END
// expect: one
// expect: two
// expect: three
// Exit according to a WHILE condition
Index = 0
LOOP
ALine = ReadLine()
IF ALine <> EOT THEN ProcessLine(ALine)
DO WHILE ALine <> EOT
// expect: one
// expect: two
// expect: three
// Exit according to the number of iterations
Index = 0
LOOP (2)
ALine = ReadLine()
ProcessLine(ALine)
END
// expect: one
// expect: two

PROCEDURE ReadLine()
Index++
IF Index > Lines.Count THEN RETURN EOT
RETURN Lines[Index]

PROCEDURE ProcessLine(Line)
Trace(Line)
