// A method of a value given the wrong number of parameters names the method as the
// line writes it and the function it stands for, counting the value it is called on
// (`s.UPPER(1)` said "UPPER expects 1 parameter(s) but received 2" of a call passing
// one; on a Variant it said ".Upper()" of a line writing `.UPPER()`).
sName is string = "dupont"
Trace(sName.UPPER()) // expect: DUPONT
vName is Variant = "martin"
WHEN EXCEPTION IN
    Trace(vName.UPPER(1, 2))
DO
    Trace(ExceptionInfo()) // expect: The method .UPPER() is Upper, which expects 1 parameter(s) counting the value it is called on, but received 3.
END
sName.upper(1) // expect error: The method .upper() is Upper, which expects 1 parameter(s) counting the value it is called on, but received 2.
