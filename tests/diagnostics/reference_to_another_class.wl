// `d <- c` into a dynamic object of a class, c an object of a class that is not d's
// nor derived from it: the run makes d Null (docs/semantics.md "`<-` into a dynamic
// object of another class"): WL220, a warning; into an object that is not dynamic the
// run stops, as for `=`: WL110. wl check said nothing of either; a member so declared
// is judged as a variable
CAnimal is Class
	m_sName is string
END
CDog is Class
	inherits CAnimal
END
CCar is Class
	m_nWheels is int
END
STKennel is Structure
	pGuest is CDog dynamic
END
PROCEDURE Sort(oCar is CCar, pAnimal is CAnimal dynamic, oAnimalGiven is CAnimal)
pDog is CDog dynamic <- oCar // warning: WL220:1 'oCar' is an object of the class CCar, which is not CDog nor derived from it: 'pDog' is Null after this line
IF pDog <> Null THEN Trace("a dog")
pDog <- new CCar // warning: WL220:1 'new' makes an object of the class CCar, which is not CDog nor derived from it: 'pDog' is Null after this line
pDog <- pAnimal // (an animal may be a dog: said nothing)
pDog <- oAnimalGiven // (a parameter may be given a dog: said nothing)
oDog is CDog
oDog = oAnimalGiven // (nor WL110: it was reported, and ran)
Trace(oDog.m_sName)
IF pDog <> Null THEN Trace("a dog")
stKennel is STKennel
stKennel.pGuest <- oCar // warning: WL220:1 'oCar' is an object of the class CCar, which is not CDog nor derived from it: 'stKennel.pGuest' is Null after this line
stKennel.pGuest <- pAnimal
oAnimal is CAnimal
oAnimal <- oCar // error: WL110:1 an object of the class CCar cannot be stored in 'oAnimal', a CAnimal: CCar is not CAnimal nor derived from it
Trace(oAnimal.m_sName)
