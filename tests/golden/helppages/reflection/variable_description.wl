// Help pages Definition (Variable type) ?1000019540 and Variable Description ?1000019560:
// their examples as written (x is a structure of ours with an nValue member), a Trace
// of what they read, then the members browsed (properties served: docs/builtins.md
// "Reflection").
STValue is Structure
	nValue is int
	sLabel is string
END
x is STValue
// Retrieves the definition of x type
d is Definition
d = GetDefinition(x)
// Displays the name of x type
Trace(d.Name)
// expect: STValue
// Gets the definition of the class or structure of the variable x
MyDefinition is Definition
MyDefinition = GetDefinition(x)
// Gets the description of the nValue member of the class or structure
m is Variable Description
m = MyDefinition.Variable["nValue"]
Trace(m.Name, m.Definition.Name, m.Associated)
// expect: nValue, int, 0
Trace(MyDefinition.Variable.Count)
// expect: 2
FOR EACH v OF MyDefinition.Variable
	Trace(v.Name, v.Definition.Name)
END
// expect: nValue, int
// expect: sLabel, string
