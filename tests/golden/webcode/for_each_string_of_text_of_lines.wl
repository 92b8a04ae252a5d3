// FOR EACH STRING over a text of several lines (`FOR EACH STRING x OF "`, the text, then
// `" SEPARATED BY ","`): the quote after OF opens the text, a keyword being no operand.
// The French twin pins DE, a soft keyword (it may name a variable), which counted as an
// operand there: the text opened nothing and the run stopped (unterminated string).
FOR EACH STRING x OF "
a,b
" SEPARATED BY ","
	Trace(x) // expect: a
	// expect: b
END
