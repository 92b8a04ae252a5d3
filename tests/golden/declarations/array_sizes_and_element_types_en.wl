// An array sized by a variable whose element type is more than one word: only the word
// after `of`, and each after `by`, is a size; the rest is the element type (before,
// `array of n ASCIIZ string on 4` read ASCIIZ as a second size, an undeclared variable,
// and `array of n Record of Customer` read Record as one: "'Record' is a type").
// (docs/semantics.md, "An array sized by a variable")
fdCustomer is File Description
itm is Item Description
fdCustomer..Name = "Customer"
itm..Name = "Name" ; itm..Type = hItemText ; itm..Size = 20 ; itm..KeyType = hNotAKey
HDescribeItem(fdCustomer, itm)
HDescribeFile(fdCustomer)
HCreation(Customer)
Customer.Name = "Dupont" ; HAdd(Customer)
Customer.Name = "Martin" ; HAdd(Customer)

nCount is int = HNbRec(Customer)
arrCodes is array of nCount ASCIIZ string on 4
arrCodes[1] = "ABCDEF"
Trace(ArrayCount(arrCodes), arrCodes[1]) // expect: 2, ABC
arrSaved is array of nCount Record of Customer
i is int = 0
FOR EACH Customer
	i++
	arrSaved[i] = Customer
END
Trace(ArrayCount(arrSaved), arrSaved[2].Name) // expect: 2, Martin
nCols is int = 3
arrGrid is array of nCount by nCols ASCIIZ string on 3
arrGrid[2, 3] = "XYZW"
Trace(ArrayCount(arrGrid, 1), ArrayCount(arrGrid, 2), arrGrid[2, 3]) // expect: 2, 3, XY
arrNone is array of ASCIIZ string on 4
Trace(ArrayCount(arrNone)) // expect: 0
