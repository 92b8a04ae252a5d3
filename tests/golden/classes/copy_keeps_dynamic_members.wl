// Copying an object or a structure copies each member as `=` copies it ("Copying and
// cloning" ?6010018, its copy rules: "Object = Object: the members of the source object
// are copied to the members of the destination object"; "Dynamic object = Dynamic
// object: the destination dynamic object is a reference to the source dynamic object").
// A dynamic object member, and an object held by a Variant member, are the same object
// in the copy (decided from the page's rules, docs/semantics.md "Copies share dynamic
// members"); they were copied. An object member, a structure member and an array member
// are still copies.
CEngine is Class
	nPower is int
END
CCar is Class
	sName is string
	oEngine is CEngine dynamic
	vAny is Variant
	oSpare is CEngine
	tParts is array of strings
END
STGarage is Structure
	pCar is CCar dynamic
END
a is CCar
a.oEngine = new CEngine
a.oEngine.nPower = 100
e is CEngine
a.vAny = e
Add(a.tParts, "wheel")
b is CCar
b = a
b.oEngine.nPower = 200
b.vAny.nPower = 7
b.oSpare.nPower = 9
Add(b.tParts, "door")
Trace(a.oEngine.nPower, e.nPower, a.oSpare.nPower, ArrayCount(a.tParts)) // expect: 200, 7, 0, 1
g1 is STGarage
g1.pCar = new CCar
g2 is STGarage = g1
g2.pCar.sName = "Zoe"
Trace(g1.pCar.sName) // expect: Zoe
t1 is array of STGarage
Add(t1, g1)
t1[1].pCar.sName = "Ada"
Trace(g1.pCar.sName) // expect: Ada
tv is array of Variant
Add(tv, e)
tv2 is array of Variant
ArrayCopy(tv, tv2)
tv2[1].nPower = 42
Trace(e.nPower) // expect: 42
