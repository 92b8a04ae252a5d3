// a FOR ALL POSITION loop without END is a syntax error naming FOR ALL POSITION (it
// said "FOR EACH STRING")
s is string = "a;b;c"
FOR ALL POSITION p OF ";" IN s
	Trace(p)
// expect error: expected END to close the FOR ALL POSITION opened at line 4
