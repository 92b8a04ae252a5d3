// The Data Source type ?1514053, its examples as written, the view part left out
// (HCreateView is not available: the row of tests/golden/helppages/README.md says so),
// the page's "Destroy the data source" line, cut off in the stored copy, written with
// HCancelDeclaration. Our Customer holds NAME.
HReset(Customer)
Customer.Name = "Adams"
HAdd(Customer)
Customer.Name = "Brown"
Customer.Email = "b@example.org"
HAdd(Customer)
// Declare a data source
MyDataSource is Data Source
MyDataSource1, MyDataSource2 are Data Sources
// Initialize a Data Source variable
MyQuery is Data Source
// MyQuery is associated with a query
// Initialize the MyQuery variable
HExecuteSQLQuery(MyQuery, "SELECT NAME FROM CUSTOMER")
FOR EACH MyQuery
	Trace(MyQuery.NAME)
END
// expect: Adams
// expect: Brown
Trace(HNbRec(MyQuery), HCancelDeclaration(MyQuery))               // expect: 2, 1
Trace(TypeVar(MyDataSource1) = TypeVar(MyDataSource2))            // expect: 1
