// Property Description ?1000019324: its example as written (x an object of a class of
// ours with a property Prop), then the properties its table lists. The type and
// Definition's Property list were unknown. Read / Write are INFERRED English names (the
// stored English table is translated automatically: "Playing"); Prop's Definition is the
// result type its <get> declares (docs/builtins.md "Reflection").
CBase is Class
    m_n is int
END
CDerived is Class
    inherits from CBase
END
x is CDerived
// Retrieves the description of type class of variable x
MyDescription is Definition
MyDescription = GetDefinition(x)
// Retrieves the description of Prop property of the class
p is Property Description
p = MyDescription.Property["Prop"]
Trace(p.Name, p.Definition.Name, p.Declaration.Name)   // expect: Prop, int, CBase
Trace(p.Global, p.Inherited, p.Associated)   // expect: 0, 1, 0
Trace(p.Read, p.Write)   // expect: 1, 1
q is Property Description = MyDescription.Property["Total"]
Trace(q.Name, q.Read, q.Write, q.Inherited, q.Definition.Name)   // expect: Total, 1, 0, 0, variant
Trace(MyDescription.Property.Count)   // expect: 2
FOR EACH d OF MyDescription.Property
    Trace(d.Name)
END
// expect: Prop
// expect: Total
x.Prop = 4
Trace(x.Prop, x.Total)   // expect: 4, 8

PROCEDURE CBase::Prop() <get> : int
RESULT :m_n
PROCEDURE CBase::Prop(v) <set>
:m_n = v
PROCEDURE CDerived::Total() <get>
RESULT :m_n * 2
