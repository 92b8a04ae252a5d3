// StringToJSON (the JSONXMLConverter help page's example opens with it) and
// JSONToString: text to a JSON value and back (docs/builtins.md "The JSON type").
let json = StringToJSON("{""name"": ""TestName"", ""id"": 2, ""true"": true, ""list"": [5,5,6,2,47]}")
Trace(json.name, json.id + 1, json.list[5], json.list..Occurrence)   // expect: TestName, 3, 47, 5
Trace(JSONToString(json))   // expect: {"name":"TestName","id":2,"true":true,"list":[5,5,6,2,47]}
json.name = "Other"
Trace(JSONToString(json.list), json.name)   // expect: [5,5,6,2,47], Other
bad is JSON = StringToJSON("{oops")
Trace(ErrorOccurred, JSONToString(bad))   // expect: 1, {}
// where and why, as the error's sub-error
Trace(ErrorInfo(errNumberSubError), ErrorInfo(errMessage, 1))   // expect: 1, line 1, column 2: Expecting property name enclosed in double quotes.
