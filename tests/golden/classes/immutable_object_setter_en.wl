// A method that assigns a member of its object, called on an object declared
// <immutable>, would change it as `oPoint.m_nX = 5` does: refused before the program
// runs. A method that only reads its members runs. Before, SetX ran and m_nX became 5.
CPoint is Class
	m_nX is int
END
oPoint is CPoint <immutable>
Trace(oPoint.GetX())
oPoint.SetX(5) // expect error: cannot change 'oPoint': it is declared immutable, its value is the one its declaration gives (its method SetX assigns its member 'm_nX')

PROCEDURE CPoint.GetX()
RESULT m_nX

PROCEDURE CPoint.SetX(n)
m_nX = n
