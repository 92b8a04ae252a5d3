// Help page "JSON (Type of variable)" (doc.windev.com ?1000023611), its list of what a
// JSON variable can be assigned: NULL, a Boolean, a numeric, a string holding JSON data;
// each traced through JSONToString (a Boolean and a numeric failed before: "cannot be
// stored in a JSON variable"). A date "converted into a string in RFC format": see
// json_date_buffer.wl.
V is JSON
V = True
Trace(JSONToString(V))                  // expect: true
V = 3.5
Trace(JSONToString(V))                  // expect: 3.5
Price is currency = 19.99
V = Price
Trace(JSONToString(V))                  // expect: 19.99
V = "{""id"": 5, ""name"": ""Luke Skywalker""}"
Trace(V.name)                           // expect: Luke Skywalker
V = Null   // (its text is ours: the page does not show it)
Trace(JSONToString(V))                  // expect: {}
