// Help page "Typecasting of parameters" ?1514076, its second example: "the Index
// variable is not a string: an error will occur when compiling the project". As
// written, the procedure's body ("...") replaced by a Trace of ours
Index is int = 7
// Call to MyProc procedure
MyProc(Index) // error: WL116:8 'Index' is an int and the parameter 'Index' of MyProc is a string: WINDEV's compiler refuses a variable of another type there
// -- Declaration of MyProc procedure
PROCEDURE MyProc(Index is string)
Trace(Index)
