// Help page "Composite variable" (?1514061): its example as written, with a Trace of the
// members it sets.
ProductRef is composed of
	SCode is int
	PdtCode is fixed string on 10
END
ProductRef.SCode = 7
ProductRef.PdtCode = "Screen"
Trace(ProductRef.SCode, ProductRef.PdtCode, Length(ProductRef.PdtCode)) // expect: 7, Screen    , 10
