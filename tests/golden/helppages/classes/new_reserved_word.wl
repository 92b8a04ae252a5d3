// Help page of the reserved word New (?1511011): the French page's syntaxes 1, 2 and 4
// written with the English names (syntax 3 creates an Automation object: Windows only).
// Syntax 1
CustomerArray is dynamic array
// Allocate this dynamic array
CustomerArray = new dynamic array of 4 by 7 int
CustomerArray[4,7] = 1
Trace(CustomerArray[4,7]) // expect: 1
// Syntax 2
CFile is Class
Name is string
Extension is string
Directory is string
END
SourceFile is object CFile dynamic
Trace(SourceFile = Null) // expect: 1
// Instantiate the object
SourceFile = new CFile
// Process on the object
SourceFile.Name = "Report"
Trace(SourceFile.Name) // expect: Report
// Syntax 4
ProductRef is Structure
SCode is int
PdtCode is fixed string on 10
END

Armchair is dynamic ProductRef
Chair is dynamic ProductRef
Armchair = new ProductRef
Armchair:SCode = 7
Armchair:PdtCode = "Furniture"
Trace(Armchair:SCode, Armchair:PdtCode, Chair = Null) // expect: 7, Furniture , 1
