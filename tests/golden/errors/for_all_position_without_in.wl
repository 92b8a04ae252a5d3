// FOR ALL POSITION without IN and the text: a syntax error showing the whole form
s is string = "a;b"
FOR ALL POSITION p OF ";"
	Trace(p)
END
// expect error: FOR ALL POSITION needs the string searched and where: FOR ALL POSITION p OF "ab" IN s
