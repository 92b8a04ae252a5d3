// a PRIVATE or PROTECTED GLOBAL method called on its class (`CA::Count()`, `CA.Count()`)
// outside the class (or its lineage): WL112, as on an object; it was accepted and ran
CA is Class
END
CB is Class
    inherits from CA
END
Trace(CA::Count()) // error: WL112:11 'Count' is a private member of the class CA: only its own methods can use it
Trace(ca.Count()) // error: WL112:10 'Count' is a private member of the class CA: only its own methods can use it
Trace(CA::Level()) // error: WL112:11 'Level' is a protected member of the class CA: only its methods and those of its derived classes can use it
Trace(CA::Open())
b is CB
b.Show()
PROCEDURE PRIVATE GLOBAL CA::Count()
RESULT 1
PROCEDURE PROTECTED GLOBAL CA::Level()
RESULT 2
PROCEDURE GLOBAL CA::Open()
RESULT CA::Count()
PROCEDURE CB::Show()
Trace(CA::Level(), CB.Level())
