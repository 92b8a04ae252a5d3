// `PUBLIC CONSTANT` on its own line opens a section of members (as PC SOFT's DirectX
// classes write it): readable from outside, changed only by the class's methods; a later
// section ends it; a CONSTANT section followed by `NAME = value` lines stays a constant block
CCamera is a Class
	PUBLIC CONSTANT
		m_x is int
		m_y, m_z are real
	PRIVATE
		m_nSpeed is int
	PUBLIC CONSTANT
		MAX_SPEED = 9
	END
END
c is CCamera
c.Move(2)
Trace(c.m_x, c.m_y, c.m_z) // expect: 2, 0.5, 4
Trace(c.MAX_SPEED) // expect: 9

PROCEDURE CCamera::Move(n is int)
:m_nSpeed = n
:m_x = n
:m_y = n / 4
:m_z = n * 2
