// `o is CClass` (?6010013) naming no class of the program: WL110 at the operator (the
// test would be False whatever o holds: a typo); a class or an interface is fine
CAnimal is Class
END
CDog is Class
	inherits from CAnimal
END
pPet is CAnimal dynamic = new CDog
Trace(pPet is CDog, pPet is CAnimal)
Trace(pPet is CCat) // error: WL110:12 'CCat' is not a class of the program (`o is CClass` tests the class of the object o holds): the test is always False
