// JSONToVariant / VariantToJSON: members by name (any case) or key, arrays, new members
v is variant = JSONToVariant("{""Name"": ""Anne"", ""Age"": 31, ""Tags"": [""a"", ""b""], ""Adr"": {""City"": ""Lyon""}}")
Trace(v.name, v.Age + 1, v.Tags[2], v.Adr.City, v["Name"]) // expect: Anne, 32, b, Lyon, Anne
v.Age = 32
v.Email = "anne@example.org"
Trace(VariantToJSON(v)) // expect: {"Name":"Anne","Age":32,"Tags":["a","b"],"Adr":{"City":"Lyon"},"Email":"anne@example.org"}
Trace(v.Missing = Null) // expect: 1
w is variant = JSONToVariant("{oops")
Trace(ErrorOccurred, w = Null) // expect: 1, 1
Trace(ErrorInfo(errNumberSubError), ErrorInfo(errMessage, 1)) // expect: 1, line 1, column 2: Expecting property name enclosed in double quotes.
