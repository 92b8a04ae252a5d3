// A global PROCEDURE Constructor beside a class is an ordinary procedure, not the class's
// constructor: WL216 at its name (the hint names CPerson::Constructor), and each member
// of the class it names is WL101 with a hint saying so
CPerson is Class
	m_sName is string
END
p is CPerson
Trace(p.m_sName)
Constructor()
Destructor()
PROCEDURE Constructor() // warning: WL216:11 'Constructor' is a global procedure, not the constructor of a class: it runs only when called, and a class's members are not its variables
m_sName = "Ann" // error: WL101:1 'm_sName' is not declared
PROCEDURE Destructor() // warning: WL216:11 'Destructor' is a global procedure, not the destructor of a class: it runs only when called, and a class's members are not its variables
Trace("bye")
