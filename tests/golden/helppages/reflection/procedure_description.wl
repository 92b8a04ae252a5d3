// Procedure Description (Variable type) ?1000019317: its example as the English page
// writes it, on a class of ours with a Calc method; then the properties its table lists
// (Associated, Declaration, Global, Inherited, Name, Virtual) and its "Call to method"
// section: ExecuteProcess(object, p, parameters), Null for a GLOBAL method. VERIFIED
// names; what each gives on a redefined or GLOBAL method is INFERRED (docs/builtins.md
// "Reflection"). Definition's Procedure property was "has no property".
CBase is Class
	m_nTotal is int
END
CCalc is Class
	inherits from CBase
END
x is CCalc
x.m_nTotal = 21
// Retrieves the definition of type class of variable x
MyDefinition is Definition
MyDefinition = GetDefinition(x)
 
// Retrieves the description of Calc method
MyProcedure is procedure Description
MyProcedure = MyDefinition.Procedure["Calc"]
Trace(MyProcedure.Name, MyProcedure.Global, MyProcedure.Inherited, MyProcedure.Virtual) // expect: Calc, 0, 0, 1
Trace(MyProcedure.Associated, MyProcedure.Declaration.Name) // expect: 0, CCalc
Trace(MyDefinition.Procedure.Count) // expect: 3
FOR EACH p OF MyDefinition.Procedure
	Trace(p.Name, p.Global, p.Inherited, p.Declaration.Name)
END
// expect: Describe, 0, 1, CBase
// expect: Calc, 0, 0, CCalc
// expect: Create, 1, 0, CCalc
// Call to method: on an object, and a GLOBAL method on Null
Trace(ExecuteProcess(x, MyProcedure, 1)) // expect: 43
pCreate is Procedure Description = MyDefinition.Procedure["Create"]
Trace(ExecuteProcess(Null, pCreate, 5).m_nTotal) // expect: 5
MyProcedure.Name = "Other" // expect error: The property 'Name' of a Procedure Description variable is read-only.
PROCEDURE CBase::Describe()
RESULT "base"
PROCEDURE CBase::Calc(n)
RESULT m_nTotal + n
PROCEDURE CCalc::Calc(n)
RESULT m_nTotal * 2 + n
PROCEDURE GLOBAL CCalc::Create(n)
o is CCalc
o.m_nTotal = n
RESULT o
