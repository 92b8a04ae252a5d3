// a member of a `PUBLIC CONSTANT` section written from outside its class is refused
// before anything runs
CCamera is a Class
	PUBLIC CONSTANT
		m_x is int
END
Trace("not reached")
c is CCamera
c.m_x = 1 // expect error: 'm_x' is a CONSTANT member of the class CCamera
