// Member attributes: <serialize=false> leaves a member out, <name=...> (or a name given
// to serialize) renames it, both ways; VariantToJSON and the JSON type follow them too.
STRUCTURE Account
    Login is string <name="user_login">
    Password is string <serialize=false>
    Age is int <serialize="years">
END
a is Account
a.Login = "ann"
a.Password = "secret"
a.Age = 30
s is string
Serialize(a, s, psdJSON)
Trace(s)   // expect: {"user_login":"ann","years":30}
Trace(VariantToJSON(a))   // expect: {"user_login":"ann","years":30}
b is Account
b.Password = "kept"
Deserialize(b, "{""user_login"": ""bob"", ""Password"": ""x"", ""years"": 41}", psdJSON)
Trace(b.Login + " " + b.Password + " " + b.Age)   // expect: bob kept 41
