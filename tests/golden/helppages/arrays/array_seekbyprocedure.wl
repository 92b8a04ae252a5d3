// Help page <Array>.SeekByProcedure (?1000024303): the example of the French page written
// with the English names (internal comparison procedure), the array filled with three
// references so that the search finds one (the page leaves it empty).
// Create an array of references
arrReference is array of strings
arrReference.Add("000001-A")
arrReference.Add("123456-B")
arrReference.Add("123457-C")
// Seek a reference known by its first 6 characters
nSubscript is int
nSubscript = arrReference.SeekByProcedure(ProcCompareShortReference, ...
		asLinear, 0, "123456")
Trace(nSubscript) // expect: 2

// ProcCompareShortReference procedure
INTERNAL PROCEDURE ProcCompareShortReference(SoughtElement, Search)
	// Compare the first 6 characters of the array elements
	// with the sought reference
	RETURN StringCompare(Left(SoughtElement, 6), Search)
END
