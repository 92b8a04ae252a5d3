// Procedure (Type of variable) ?1000018907 (the English twin written from the French
// page): p = MyProcedure, then p(5), the same as MyProcedure(5); the page does not say
// what MyProcedure does: ours traces its parameter. Then the ..Name property (INFERRED
// from the Name property of a Procedure Description ?1000019317, docs/semantics.md):
// the name of the procedure p holds (it was refused: "has no property").
p is procedure
// Assign the Procedure variable with the "MyProcedure" procedure found in the project
p = MyProcedure
// Run the procedure
p(5) // expect: MyProcedure 5
// Same as MyProcedure(5)
Trace(p..Name) // expect: MyProcedure
p += OtherProcedure
Trace(p..Name) // expect: MyProcedure
q is procedure = (x) => x + 1
Trace(q..Name = "", q(1)) // expect: 1, 2
Trace(p..Size) // expect error: A value of type procedure has no property 'Size' (Name)
PROCEDURE MyProcedure(n)
Trace("MyProcedure " + n)
PROCEDURE OtherProcedure(n)
Trace("OtherProcedure " + n)
