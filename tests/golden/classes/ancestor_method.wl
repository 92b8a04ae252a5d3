// Ancestor.Method() in a redefinition runs the parent class's version
CAnimal is Class
	m_name is string
END
CDog is Class
	inherits from CAnimal
END
d is CDog
d.m_name = "Rex"
Trace(d.Describe()) // expect: dog, animal Rex
PROCEDURE CAnimal::Describe()
RESULT "animal " + :m_name
PROCEDURE CDog::Describe()
RESULT "dog, " + Ancestor.Describe()
