// A global procedure's, a method's or a lambda's parameter named like a variable of the
// script's main code hides it, but that is no warning (WL205): the prototype's names are
// chosen apart from the main code (Save(sFile) called with sFile), a lambda's are its
// callback's; a procedure's own variable still is (?1514054: do not declare a global
// and a local variable of the same name); an internal procedure's parameter too
sFile is string = "a.txt"
a is int = 1
b is int = 2
t is array of int = [3, 1, 2]
Save(sFile)
ArraySort(t, asFunction, (a, b) => a - b)
f is procedure = (sFile) => Length(sFile)
Trace(f("abc"), a, b)
CSaver is Class
	m_n is int
END
o is CSaver
o.Write(sFile)
PROCEDURE Save(sFile)
Trace(sFile)
a is int = 3 // warning: WL205:1 'a' hides the variable of the same name declared at line 7
Trace(a)
PROCEDURE CSaver::Write(sFile)
Trace(sFile, m_n)
