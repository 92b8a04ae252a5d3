// An unknown member of a structure or an object reached through an array element
// (`t[1].z`, a fixed array's, an associative array's, an array member's), a FOR EACH
// variable over such an array, a procedure's declared result: WL109 as for a variable (it said nothing; the run stopped at the member), the run at the same place
STPoint is Structure
	x is int
END
CShape is Class
	m_points is array of STPoint
END
t is array of STPoint
ArrayAdd(t)
t[1].x = 1
t[1].z = 3 // error: WL109:6 'z' is not a member of the structure STPoint
Trace(t[1].x, t[1].y) // error: WL109:20 'y' is not a member of the structure STPoint
f is array of 3 STPoint
f[2].w = 1 // error: WL109:6 'w' is not a member of the structure STPoint
a is associative array of STPoint
a["k"].x = 2
Trace(a["k"].x, a["k"].h) // error: WL109:24 'h' is not a member of the structure STPoint
s is CShape
ArrayAdd(s.m_points)
Trace(s.m_points[1].x, s.m_points[1].q) // error: WL109:38 'q' is not a member of the structure STPoint
FOR EACH pt OF t
	Trace(pt.x, pt.zz) // error: WL109:17 'zz' is not a member of the structure STPoint
END
Trace(Origin().x, Origin().r) // error: WL109:28 'r' is not a member of the structure STPoint
PROCEDURE Origin() : STPoint
o is STPoint
RESULT o
