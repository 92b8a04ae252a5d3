// Two parents (multiple inheritance, ?6010007) that give a method or a property of one
// name the class does not redefine: the first parent's line runs (decided, no stored
// page says), and WL215 says so; a method both lines get from one shared ancestor, a
// redefinition in the class, constructors and destructors are not ambiguous
CNamed is Class
	m_sName is string
END
CAnimal is Class
	inherits from CNamed
END
CSwimmer is Class
	inherits from CNamed
END
CDuck is Class // warning: WL215:1 CDuck inherits the method Describe from CAnimal and from CSwimmer: CAnimal's runs (its parent's line comes first)
	inherits from CAnimal
	inherits from CSwimmer
END
CGoose is Class
	inherits from CAnimal
	inherits from CSwimmer
END
d is CDuck
d.Describe()
d.Hello()
g is CGoose
g.Describe()
PROCEDURE CNamed::Constructor()
PROCEDURE CNamed::Hello()
Trace("hello")
PROCEDURE CAnimal::Constructor()
PROCEDURE CAnimal::Describe()
Trace("animal")
PROCEDURE CSwimmer::Constructor()
PROCEDURE CSwimmer::Describe()
Trace("swimmer")
PROCEDURE CGoose::Describe()
Trace("goose")
