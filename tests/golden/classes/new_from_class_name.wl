// new <variable>: an object of the class its text names (INFERRED from PC SOFT's own
// WD_DirectX COMUtils.wdg, `v = allouer un __wlClassName(ppv)`): docs/semantics.md
// "A class name as a value". A text naming no class stops the run.
CAnimal is Class
    m_sName is string
END
CDog is Class
    inherits from CAnimal
END
arrKinds is array of strings = [CAnimal, CDog]
sKind is string = arrKinds[1]
a is CAnimal dynamic = new sKind("Rex")
Trace(a..Class, a.m_sName, a.Speak()) // expect: CAnimal, Rex, ...
sKind = arrKinds[2]
a = new sKind("Max")
Trace(a..Class, a.m_sName, a.Speak()) // expect: CDog, Max, Woof
p is CAnimal dynamic = Make(CDog)
Trace(p..Class, p.Speak()) // expect: CDog, Woof
p = Make("cdog")
Trace(p..Class) // expect: CDog
sKind = "CCat"
p = new sKind // expect error: new: 'CCat' names no class of the program

PROCEDURE Make(sClass)
RESULT new sClass()

PROCEDURE CAnimal::Constructor(sName is string = "?")
m_sName = sName

PROCEDURE CAnimal::Speak()
RESULT "..."

PROCEDURE CDog::Speak()
RESULT "Woof"
