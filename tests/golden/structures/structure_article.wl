// the article is optional in a structure declaration too: "is a Structure"
Size is a Structure
	w is int
	h is int
END
s is Size
s.w = 2; s.h = 3
Trace(s.w * s.h) // expect: 6
