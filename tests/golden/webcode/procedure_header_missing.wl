// A procedure's code saved without its header line (an export or a copy that starts at
// the parameters, as a stock procedure of the public corpus does): the line of
// parameters ends with ')' and no '(' opens it. The error says the header is missing
// and how to write it, instead of "unexpected ')'; expected ELSE, '=', '(' or end of
// line"; a syntax error stops the file before it runs.
LOCAL sLibrary is string, sProgram is string, nQuantity is int) // expect error: ')' closes no '(': this line of parameters is a procedure's, whose header is missing: write PROCEDURE Name(...) (PROCÉDURE Nom(...)) before them, on the same line
Trace(sLibrary + sProgram, nQuantity)
