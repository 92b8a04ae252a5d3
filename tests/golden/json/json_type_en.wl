// The JSON type: built member by member, parsed from a text, read back as text.
j is JSON
j.name = "Ann"
j.address.city = "Lyon"
j.address.zip = 69001
Trace(j)   // expect: {"name":"Ann","address":{"city":"Lyon","zip":69001}}
Trace(j.address.city)   // expect: Lyon
Trace(j.address..Exist)   // expect: 1
Trace(j.phone..Exist)   // expect: 0
Trace(j)   // expect: {"name":"Ann","address":{"city":"Lyon","zip":69001}}
Trace(j..Occurrence)   // expect: 2
k is JSON
k = "{""items"": [1, 2, 3], ""ok"": true, ""nested"": {""n"": 1.5}}"
Trace(k.items[2])   // expect: 2
Trace(k.nested.n)   // expect: 1.5
k.nested.deeper.x = "y"
Trace(k.nested)   // expect: {"n":1.5,"deeper":{"x":"y"}}
s is string = k
Trace(Length(s) > 10)   // expect: 1
total is int
FOR EACH v OF k.items
    total += v
END
Trace(total)   // expect: 6
FOR EACH member OF j.address
    Trace(member)
END
// expect: Lyon
// expect: 69001
Trace(VariantToJSON(j.address))   // expect: {"city":"Lyon","zip":69001}
bad is JSON
bad = "{oops"   // expect error: not valid JSON
