// A class with several `inherits from` lines (?6010007): the members and methods of
// every parent are known (they were WL109 for all but the first parent's); an unknown
// parent is WL207 on whichever line names it, a cycle through any parent WL111
CAnimal is Class
	m_legs is int
END
CSwimmer is Class
	m_depth is int
END
CDuck is Class
	inherits from CAnimal
	inherits from CSwimmer
END
CRobot is Class
	inherits from CAnimal
	inherits from CMachine // warning: WL207:16 unknown parent class 'CMachine'; CRobot has only its own members
END
CLoopA is Class // error: WL111:1 the class CLoopA inherits from itself
	inherits from CAnimal
	inherits from CLoopB
END
CLoopB is Class // error: WL111:1 the class CLoopB inherits from itself
	inherits from CLoopA
END
d is CDuck
d.m_legs = 2
d.m_depth = 3
d.Swim()
Trace(d.m_legs, d.m_depth, d is CSwimmer)
Trace(d.m_wings) // error: WL109:9 'm_wings' is not a member of the class CDuck
PROCEDURE CSwimmer::Swim()
Trace(:m_depth)
