// HDeclareExternal ?3044204 (English twin of the French page's example): the file
// C:\GestCom\Supplier.fic does not exist here (no table Supplier in the database):
// ErrorOccurred is True and Error shows HErrorInfo(), the program going on.
// Declare a SupplierWD table from the full path
// of the HFSQL Classic table (.FIC extension included)
HDeclareExternal("C:\GestCom\Supplier.fic", "SupplierWD")
IF ErrorOccurred = True THEN
	// Error declaring the file, display the error
	Error(HErrorInfo())
END
// expect stderr: HDeclareExternal: no data file Supplier in the database.
Trace(HError())                                                   // expect: 70900
