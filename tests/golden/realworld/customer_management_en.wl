// A small sales application as a WINDEV project saves it (written for the tests):
// CParty (PROTECTED members, a constructor with a LOCAL parameter and a default value,
// a VIRTUAL method), CCustomer deriving from it (PRIVATE members, a constructor calling
// its ancestor's, <get> properties, CParty::Caption() redefined) and a set of GLOBAL
// procedures (an associative array of dynamic objects, a CONSTANT block, a default value
// naming the constant, ErrorThrow, `[CR] +` putting the separator between lines only;
// 5.5 given to an int parameter is 5). French twin: gestion_clients_fr.wl.
AddCustomer("C01", "  Martin Bakery ", "Lyon")
cu is CCustomer dynamic = AddCustomer("C02", "Dupuis Garage")
Trace(cu.Invoice(IT(500))) // expect: 1
Trace(cu.Invoice(IT(400))) // expect: 0
Trace(cu.Outstanding, cu.Code) // expect: 600, C02
Trace(CustomerList()) // expect: [C01] Martin Bakery - LYON
// expect: [C02] Dupuis Garage
AddCustomer("C01", "Duplicate")
IF ErrorOccurred THEN Trace(ErrorInfo(errMessage)) // expect: Customer C01 already there
Trace(gaaCustomers["C01"].Caption()) // expect: [C01] Duplicate
Trace(IT(100, 5.5)) // expect: 105
