// A variable may be named like a type (`json is JSON`, `date is Date`, real code's
// habit): in an expression the name is the variable; where a type is expected (after
// IS, in a parameter's type) the word is the type. Decided; docs/semantics.md.
json is JSON
json.name = "Ann"
copy is JSON = json
Trace(copy.name, json..Occurrence) // expect: Ann, 1
date is Date = "20240228"
Trace(date + 1, date..Year) // expect: 20240229, 2024
later is date = date + 2
Trace(later) // expect: 20240301
buffer is Buffer = "abc"
Trace(Length(buffer)) // expect: 3
string is int = 3
s is string = "t"
Trace(s, string * 2) // expect: t, 6
Client is Structure
    name is string
END
client is Client
client.name = "Bob"
Show(client, json)
Shadow()

PROCEDURE Show(client is Client, json is JSON)
Trace(client.name, json.name) // expect: Bob, Ann

PROCEDURE Shadow()
json is string = "{""k"": 5}"
parsed is JSON = json
Trace(parsed.k) // expect: 5
