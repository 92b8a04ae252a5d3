// A class may inherit from several classes (?6010007: "an inheritance can be
// multiple"): each `inherits from` line adds a parent. Its objects have every parent's
// members and methods, `o is CClass` is True for each ancestor, an object goes where any
// ancestor is expected, and constructors run oldest first, each class after its parents
// (decided: docs/semantics.md "Several ancestors"). Before, the second line was ignored.
CNamed is Class
    m_name is string
END
CAnimal is Class
    inherits from CNamed
    m_legs is int = 2
END
CSwimmer is Class
    inherits from CNamed
    m_depth is int
END
CDuck is Class
    inherits from CAnimal
    inherits from CSwimmer
END
d is CDuck   // expect: CNamed built
// expect: CAnimal built
// expect: CSwimmer built
// expect: CDuck built
d.m_name = "Donald"
d.Dive(5)
Trace(d.m_name, d.m_legs, d.m_depth, DepthOf(d))   // expect: Donald, 2, 5, 5
Trace(d.Describe())   // expect: CDuck: swimmer Donald at 5
Trace(d is CNamed, d is CAnimal, d is CSwimmer, d is CDuck)   // expect: 1, 1, 1, 1
s is dynamic CSwimmer = d
Trace(s is CAnimal, s.m_depth)   // expect: 1, 5
a is CAnimal   // expect: CNamed built
// expect: CAnimal built
Trace(a is CSwimmer, a is CNamed)   // expect: 0, 1
o is object dynamic = new CDuck   // expect: CNamed built
// expect: CAnimal built
// expect: CSwimmer built
// expect: CDuck built
Trace(o is CSwimmer)   // expect: 1

PROCEDURE CNamed::Constructor()
Trace("CNamed built")
PROCEDURE CAnimal::Constructor()
Trace("CAnimal built")
PROCEDURE CSwimmer::Constructor()
Trace("CSwimmer built")
PROCEDURE CDuck::Constructor()
Trace("CDuck built")
PROCEDURE CNamed::Describe()
RESULT "named " + :m_name
PROCEDURE CSwimmer::Describe()
RESULT "swimmer " + :m_name + " at " + :m_depth
PROCEDURE CDuck::Describe()
RESULT "CDuck: " + Ancestor.Describe()
PROCEDURE CSwimmer::Dive(n is int)
:m_depth += n
PROCEDURE DepthOf(sw is CSwimmer)
RESULT sw.m_depth
