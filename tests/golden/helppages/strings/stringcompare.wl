// Help page StringCompare (?3024011; English twin written from the French page): its
// example with a trace of the result the page states ('f' is before 's').
MyString1 is string = "Easy development"
MyString2 is string = "Simple development"
CompareResult is int = StringCompare("The easy development", "The simple development")
Trace(CompareResult) // expect: -1
Trace(StringCompare(MyString2, MyString1), StringCompare(MyString1, MyString1)) // expect: 1, 0
