// an interface declaration without its END names the INTERFACE and its line
IBasket is Interface
	PROCEDURE AddProduct(code)
Trace("after")
// expect error: expected END to close the INTERFACE opened at line 2
