// Help page "Indirection operators" ?1512005: its examples that need no window or data
// file, as written (CU is a structure variable here, where the page's is a data file),
// and its class example: `{"::Member"+Number}` in a GLOBAL procedure of the class (it was
// "no variable of the main code is named '::Member2'"). The page's listing shows the
// members without GLOBAL; a GLOBAL procedure reaches global members only: ours are.
NAME is string
CustName is string = "Smith"
STCust is Structure
	CUSTNAME is string
END
CU is STCust
CU.CUSTNAME = "Jones"
// Simple indirection
{"NAME"} = CustName               // Is equivalent to NAME=CustName
Trace(NAME)
// expect: Smith
{"NAME"} = {"CU.CUSTNAME"}        // Is equivalent to NAME=CU.CUSTNAME
Trace(NAME)
// expect: Jones
// Typed indirection (on a variable)
{"Name", indVariable} = CustName
Trace(NAME)
// expect: Smith
MyClass is Class
	GLOBAL Member1 is string
	GLOBAL Member2 is string
END
MyClass::Member1 = "first"
MyClass::Member2 = "second"
MyClass.DisplayMember(2)
// expect: second
{"MyClass::Member1"} = "changed"
Trace(MyClass::Member1)
// expect: changed

PROCEDURE GLOBAL MyClass.DisplayMember(Number)
Value is string = {"::Member"+Number}
Trace(Value)
