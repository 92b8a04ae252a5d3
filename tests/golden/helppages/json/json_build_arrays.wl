// Help page "JSON (Variable type)" (help.windev.com): members of a JSON variable are
// created by writing them, at any depth; writing an element of a member not written
// yet (`j.Children[1].FirstName`) makes that member a JSON array.
Customer is JSON
Customer.Name = "Doe"
Customer.Children[1].FirstName = "Al"
Customer.Children[2].FirstName = "Bo"
Trace(Customer.Children..Occurrence, Customer.Children[2].FirstName) // expect: 2, Bo
FOR EACH Child OF Customer.Children
	Trace(Child.FirstName)
END
// expect: Al
// expect: Bo
Trace(VariantToJSON(JSONToVariant(Customer))) // expect: {"Name":"Doe","Children":[{"FirstName":"Al"},{"FirstName":"Bo"}]}
