// Help page "Structure (Type of variable)" (?1514008): its examples as the page writes them
// (its snippets repeat the declaration: it is written once here), with a Trace of the
// members the page sets. The English page names the last structure `3dPoint`, which is
// not an identifier; the French page's `point3D` is used.
// Declare a structure
ProductRef is Structure
	SCode is int
	PdtCode is fixed string on 10
END
// Declare a structure variable
Armchair is ProductRef
// Handle a member of a structure variable
Armchair:SCode = 7
Armchair:PdtCode = "Furniture"
Trace(Armchair:SCode, Armchair:PdtCode, Length(Armchair:PdtCode)) // expect: 7, Furniture , 10
// Declare and initialize the members of a structure
point3D is Structure
	x is int
	y is int
	z is int
END

p1 is point3D = [0, 0, 50]
Trace(p1.x, p1.y, p1.z) // expect: 0, 0, 50
