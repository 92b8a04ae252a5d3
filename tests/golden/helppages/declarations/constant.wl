// Help page "Constant" (French page doc.pcsoft.fr ?1514012, Constante) with the English
// keywords: its example, and a Trace of the constant.
CONSTANT
VATRate = 20
END
Trace(VATRate)                  // expect: 20
Trace(VATRate * 2)              // expect: 40
