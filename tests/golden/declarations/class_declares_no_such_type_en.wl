// `Class::Type` names a type declared with the class; a class that declares none of that
// name is refused at the name (it was read as the class itself, the word dropped):
// docs/semantics.md "A word left over in a type".
CShape is Class
	m_nSides is int
END
Trace("not reached")
oShape is CShape::Nope // expect error: 'CShape' declares no type 'Nope'
Trace(oShape.m_nSides)
