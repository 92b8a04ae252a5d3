// a typed lambda whose end can be reached without RESULT: WL214 names it "this lambda"
// (its made-up name _lambda_<line>_<col> meant nothing)
fShow is procedure = (x is int) : int => { Trace(x) } // warning: WL214:22 this lambda is declared to return int but can reach its end without RESULT: it then returns the type's default value
Trace(fShow(2))
